/**
 * The order of the indexed pages by date (src/lib/search/sort-date.ts),
 * as Pagefind's page ids, for "newest/oldest first" on the search page.
 *
 * Pagefind can sort by itself (data-pagefind-sort), but it keeps the sort
 * order in the metadata every search loads first: about 28 KB at 10,000
 * pages that most readers never use. This file is fetched only when a
 * reader chooses a date sort (docs/benchmarks.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATE_ORDER_VERSION, type DateOrderFile } from '../../public/search/date-order.js';

/** The page's date as SearchMeta.astro wrote it, or undefined for a page without one. */
export function pageDate(html: string): string | undefined {
  return /data-search-date="([^"]+)"/.exec(html)?.[1];
}

/** Pagefind's fragment files start with this signature before the JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Page id (fragment file name) by page address, read from the written index. */
function pageIds(indexFolder: string): Map<string, string> {
  const folder = path.join(indexFolder, 'fragment');
  const ids = new Map<string, string>();
  for (const file of fs.readdirSync(folder)) {
    const text = gunzipSync(fs.readFileSync(path.join(folder, file))).toString('utf8');
    const json = text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text;
    ids.set((JSON.parse(json) as { url: string }).url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Oldest first; pages of one day by address, so the order is the same on every build. */
export function dateOrder(indexFolder: string, dates: ReadonlyMap<string, string>): DateOrderFile {
  const ids = pageIds(indexFolder);
  const dated = [...dates.entries()]
    .filter(([url]) => ids.has(url))
    .sort(([urlA, dateA], [urlB, dateB]) => (dateA < dateB ? -1 : dateA > dateB ? 1 : urlA < urlB ? -1 : urlA > urlB ? 1 : 0));
  return { version: DATE_ORDER_VERSION, oldestFirst: dated.map(([url]) => ids.get(url)!) };
}
