/**
 * Collects the words of the indexed pages into the vocabulary the search
 * repairs queries with (public/search/vocabulary.js reads it): each word
 * once, in its most frequent written form, with the number of pages it
 * occurs on.
 */
import { VOCABULARY_VERSION, type VocabularyFile } from '../../public/search/vocabulary.js';

export class VocabularyCollector {
  /** lower case → page count and written forms with their frequency */
  private readonly words = new Map<string, { pages: number; forms: Map<string, number> }>();

  /** Adds the words of one page (each counts once for the page count). */
  addPage(words: Iterable<string>): void {
    const forms = new Map<string, number>();
    for (const word of words) forms.set(word, (forms.get(word) ?? 0) + 1);
    this.addPageForms(forms);
  }

  /** Adds the words of one page as written forms with their number of occurrences. */
  addPageForms(forms: ReadonlyMap<string, number>): void {
    const seen = new Set<string>();
    for (const [form, count] of forms) {
      const lower = form.toLowerCase();
      const known = this.words.get(lower) ?? { pages: 0, forms: new Map<string, number>() };
      known.forms.set(form, (known.forms.get(form) ?? 0) + count);
      if (!seen.has(lower)) {
        known.pages += 1;
        seen.add(lower);
      }
      this.words.set(lower, known);
    }
  }

  /** Every word collected so far, in lower case. */
  lowerCaseWords(): string[] {
    return [...this.words.keys()];
  }

  toFile(): VocabularyFile {
    const sorted = [...this.words.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      version: VOCABULARY_VERSION,
      words: sorted.map(([, { forms }]) => [...forms.entries()].sort((a, b) => b[1] - a[1])[0]![0]),
      counts: sorted.map(([, { pages }]) => pages),
    };
  }
}
