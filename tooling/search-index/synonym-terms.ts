/**
 * Synonyms contributors keep in content/search/synonyme.yaml: a page that
 * uses one term of a group is also found by every other term of it
 * ("Zuwendungsantrag" finds the page that says "Förderantrag"). Terms
 * match in any inflection (stemKey); a term of several words matches when
 * the page holds all its longer words.
 */
import { stemKey, wordsOf } from '../../src/lib/german-text.ts';

/** Short words of a phrase ("auf", "der") say nothing about whether a page is about it. */
const MEANINGFUL_LENGTH = 4;

interface Term {
  words: string[];
  stems: string[];
}

export interface SynonymMatcher {
  /** Words to add to a page whose words (and compound parts) have these stems. */
  termsFor(pageStems: ReadonlySet<string>): string[];
}

export function synonymMatcher(groups: readonly (readonly string[])[]): SynonymMatcher {
  const parsed = groups.map((group) =>
    group.map((term): Term => {
      const words = wordsOf(term).map((word) => word.toLowerCase());
      const meaningful = words.filter((word) => word.length >= MEANINGFUL_LENGTH);
      return { words, stems: (meaningful.length ? meaningful : words).map(stemKey) };
    }),
  );
  return {
    termsFor(pageStems) {
      const terms = new Set<string>();
      for (const group of parsed) {
        const used = group.filter((term) => term.stems.every((stem) => pageStems.has(stem)));
        if (used.length === 0) continue;
        for (const term of group) if (!used.includes(term)) for (const word of term.words) terms.add(word);
      }
      return [...terms];
    },
  };
}
