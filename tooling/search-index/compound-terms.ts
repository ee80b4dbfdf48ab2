/**
 * Index side of compound search: which shorter words a long word on a
 * page should also be found by. "Bundesnetzwerktreffen" yields its parts
 * and tails "netzwerk", "treffen" and "netzwerktreffen", so a reader
 * typing any of them finds the page (Pagefind itself only matches a word
 * by its beginning). Parts must be nouns the site itself uses somewhere;
 * the head may be any word ("Bundes…", "Förder…"), or, after a known
 * noun, the tail ("Begegnungs|cafés").
 */
import { isPlausiblePart, splitCompound, stemKey } from '../../src/lib/german-text.ts';

/** Parts shorter than this are too often endings or syllables ("ung", "tag"). */
export const MIN_PART = 4;
/** An unknown head may be shorter: "Näh|cafés", "Bau|stelle". */
const MIN_HEAD = 3;
/** Words shorter than two parts are not split. */
const MIN_COMPOUND = 2 * MIN_PART;

export interface CompoundSplitter {
  /** Lower-case parts and tails of `word`, or [] when it is no compound of known nouns. */
  termsOf(word: string): string[];
}

/**
 * @param nouns every word the site writes with a capital letter (German nouns), any case
 * @param words every word of the site: a tail after a known noun ("Eltern|café") counts as a
 *   noun too, so it can be split off elsewhere ("Näh|cafés") even if the site never writes it alone
 */
export function compoundSplitter(nouns: Iterable<string>, words: Iterable<string> = []): CompoundSplitter {
  const nounStems = new Set<string>();
  for (const noun of nouns) if (noun.length >= MIN_PART) nounStems.add(stemKey(noun));
  const isKnownNoun = (part: string) => isPlausiblePart(part) && nounStems.has(stemKey(part));
  const learned: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower.length < MIN_COMPOUND || !/^\p{L}+$/u.test(lower) || splitCompound(lower, isKnownNoun, MIN_PART)) continue;
    const tail = tailAfterNoun(lower, isKnownNoun);
    if (tail && isPlausiblePart(tail)) learned.push(tail);
  }
  for (const tail of learned) nounStems.add(stemKey(tail));
  const isNoun = (part: string) => isPlausiblePart(part) && nounStems.has(stemKey(part));
  const cache = new Map<string, string[]>();

  const termsOf = (word: string): string[] => {
    const lower = word.toLowerCase();
    const cached = cache.get(lower);
    if (cached) return cached;
    cache.set(lower, []);
    const terms = new Set<string>();
    if (lower.length >= MIN_COMPOUND && /^\p{L}+$/u.test(lower)) {
      const split = splitAfterHead(lower, isNoun);
      if (split) {
        split.parts.forEach((part, index) => {
          terms.add(part);
          // Tails: everything from a part boundary on ("netzwerktreffen", "treffen").
          if (index > 0 || !split.headKnown) terms.add(split.parts.slice(index).join(''));
          // A part may be a compound itself ("netzwerktreffen" → "treffen").
          for (const inner of termsOf(part)) terms.add(inner);
        });
      }
    }
    terms.delete(lower);
    const result = [...terms];
    cache.set(lower, result);
    return result;
  };
  return { termsOf };
}

/**
 * The longest end of `word` that consists of known nouns: the whole word
 * if it splits into nouns (head known), otherwise after an unknown head of
 * at least MIN_PART letters.
 */
function splitAfterHead(word: string, isNoun: (part: string) => boolean): { parts: string[]; headKnown: boolean } | undefined {
  const whole = splitCompound(word, isNoun, MIN_PART);
  if (whole) return { parts: whole, headKnown: true };
  for (let start = MIN_HEAD; start <= word.length - MIN_PART; start += 1) {
    const tail = word.slice(start);
    if (isNoun(tail)) return { parts: [tail], headKnown: false };
    const parts = splitCompound(tail, isNoun, MIN_PART);
    if (parts) return { parts, headKnown: false };
  }
  const tail = tailAfterNoun(word, isNoun);
  return tail ? { parts: [word.slice(0, word.length - tail.length), tail], headKnown: true } : undefined;
}

/** What follows the longest known noun at the start of `word` ("Begegnungs|cafés"), if long enough. */
function tailAfterNoun(word: string, isNoun: (part: string) => boolean): string | undefined {
  for (let end = word.length - MIN_PART; end >= MIN_PART; end -= 1) {
    if (isNoun(word.slice(0, end))) return word.slice(end);
  }
  return undefined;
}
