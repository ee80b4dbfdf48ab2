// @ts-check
/**
 * German text, the one implementation for the browser and the build: the
 * search scripts import it from here, the site's TypeScript through
 * src/lib/german-text.ts. Plain JavaScript so it is served as it is.
 */

/** How Germans write umlauts without the keys; "&" reads "und" in an address. */
const TRANSCRIPTIONS = /** @type {Record<string, string>} */ ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', '&': ' und ' });

/** Lower case, umlauts written out: "Lübeck" → "luebeck", "Straße" → "strasse". @param {string} text */
export function transliterate(text) {
  return text.normalize('NFC').toLowerCase().replace(/[äöüß]/g, (character) => TRANSCRIPTIONS[character] ?? character);
}

/** Lower case without accents or umlaut dots: "Cafés" → "cafes", "Lübeck" → "lubeck". @param {string} text */
export function foldAccents(text) {
  return text.normalize('NFC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replaceAll('ß', 'ss');
}

/**
 * An address segment from a German label or file name: "Aus- & Weiterbildung"
 * → "aus-und-weiterbildung", "Baden-Württemberg" → "baden-wuerttemberg". NFC
 * first: a file name saved on macOS arrives decomposed and must give the
 * same address as the composed "ü".
 * @param {string} label
 */
export function germanSlug(label) {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß&]/g, (character) => TRANSCRIPTIONS[character] ?? character)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
