// @ts-check
/**
 * The site's search, one implementation for the browser (core.js) and for
 * `npm run search:eval` (Node). Pagefind matches whole words and their
 * beginnings and wants every word on a page; German readers type
 * compounds, typos and other spellings. So before Pagefind runs, each typed
 * word the site's vocabulary lacks is repaired:
 *
 * 1. a spelling variant of a known word (Potentialanalyse → Potenzialanalyse, Reutlinngen → Reutlingen),
 * 2. a compound of known words ("Projektplanung" → Projekt Planung),
 * 3. the closest known word within the typo tolerance (vocabulary.js).
 *
 * Function words ("wer", "im", "auf") are left out when the query has others.
 *
 * Corrections (1, 3) are reported so the page can say what it searched
 * for instead. When no page holds all words, the pages holding most of
 * them are returned, ranked by the number of words they hold, each with
 * the words it lacks. (Pagefind 1.6 itself silently drops a word that no
 * page holds and returns the pages with the other words; a word it has,
 * it requires on every result.)
 */
import { sortByDate } from './date-order.js';
import { STOP_WORDS } from './german.js';
import { createVocabulary } from './vocabulary.js';

/**
 * @typedef {{ id: string, score: number, data(): Promise<any> }} PagefindResult
 * @typedef {{ search(query: string | null, options?: any): Promise<{ results: PagefindResult[], filters: Record<string, Record<string, number>> }> }} PagefindLike
 * @typedef {import('./vocabulary.js').Vocabulary} Vocabulary
 * @typedef {{ from: string, to: string }} Correction
 * @typedef {{ id: string, data(): Promise<any>, missing: string[] }} FoundPage
 * @typedef {{
 *   total: number,
 *   results: FoundPage[],
 *   counts: Record<string, Record<string, number>>,
 *   corrections: Correction[],
 *   partial: boolean,
 *   complete: number,
 *   missingEverywhere: string[],
 *   searchedFor: string,
 * }} SiteSearch
 *   partial: some results lack some of the words (named in their `missing`);
 *   complete: how many results, at the top, hold every word
 * @typedef {{ typed: string, terms: string[], correction?: Correction, unknown?: boolean }} PlannedWord
 *   unknown: no page holds the word, and nothing near it was found
 */

/** Fewer pages than this holding every word are followed by pages holding some of the words. */
const FEW_RESULTS = 3;

/** An empty vocabulary: every word is searched as typed. */
export const NO_VOCABULARY = createVocabulary(undefined);

/** @param {unknown} json the parsed /pagefind/woerter.json */
export function parseVocabulary(json) {
  return createVocabulary(json);
}

