/**
 * The synthetic site's content as tests read it: the generated files
 * (tests/.output/synthetic, written by scripts/synthetic/generate-site.ts)
 * and fixtures.json, which names the hand-written scenario entries
 * (scripts/synthetic/scenario.ts). Tests take titles, dates and counts from
 * here instead of repeating them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { entryUrl } from '../../../src/lib/urls.ts';
import type { CollectionName } from '../../../src/schemas/index.ts';
import type { SCENARIO } from '../../../scripts/synthetic/scenario.ts';
import type { MEETING_DOCUMENTS } from '../../../scripts/synthetic/documents.ts';

export const SYNTHETIC_DIR = 'tests/.output/synthetic';
const CONTENT = path.join(SYNTHETIC_DIR, 'content');

export const fixtures = JSON.parse(fs.readFileSync(path.join(SYNTHETIC_DIR, 'fixtures.json'), 'utf8')) as typeof SCENARIO & {
  /** The meeting with generated documents (scripts/synthetic/documents.ts). */
  documents: typeof MEETING_DOCUMENTS & { meeting: string };
};

export interface SyntheticEntry {
  collection: CollectionName;
  id: string;
  /** Address of its page. */
  url: string;
  /** Path of its file from the project root, as the edit link names it. */
  file: string;
  data: Record<string, any>;
  body: string;
}

const cache = new Map<CollectionName, SyntheticEntry[]>();

/** The published entries of a collection (drafts left out, as in the production build), by id. */
export function entries(collection: CollectionName): SyntheticEntry[] {
  if (!cache.has(collection)) {
    const folder = path.join(CONTENT, collection);
    const list = fs
      .readdirSync(folder)
      .filter((file) => /\.mdx?$/.test(file))
      .sort()
      .map((file) => {
        const text = fs.readFileSync(path.join(folder, file), 'utf8');
        const [, yaml, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
        const id = file.replace(/\.mdx?$/, '');
        return { collection, id, url: entryUrl(collection, id), file: path.join(folder, file), data: parse(yaml!) as Record<string, any>, body: body! };
      })
      .filter((entry) => !entry.data['draft']);
    cache.set(collection, list);
  }
  return cache.get(collection)!;
}

export function entry(collection: CollectionName, id: string): SyntheticEntry {
  const found = entries(collection).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no synthetic ${collection} entry "${id}"`);
  return found;
}

/** Titles sorted the way a German reader would, for comparing lists regardless of their order. */
export const sortedTitles = (list: readonly { data: Record<string, any> }[]) =>
  list.map((item) => String(item.data['title'])).sort((a, b) => a.localeCompare(b, 'de'));

/** "2017-09-14" as German or English long date parts. */
export function dateParts(iso: string, locale: 'de-DE' | 'en-GB') {
  const date = new Date(`${iso}T00:00:00Z`);
  return {
    day: date.getUTCDate(),
    month: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date),
    year: date.getUTCFullYear(),
  };
}

/** "20. September 2017": how pages write a single date in German. */
export function germanDate(iso: string): string {
  const { day, month, year } = dateParts(iso, 'de-DE');
  return `${day}. ${month} ${year}`;
}
