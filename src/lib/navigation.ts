/**
 * The navigation: the collections a reader starts from, in task order, in
 * the header; the directories after them in the footer. A collection
 * without entries yet (experts, analyses while none are published) leaves
 * the header for the footer: its page stays and says what is planned, but
 * the first thing a reader sees is what has content.
 */
import type { CollectionName } from '../schemas/index.ts';
import { dictionary } from '../i18n/index.ts';
import { localizePath, type Locale } from '../i18n/locales.ts';
import { collectionUrl } from './urls.ts';

const HEADER_COLLECTIONS: CollectionName[] = ['meetings', 'stories', 'modules', 'experts', 'cities', 'topics'];
const FOOTER_COLLECTIONS: CollectionName[] = ['partners', 'networks', 'analyses'];

export interface NavItem {
  label: string;
  href: string;
}

const toItem = (locale: Locale) => (name: CollectionName): NavItem => ({
  label: dictionary(locale).collections[name].plural,
  href: localizePath(collectionUrl(name), locale),
});

/** Whether a collection has published entries; from the site index. */
export type HasEntries = (collection: CollectionName) => boolean;

export const headerNavigation = (locale: Locale, hasEntries: HasEntries): NavItem[] =>
  HEADER_COLLECTIONS.filter(hasEntries).map(toItem(locale));

export const footerCollections = (locale: Locale, hasEntries: HasEntries): NavItem[] =>
  [...FOOTER_COLLECTIONS, ...HEADER_COLLECTIONS.filter((name) => !hasEntries(name))].map(toItem(locale));

/** `page` for the current page, `true` for the section it belongs to (WAI-ARIA aria-current). */
export function currentState(itemHref: string, pathname: string): 'page' | 'true' | undefined {
  const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (normalised === itemHref) return 'page';
  if (normalised.startsWith(itemHref)) return 'true';
  return undefined;
}
