/**
 * getStaticPaths() of the pages built per entry or per record, each path
 * with its incremental-build key (page-keys.ts): Astro reuses last build's
 * file when the key is unchanged.
 */
import { createHash } from 'node:crypto';
import { loadSiteIndex } from './site-data.ts';
import { loadPageKeys } from './site-pages.ts';
import { entryUrl } from './urls.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { ShareCard } from './og-image/card.ts';

/** The detail page of every entry of a collection; `param` names the route's parameter. */
export async function staticPathsFor<C extends CollectionName>(collection: C, param = 'id') {
  const [index, keys] = await Promise.all([loadSiteIndex(), loadPageKeys()]);
  return index.all(collection).map((entry) => ({
    params: { [param]: entry.id },
    props: { entry },
    cacheKey: keys.get(entryUrl(collection, entry.id)),
  }));
}

/** The key of a page the page model lists, by its default-language address; a page it does not list is always rendered. */
export async function pageCacheKey(path: string): Promise<string | undefined> {
  return (await loadPageKeys()).get(path);
}

/** A share card image shows nothing but its card (and the drawing code Astro tracks itself). */
export function shareCardCacheKey(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify(card)).digest('base64url');
}
