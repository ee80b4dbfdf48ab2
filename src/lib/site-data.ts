/**
 * Loads every collection once per build through Astro's content layer and
 * builds the site index (site-index.ts) the pages ask.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from './paths.ts';
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

/**
 * A collection without files is simply empty (experts and analyses start so);
 * asking Astro for it would print "does not exist or is empty" on every build.
 */
function hasFiles(collection: CollectionName): boolean {
  const folder = path.join(contentDir, collection);
  return fs.existsSync(folder) && fs.readdirSync(folder).some((name) => /\.mdx?$/.test(name));
}

async function buildIndex(): Promise<SiteIndex> {
  const entries: AnyEntry[] = [];
  for (const name of COLLECTION_NAMES) {
    if (!hasFiles(name)) continue;
    const all = (await getCollection(name)) as AnyEntry[];
    entries.push(...all.filter((entry) => showDrafts || !entry.data.draft));
  }
  return createSiteIndex(entries);
}
