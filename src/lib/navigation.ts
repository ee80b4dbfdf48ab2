/** The header navigation: the collections a reader starts from, in task order. */
import { collections, type CollectionName } from '../schemas/index.ts';
import { collectionUrl } from './urls.ts';

const HEADER_COLLECTIONS: CollectionName[] = ['meetings', 'stories', 'modules', 'experts', 'cities', 'topics'];
const FOOTER_COLLECTIONS: CollectionName[] = ['partners', 'networks', 'analyses'];

export interface NavItem {
  label: string;
  href: string;
}

const toItem = (name: CollectionName): NavItem => ({ label: collections[name].plural, href: collectionUrl(name) });

export const headerNavigation: NavItem[] = HEADER_COLLECTIONS.map(toItem);
export const footerCollections: NavItem[] = FOOTER_COLLECTIONS.map(toItem);

/** `page` for the current page, `true` for the section it belongs to (WAI-ARIA aria-current). */
export function currentState(itemHref: string, pathname: string): 'page' | 'true' | undefined {
  const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (normalised === itemHref) return 'page';
  if (normalised.startsWith(itemHref)) return 'true';
  return undefined;
}