/** Pieces of a query: words, numbers and hyphenated words, as Pagefind reads them. @param {string} query */
function typedWords(query) {
  return query.normalize('NFC').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * What to search for each typed word.
 * @param {Vocabulary} vocabulary @param {string} query @param {boolean} [exact] as typed, no repairs
 * @returns {PlannedWord[]}
 */
export function planQuery(vocabulary, query, exact = false) {
  const typed = typedWords(query);
  // "Wer hilft beim Antrag?" searches "hilft Antrag"; a query of stop words only is searched as it is.
  const meaningful = typed.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return (meaningful.length > 0 ? meaningful : typed).map((typed) => {
    if (exact || vocabulary.size === 0 || /\d/.test(typed) || typed.length < 3 || typed.includes('-') || vocabulary.isKnown(typed)) {
      return { typed, terms: [typed] };
    }
    const variant = vocabulary.variantOf(typed);
    if (variant) return { typed, terms: [variant], correction: { from: typed, to: variant } };
    const parts = vocabulary.partsOf(typed);
    if (parts) return { typed, terms: parts };
    const typo = vocabulary.typoOf(typed);
    if (typo) return { typed, terms: [typo], correction: { from: typed, to: typo } };
    return { typed, terms: [typed], unknown: true };
  });
}

/**
 * @param {PagefindLike} pagefind
 * @param {Vocabulary} vocabulary
 * @param {string} query
 * @param {{ filters?: Record<string, { any: string[] }>, byDate?: { ranks: Map<string, number>, direction: 'newest' | 'oldest' }, exact?: boolean }} [options]
 *   exact: search the words as typed, without repairs (the "search for what I typed" link);
 *   byDate: sort by date instead of relevance (date-order.js)
 * @returns {Promise<SiteSearch>}
 */
export async function searchSite(pagefind, vocabulary, query, options = {}) {
  const found = await searchByRelevance(pagefind, vocabulary, query, options);
  if (!options.byDate) return found;
  return { ...found, results: sortByDate(found.results, options.byDate.ranks, options.byDate.direction) };
}

/**
 * @param {PagefindLike} pagefind @param {Vocabulary} vocabulary @param {string} query
 * @param {{ filters?: Record<string, { any: string[] }>, exact?: boolean }} options
 * @returns {Promise<SiteSearch>}
 */
async function searchByRelevance(pagefind, vocabulary, query, options) {
  const settings = { filters: options.filters ?? {} };
  const planned = planQuery(vocabulary, query, options.exact);
  const searchedFor = planned.flatMap((word) => word.terms).join(' ');
  const corrections = planned.flatMap((word) => (word.correction ? [word.correction] : []));
  const whole = await pagefind.search(searchedFor || (query.trim() ? query.trim() : null), settings);
  /** @type {SiteSearch} */
  const answer = {
    total: whole.results.length,
    results: whole.results.map((result) => ({ id: result.id, data: () => result.data(), missing: [] })),
    counts: whole.filters,
    corrections,
    partial: false,
    complete: whole.results.length,
    missingEverywhere: [],
    searchedFor,
  };
  // Pagefind leaves out a word no page holds and returns the pages with the others, without saying so.
  const someWordNowhere = planned.some((word) => word.unknown);
  if (planned.length < 2 || (whole.results.length >= FEW_RESULTS && !someWordNowhere)) return answer;
  const most = await pagesWithMostWords(pagefind, planned, settings);
  if (whole.results.length === 0 || someWordNowhere) return { ...answer, ...most, partial: true, complete: 0 };
  // Only a few pages hold every word: they come first, then the pages holding some of them.
  const holdingAll = new Set(whole.results.map((result) => result.id));
  const more = most.results.filter((result) => !holdingAll.has(result.id));
  return { ...answer, total: answer.total + more.length, results: [...answer.results, ...more], partial: more.length > 0 };
}

/**
 * No page holds every word: search each word alone and rank the pages by
 * how many words they hold, then by their summed score.
 * @param {PagefindLike} pagefind @param {PlannedWord[]} planned @param {any} settings
 */
async function pagesWithMostWords(pagefind, planned, settings) {
  const single = await Promise.all(planned.map((word) => pagefind.search(word.terms.join(' '), settings)));
  /** @type {Map<string, { result: PagefindResult, held: Set<number>, score: number }>} */
  const pages = new Map();
  single.forEach((search, wordIndex) => {
    for (const result of search.results) {
      const page = pages.get(result.id) ?? { result, held: new Set(), score: 0 };
      page.held.add(wordIndex);
      page.score += result.score;
      pages.set(result.id, page);
    }
  });
  const ranked = [...pages.values()].sort((a, b) => b.held.size - a.held.size || b.score - a.score);
  /** @type {Record<string, Record<string, number>>} */
  const counts = {};
  // Facet counts of the union are not known without loading every page; the largest single-word count is a lower bound.
  for (const search of single) {
    for (const [facet, values] of Object.entries(search.filters ?? {})) {
      const merged = (counts[facet] ??= {});
      for (const [value, count] of Object.entries(values)) merged[value] = Math.max(merged[value] ?? 0, count);
    }
  }
  const shownWord = (/** @type {number} */ index) => planned[index]?.correction?.to ?? planned[index]?.typed ?? '';
  return {
    total: ranked.length,
    results: ranked.map(({ result, held }) => ({
      id: result.id,
      data: () => result.data(),
      missing: planned.flatMap((_, index) => (held.has(index) ? [] : [shownWord(index)])),
    })),
    counts,
    missingEverywhere: planned.flatMap((_, index) => (single[index]?.results.length ? [] : [shownWord(index)])),
  };
}
