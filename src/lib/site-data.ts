/**
 * Loads every collection once per build through Astro's content layer and
 * builds the site index (site-index.ts) the pages ask.
 */
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import { createSiteIndex, type AnyEntry, type SiteIndex } from './site-index.ts';

export type { AnyEntry, Backlink, Entry, SiteIndex } from './site-index.ts';

/** Drafts are visible, marked, while developing and left out of production builds. */
export const showDrafts = import.meta.env.DEV;

let indexPromise: Promise<SiteIndex> | undefined;

export function loadSiteIndex(): Promise<SiteIndex> {
  indexPromise ??= buildIndex();
  return indexPromise;
}

async function buildIndex(): Promise<SiteIndex> {
  const entries: AnyEntry[] = [];
  for (const name of COLLECTION_NAMES) {
    const all = (await getCollection(name)) as AnyEntry[];
    entries.push(...all.filter((entry) => showDrafts || !entry.data.draft));
  }
  return createSiteIndex(entries);
}

/** Shorthand for getStaticPaths of a detail page. */
export async function staticPathsFor<C extends CollectionName>(collection: C) {
  const index = await loadSiteIndex();
  return index.all(collection).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
