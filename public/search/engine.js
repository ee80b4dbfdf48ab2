// @ts-check
/**
 * The site's search, one implementation for the browser (core.js) and for
 * `npm run search:eval` (Node): takes what the reader typed, lets the
 * site's vocabulary (/suche/woerter.json, written by the index step) repair
 * it, runs Pagefind, and falls back to pages holding most of the words when
 * none holds all of them.
 *
 * SKELETON: the API is final, the repairs are being written.
 */

/**
 * @typedef {{ id: string, score: number, data(): Promise<any> }} PagefindResult
 * @typedef {{ search(query: string | null, options?: any): Promise<{ results: PagefindResult[], filters: Record<string, Record<string, number>> }> }} PagefindLike
 * @typedef {{ words: string[] }} Vocabulary
 * @typedef {{ from: string, to: string }} Correction
 * @typedef {{ id: string, data(): Promise<any>, missing: string[] }} FoundPage
 * @typedef {{
 *   total: number,
 *   results: FoundPage[],
 *   counts: Record<string, Record<string, number>>,
 *   corrections: Correction[],
 *   partial: boolean,
 *   missingEverywhere: string[],
 *   searchedFor: string,
 * }} SiteSearch
 */

/** An empty vocabulary: search runs on what was typed. */
export const NO_VOCABULARY = /** @type {Vocabulary} */ ({ words: [] });

/**
 * @param {unknown} json the parsed /suche/woerter.json
 * @returns {Vocabulary}
 */
export function parseVocabulary(json) {
  const words = /** @type {{ words?: unknown }} */ (json ?? {}).words;
  return { words: Array.isArray(words) ? words.map(String) : [] };
}

/**
 * @param {PagefindLike} pagefind
 * @param {Vocabulary} vocabulary
 * @param {string} query
 * @param {{ filters?: Record<string, { any: string[] }>, sort?: Record<string, 'asc' | 'desc'>, exact?: boolean }} [options]
 *   exact: search the words as typed, without repairs (the "search for what I typed" link)
 * @returns {Promise<SiteSearch>}
 */
export async function searchSite(pagefind, vocabulary, query, options = {}) {
  void vocabulary;
  const trimmed = query.trim();
  const search = await pagefind.search(trimmed || null, { filters: options.filters ?? {}, ...(options.sort ? { sort: options.sort } : {}) });
  return {
    total: search.results.length,
    results: search.results.map((result) => ({ id: result.id, data: () => result.data(), missing: [] })),
    counts: search.filters,
    corrections: [],
    partial: false,
    missingEverywhere: [],
    searchedFor: trimmed,
  };
}
