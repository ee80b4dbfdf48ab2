/**
 * Spellings without umlauts or accents (Lübeck → luebeck, lubeck; Cafés →
 * cafes), added invisibly to a page's title, summary and headings so a
 * reader without a German keyboard finds it. Compound parts and synonyms
 * need the whole site's vocabulary and are added by the index step
 * (tooling/search-index/).
 */

import { foldAccents, transliterate } from '../german-text.ts';

const WORD = /\p{L}[\p{L}-]*/gu;

/** "Lübeck" → ["luebeck", "lubeck"], "Nähcafés" → ["naehcafes", "nahcafes"]; words without such letters give nothing. */
export function spellingVariants(word: string): string[] {
  const lower = word.toLowerCase();
  if (/^[a-z-]*$/.test(lower)) return [];
  const transliterated = foldAccents(transliterate(lower));
  const stripped = foldAccents(lower);
  return [...new Set([transliterated, stripped])].filter((variant) => variant !== lower && /^[a-z-]+$/.test(variant));
}

export function extraSearchTerms(texts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) {
      // Short words ("für") get no variants: they carry no meaning in a search and would only add noise.
      if (word.length >= 5) for (const variant of spellingVariants(word)) terms.add(variant);
    }
  }
  return [...terms].sort();
}
