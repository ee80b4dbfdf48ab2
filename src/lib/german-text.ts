/**
 * German text for the site's code: addresses from labels and file names,
 * transliteration and accent folding (one implementation with the search
 * scripts, in public/search/german.js), and "did you mean" suggestions
 * tolerant of umlaut spellings. Checker, scaffolder, search terms, excerpts
 * and browse pages all use these.
 */
import { editDistance, germanSlug } from '../../public/search/german.js';

export { editDistance, foldAccents, germanSlug, isPlausiblePart, spellingKey, splitCompound, stemKey, transliterate, wordsOf } from '../../public/search/german.js';

/**
 * The candidate closest to `value` if it is close enough to be a plausible
 * typo, tolerant of umlaut spellings (Lübeck, Lubeck → luebeck).
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = germanSlug(value);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const normalised = germanSlug(candidate);
    const distance: number = normalised === wanted ? 0 : editDistance(wanted, normalised);
    const prefix = normalised.startsWith(wanted) || wanted.startsWith(normalised);
    const score = prefix ? Math.min(distance, 1) : distance;
    if (!best || score < best.distance) best = { candidate, distance: score };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.candidate : undefined;
}
