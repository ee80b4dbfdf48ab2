/**
 * Answers the questions pages ask of the content (which entries exist, what
 * an id refers to, what points here) from a plain list of entries. Pure, so
 * the build (site-data.ts, from Astro's collections) and Node tooling (the
 * page model in tests, from the checker's reading) share one index.
 */
import type { CollectionEntry } from 'astro:content';
import { collections as registry, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import { collectReferences, findBrokenReferences, type FoundReference } from './references.ts';

export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;
export type AnyEntry = { [C in CollectionName]: CollectionEntry<C> }[CollectionName];

export interface Backlink {
  entry: AnyEntry;
  /** Field that holds the reference, e.g. `city` or `sources[0].meeting`. */
  path: string;
}

export interface SiteIndex {
  all<C extends CollectionName>(collection: C): Entry<C>[];
  get<C extends CollectionName>(collection: C, id: string): Entry<C> | undefined;
  /** Every published entry that references the given entry, in any field. */
  referencesTo(collection: CollectionName, id: string): Backlink[];
  referencesFrom(entry: AnyEntry): FoundReference[];
}

/** The index over the given (published) entries; throws on a reference to a missing entry. */
export function createSiteIndex(entries: readonly AnyEntry[]): SiteIndex {
  const byCollection = new Map<CollectionName, AnyEntry[]>(COLLECTION_NAMES.map((name) => [name, []]));
  for (const entry of entries) byCollection.get(entry.collection)!.push(entry);

  const ids = new Map<string, Set<string>>(
    [...byCollection].map(([name, list]) => [name, new Set(list.map((entry) => entry.id))]),
  );

  // Defence in depth: `npm run check:content` reports this with suggestions
  // before the build; this stops a build that skipped it.
  const broken = findBrokenReferences(
    entries.map((entry) => ({ collection: entry.collection, id: entry.id, schema: registry[entry.collection].schema, data: entry.data })),
    ids,
  );
  if (broken.length > 0) {
    const lines = broken.map(
      (problem) =>
        `  ${problem.from.collection}/${problem.from.id}: Feld "${problem.path}" verweist auf "${problem.id}", ` +
        `aber in content/${problem.target}/ gibt es keinen (veröffentlichten) Eintrag mit diesem Namen.`,
    );
    throw new Error(`Ungültige Verweise im Inhalt:\n${lines.join('\n')}`);
  }

  const referencesFromEntry = new Map<AnyEntry, FoundReference[]>();
  const backlinks = new Map<string, Backlink[]>();
  for (const entry of entries) {
    const found = collectReferences(registry[entry.collection].schema, entry.data);
    referencesFromEntry.set(entry, found);
    const seen = new Set<string>();
    for (const reference of found) {
      const key = `${reference.target}/${reference.id}`;
      // One backlink per (entry, target): a story that names a city twice is listed once.
      if (seen.has(key)) continue;
      seen.add(key);
      const list = backlinks.get(key) ?? [];
      list.push({ entry, path: reference.path });
      backlinks.set(key, list);
    }
  }

  const lookup = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));

  return {
    all: <C extends CollectionName>(collection: C) => (byCollection.get(collection) ?? []) as Entry<C>[],
    get: <C extends CollectionName>(collection: C, id: string) => lookup.get(`${collection}/${id}`) as Entry<C> | undefined,
    referencesTo: (collection, id) => backlinks.get(`${collection}/${id}`) ?? [],
    referencesFrom: (entry) => referencesFromEntry.get(entry) ?? [],
  };
}
