/**
 * Extra index terms that make German search forgiving. Pagefind matches
 * words by prefix and stems them, but it does not split compounds, so
 * "Cafés" would not find "Begegnungscafés". We add, invisibly, the parts of
 * long compounds (split after the linking -s of -ung/-heit/-keit/-schaft/-ion/-tät)
 * and spellings without accents or umlauts (Lübeck → Luebeck, Lubeck).
 */

import { foldAccents, transliterate } from '../german-text.ts';

const LINKING_S = /(ungs|heits|keits|schafts|ions|täts|ikats)(?=\p{L}{4,})/gu;
const WORD = /\p{L}[\p{L}-]*/gu;

/** "Begegnungscafés" → ["begegnung", "cafés"]; short or simple words give nothing. */
export function compoundParts(word: string): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 10) return [];
  const parts: string[] = [];
  let start = 0;
  for (const match of lower.matchAll(LINKING_S)) {
    const end = (match.index ?? 0) + match[0].length;
    // The part before the linking s, without it: "koordinierungs" → "koordinierung".
    parts.push(lower.slice(start, end - 1));
    start = end;
  }
  if (start === 0) return [];
  parts.push(lower.slice(start));
  return parts.filter((part) => part.length >= 4);
}

/** "Lübeck" → ["luebeck", "lubeck"], "Cafés" → ["cafes"]; words without such letters give nothing. */
export function spellingVariants(word: string): string[] {
  const lower = word.toLowerCase();
  if (/^[a-z-]*$/.test(lower)) return [];
  const transliterated = transliterate(lower);
  const stripped = foldAccents(lower);
  return [...new Set([transliterated, stripped])].filter((variant) => variant !== lower && /^[a-z-]+$/.test(variant));
}

export function extraSearchTerms(texts: readonly string[], { spellingVariants: withVariants = true } = {}): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) {
      for (const part of compoundParts(word)) {
        terms.add(part);
        if (withVariants) for (const variant of spellingVariants(part)) terms.add(variant);
      }
      if (!withVariants) continue;
      // Short words ("für") get no variants: they carry no meaning in a search and would only add noise.
      if (word.length >= 5) for (const variant of spellingVariants(word)) terms.add(variant);
    }
  }
  return [...terms].sort();
}
