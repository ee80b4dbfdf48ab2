// @ts-check
/**
 * "Newest/oldest first": the date order of the indexed pages
 * (/pagefind/datum.json, written by tooling/search-index/date-order.ts),
 * fetched the first time a reader sorts by date, and applied to a result list.
 */

/** The file's name in the index folder (/pagefind/). */
export const DATE_ORDER_FILE = 'datum.json';

export const DATE_ORDER_VERSION = 1;

/** @typedef {{ version: number, oldestFirst: string[] }} DateOrderFile */

/**
 * Rank of each page id, oldest first; an unreadable file gives no ranks.
 * @param {unknown} json
 * @returns {Map<string, number>}
 */
export function dateRanks(json) {
  const file = /** @type {Partial<DateOrderFile>} */ (json ?? {});
  if (file.version !== DATE_ORDER_VERSION || !Array.isArray(file.oldestFirst)) return new Map();
  return new Map(file.oldestFirst.map((id, rank) => [id, rank]));
}

/**
 * The results in date order; results without a date keep their order after the dated ones.
 * @template {{ id: string }} T
 * @param {T[]} results @param {Map<string, number>} ranks @param {'newest' | 'oldest'} direction
 * @returns {T[]}
 */
export function sortByDate(results, ranks, direction) {
  const sign = direction === 'newest' ? -1 : 1;
  return results
    .map((result, position) => ({ result, position, rank: ranks.get(result.id) }))
    .sort((a, b) => {
      if (a.rank === undefined || b.rank === undefined) return (a.rank === undefined ? 1 : 0) - (b.rank === undefined ? 1 : 0) || a.position - b.position;
      return sign * (a.rank - b.rank);
    })
    .map(({ result }) => result);
}
