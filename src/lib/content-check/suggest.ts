/** "Did you mean …?" for misspelt references, tolerant of umlaut spellings (Lübeck → luebeck). */

function normalise(value: string): string {
  return value
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

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

/** The closest candidate, if it is close enough to be a plausible typo. */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalise(value);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const normalised = normalise(candidate);
    const distance = normalised === wanted ? 0 : editDistance(wanted, normalised);
    const prefix = normalised.startsWith(wanted) || wanted.startsWith(normalised);
    const score = prefix ? Math.min(distance, 1) : distance;
    if (!best || score < best.distance) best = { candidate, distance: score };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.candidate : undefined;
}
