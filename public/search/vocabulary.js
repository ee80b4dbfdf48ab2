// @ts-check
/**
 * The words the site's search index holds (/pagefind/woerter.json, written
 * by tooling/search-index/), and the questions the search asks of them:
 * is a typed word known, which known word is a spelling variant or a typo
 * of it, which known words does a compound consist of. Shared by the
 * browser and `npm run search:eval`.
 */
import { editDistance, isPlausiblePart, spellingKey, splitCompound, stemKey } from './german.js';

/** The file's name in the index folder (/pagefind/), written by the index step, read by the browser and the eval. */
export const VOCABULARY_FILE = 'woerter.json';

/** The file's format version; the index step writes it, and an unknown version is read as empty. */
export const VOCABULARY_VERSION = 1;

/**
 * @typedef {{ version: number, words: string[], counts: number[] }} VocabularyFile
 *   words: the most frequent written form of each word, sorted by lower case;
 *   counts: on how many pages each word occurs
 */

/** How far a typed word may be from a known word to count as a typo of it. @param {number} length */
export function typoTolerance(length) {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/** @param {string} a @param {string} b */
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * @param {unknown} json the parsed vocabulary file, or anything else for an empty vocabulary
 */
export function createVocabulary(json) {
  const file = /** @type {Partial<VocabularyFile>} */ (json ?? {});
  const usable = file.version === VOCABULARY_VERSION && Array.isArray(file.words) && Array.isArray(file.counts);
  const words = usable ? /** @type {string[]} */ (file.words) : [];
  const counts = usable ? /** @type {number[]} */ (file.counts) : [];
  /** On how many pages the word at `index` occurs. @param {number} index */
  const pagesWith = (index) => counts[index] ?? 0;
  const lower = words.map((word) => word.toLowerCase());
  const exact = new Map(lower.map((word, index) => [word, index]));

  /** @type {{ stems: Set<string>, byKey: Map<string, number>, keys: string[] } | undefined} */
  let derived;
  // Keys and stems cost a few milliseconds per 10,000 words: computed the first time a typed word is unknown.
  const lookups = () => {
    if (derived) return derived;
    const keys = lower.map(spellingKey);
    /** @type {Map<string, number>} */
    const byKey = new Map();
    keys.forEach((key, index) => {
      const other = byKey.get(key);
      if (other === undefined || pagesWith(index) > pagesWith(other)) byKey.set(key, index);
    });
    derived = { stems: new Set(lower.map(stemKey)), byKey, keys };
    return derived;
  };

  /** Whether some known word starts with `prefix` (the reader may still be typing). @param {string} prefix */
  const startsAWord = (prefix) => {
    let low = 0;
    let high = lower.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byCodeUnit(lower[middle] ?? '', prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return (lower[low] ?? '').startsWith(prefix);
  };

  return {
    size: words.length,

    /** Known as written, as the start of a word, or in another inflection. @param {string} word */
    isKnown(word) {
      const wanted = word.toLowerCase();
      if (words.length === 0 || exact.has(wanted) || startsAWord(wanted)) return true;
      return lookups().stems.has(stemKey(wanted));
    },

    /** The known word spelled differently but meaning the same (Potential → Potenzial). @param {string} word */
    variantOf(word) {
      const index = lookups().byKey.get(spellingKey(word));
      return index === undefined ? undefined : words[index];
    },

    /** The closest known word within the typo tolerance: fewest edits, then the commoner word. @param {string} word */
    typoOf(word) {
      const key = spellingKey(word);
      const tolerance = typoTolerance(key.length);
      if (tolerance === 0) return undefined;
      const { keys } = lookups();
      let best = -1;
      let bestDistance = tolerance + 1;
      keys.forEach((candidate, index) => {
        const distance = editDistance(key, candidate, tolerance);
        if (distance < bestDistance || (distance === bestDistance && distance <= tolerance && pagesWith(index) > pagesWith(best))) {
          best = index;
          bestDistance = distance;
        }
      });
      return best >= 0 ? words[best] : undefined;
    },

    /** Known words a compound the site never writes is made of ("Projektplanung" → Projekt, Planung). @param {string} word */
    partsOf(word) {
      const { stems } = lookups();
      const known = (/** @type {string} */ part) => isPlausiblePart(part) && (exact.has(part) || stems.has(stemKey(part)));
      return splitCompound(word.toLowerCase(), known, 4);
    },
  };
}

/** @typedef {ReturnType<typeof createVocabulary>} Vocabulary */
