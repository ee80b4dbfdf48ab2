/**
 * URL segments from German labels: "Aus- & Weiterbildung" → "aus-und-weiterbildung",
 * "Baden-Württemberg" → "baden-wuerttemberg". Umlauts are transcribed the way
 * Germans type them without the keys, so the addresses stay readable.
 */
const TRANSCRIPTIONS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', '&': ' und ' };

export function germanSlug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[äöüß&]/g, (character) => TRANSCRIPTIONS[character]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
