// @ts-check
/**
 * Builds a result excerpt from the visible text of a page. Pages end with
 * invisible extra search terms (German compound parts, spellings without
 * umlauts); Pagefind's own excerpt may show them, so we build our own from
 * the words before them and mark the matches.
 */
import { foldAccents as fold } from './german.js';

/** @param {string} text */
export function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}


/**
 * @param {{ content: string, locations: number[], word_count: number, meta: Record<string, string> }} data
 * @param {string} [query] what the reader typed; words containing a query word are marked too
 *   (a compound such as "Begegnungscafés" for "Cafés", found through the extra terms)
 * @param {number} [length] words in the excerpt
 * @returns {string} HTML with <mark> around matched words; all page text escaped
 */
export function buildExcerpt(data, query = '', length = 28) {
  const words = data.content.split(/\s+/).filter(Boolean);
  const extra = Number(data.meta.extraTerms ?? 0);
  const visibleWords = Math.max(0, words.length - extra);
  const matches = new Set(data.locations.filter((location) => location < visibleWords));
  const queryWords = fold(query).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  if (queryWords.length > 0) {
    words.slice(0, visibleWords).forEach((word, index) => {
      const folded = fold(word);
      if (queryWords.some((queryWord) => folded.includes(queryWord))) matches.add(index);
    });
  }
  // Only extra terms matched: show the page's opening words (its title and summary).
  if (matches.size === 0) return escapeHtml(words.slice(0, Math.min(length, visibleWords)).join(' '));
  const first = Math.min(...matches);
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), visibleWords - length));
  const end = Math.min(visibleWords, start + length);
  const html = words
    .slice(start, end)
    .map((word, offset) => (matches.has(start + offset) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
  return `${start > 0 ? '… ' : ''}${html}${end < visibleWords ? ' …' : ''}`;
}
