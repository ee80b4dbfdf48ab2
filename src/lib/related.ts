/**
 * Related content, derived from shared references instead of hand-kept
 * lists: two entries are related when they point at the same things or at
 * each other. Hub collections (topics, cities) link entries together but are
 * not themselves suggested, since every page already links its hubs.
 */
import type { CollectionName } from '../schemas/index.ts';
import type { AnyEntry, SiteIndex } from './site-data.ts';

const HUBS: ReadonlySet<CollectionName> = new Set(['topics', 'cities', 'pages']);

/** How much a shared reference to an entry of this collection says about relatedness. */
const WEIGHT: Partial<Record<CollectionName, number>> = {
  partners: 3,
  meetings: 3,
  cities: 2,
  networks: 2,
  topics: 1,
};
const DIRECT_LINK_WEIGHT = 4;
/**
 * A reference shared with more entries than this says little about
 * relatedness (a topic with hundreds of entries), and walking it for every
 * page makes large builds quadratic. Such hubs list their entries themselves.
 */
export const MAX_SHARED_REFERENCES = 60;

function keysOf(index: SiteIndex, entry: AnyEntry): Map<string, number> {
  const keys = new Map<string, number>();
  for (const reference of index.referencesFrom(entry)) {
    keys.set(`${reference.target}/${reference.id}`, WEIGHT[reference.target] ?? 1);
  }
  return keys;
}

/**
 * Every entry relatedEntries weighs for this entry, with its score. Which of
 * them are shown depends on all of them (their references and titles), so
 * the page model lists them all as inputs of the page (page-keys.ts).
 */
export function relatedCandidates(index: SiteIndex, entry: AnyEntry): Map<AnyEntry, number> {
  const ownKey = `${entry.collection}/${entry.id}`;
  const ownReferences = keysOf(index, entry);
  const scores = new Map<AnyEntry, number>();
  const add = (other: AnyEntry, score: number) => {
    if (other === entry || HUBS.has(other.collection)) return;
    scores.set(other, (scores.get(other) ?? 0) + score);
  };

  // Entries that point at this one, and entries this one points at.
  for (const { entry: other } of index.referencesTo(entry.collection, entry.id)) add(other, DIRECT_LINK_WEIGHT);
  for (const key of ownReferences.keys()) {
    const [collection, id] = key.split('/') as [CollectionName, string];
    const target = index.get(collection, id);
    if (target) add(target, DIRECT_LINK_WEIGHT);
    // Entries sharing a reference with this one, unless the reference is too common to mean anything.
    const sharing = index.referencesTo(collection, id);
    if (sharing.length > MAX_SHARED_REFERENCES) continue;
    for (const { entry: other } of sharing) {
      if (`${other.collection}/${other.id}` !== ownKey) add(other, ownReferences.get(key) ?? 1);
    }
  }
  return scores;
}

export function relatedEntries(index: SiteIndex, entry: AnyEntry, limit = 6): AnyEntry[] {
  return [...relatedCandidates(index, entry)]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a.data.title.localeCompare(b.data.title, 'de'))
    .slice(0, limit)
    .map(([other]) => other);
}
