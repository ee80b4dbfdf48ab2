/**
 * RSS feeds of new and updated entries: one for everything readers follow
 * (meetings, stories, modules, experts) and one per type. Newest change
 * first, by the last git commit, else the Stand date.
 */
import { collections, type CollectionName } from '../schemas/index.ts';
import { lastCommitDate } from './git-dates.ts';
import type { AnyEntry, SiteIndex } from './site-data.ts';
import { siteConfig } from '../site.config.ts';
import { de } from '../i18n/de.ts';

export const FEED_COLLECTIONS: CollectionName[] = ['meetings', 'stories', 'modules', 'experts'];
export const ALL_FEED = 'alle';
const MAX_ITEMS = 50;

export function feedUrl(collection?: CollectionName): string {
  return `/feeds/${collection ? collections[collection].route : ALL_FEED}.xml`;
}

export function feedTitle(collection?: CollectionName): string {
  return collection ? `${siteConfig.name}: ${de.collections[collection].plural}` : `${siteConfig.name}: ${de.listing.feedAll}`;
}

export function changedAt(entry: AnyEntry): Date {
  return lastCommitDate(entry.filePath) ?? entry.data.stand;
}

export function feedEntries(index: SiteIndex, collection?: CollectionName): AnyEntry[] {
  const entries: AnyEntry[] = (collection ? [collection] : FEED_COLLECTIONS).flatMap((name) => index.all(name));
  return entries.sort((a, b) => changedAt(b).getTime() - changedAt(a).getTime()).slice(0, MAX_ITEMS);
}
