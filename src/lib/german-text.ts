/**
 * German text as the site's tooling needs it: addresses from labels and file
 * names, and a folded form for comparing what people type with what exists.
 *
 * Umlauts are transcribed the way Germans type them without the keys
 * ("Lübeck" → "luebeck"), so addresses stay readable. Text is brought to NFC
 * first: a file name saved on macOS arrives decomposed ("u" + combining
 * diaeresis) and must give the same address as the composed "ü".
 */
const TRANSCRIPTIONS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', '&': ' und ' };

/** URL segment from a German label or file name: "Aus- & Weiterbildung" → "aus-und-weiterbildung". */
export function germanSlug(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß&]/g, (character) => TRANSCRIPTIONS[character]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `value` if it is close enough to be a plausible
 * typo, tolerant of umlaut spellings (Lübeck, Lubeck → luebeck).
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = germanSlug(value);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const normalised = germanSlug(candidate);
    const distance = normalised === wanted ? 0 : editDistance(wanted, normalised);
    const prefix = normalised.startsWith(wanted) || wanted.startsWith(normalised);
    const score = prefix ? Math.min(distance, 1) : distance;
    if (!best || score < best.distance) best = { candidate, distance: score };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.candidate : undefined;
}
