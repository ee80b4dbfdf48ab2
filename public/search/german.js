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

/** The words of a text, as written: letters and digits, split at everything else. @param {string} text */
export function wordsOf(text) {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * What a word sounds like to a German reader who spells it another way:
 * umlauts written out or without dots (München, Muenchen, Munchen), ß/ss,
 * Potential/Potenzial (t before -ial, -iell), c/k, ph/f, th/t, tz/z and
 * doubled letters (Reutlinngen). Two words with one key are spelling
 * variants of each other. A key is for comparing only, never shown.
 * @param {string} word
 */
export function spellingKey(word) {
  return foldAccents(transliterate(word))
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/t(?=i(?:al|ell))/g, 'z')
    .replace(/tz/g, 'z')
    .replace(/c(?!h)/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

/** German endings an inflected or linked word part may carry, longest first. */
const ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'];

/**
 * A rough stem for comparing inflected forms and compound parts
 * (Förderanträge, Förderantrag → forderantrag; Koordinierungs → koordinierung).
 * Like Pagefind's German stemmer it drops umlaut dots, so a word with the
 * same stem as a known word is found by Pagefind; spelling variants
 * (Potential/Potenzial) are not the same stem, see spellingKey.
 * @param {string} word
 */
export function stemKey(word) {
  let key = foldAccents(word);
  // Twice, so a genitive or linking s before an ending gives the same stem: Grünhagens, Grünhagen → grunhag.
  for (let round = 0; round < 2; round += 1) {
    const ending = ENDINGS.find((candidate) => key.length - candidate.length >= 3 && key.endsWith(candidate));
    if (!ending) break;
    key = key.slice(0, -ending.length);
  }
  return key;
}

/**
 * Words that carry no subject in a German query ("Wer hilft beim Antrag an
 * eine Stiftung?"): Pagefind would demand each of them on every result.
 * Function words of the language, not of this site.
 */
export const STOP_WORDS = new Set(
  ('aber alle als also am an auch auf aus bei beim bin bis bist da damit dann das dass dem den der des die dies diese '
    + 'diesem diesen dieser dieses doch du durch ein eine einem einen einer eines er es etwas für gibt habe haben hat '
    + 'ich ihr im in ins ist ja kann man mit nach noch nur ob oder sich sie sind so soll über um und uns unter vom von '
    + 'vor war was welche welchem welchen welcher welches wenn wer wie wir wird wo zu zum zur').split(' '),
);

/**
 * Edit distance with transpositions ("Reutlnigen"), or `max + 1` as soon as
 * it is certain to exceed `max` (most candidates are rejected after a row or two).
 * @param {string} a @param {string} b @param {number} [max]
 */
export function editDistance(a, b, max = Infinity) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  /** @type {number[]} */
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // (Every index read here was written in this or the previous row; "?? 0" only satisfies the type checker.)
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Beginnings of German word endings, never of a compound's part ("Bild|ungen" is no split). */
const SUFFIX_START = /^(ung|heit|keit|schaft|lich|isch|chen|lein|nis|tum|ität|itat|ion|ier|ig|bar|sam|haft|los|ern?s?$)/;

/**
 * Whether a piece of a word can be a part of a compound: no function word
 * ("mit|teilung") and no word ending ("bild|ungen").
 * @param {string} part lower case
 */
export function isPlausiblePart(part) {
  return !STOP_WORDS.has(part) && !SUFFIX_START.test(foldAccents(part));
}

/**
 * Splits a compound into parts the site knows: "projektplanung" →
 * ["projekt", "planung"]; linking letters stay on the part before them
 * ("koordinierungs|stelle"), which `isPart` is expected to accept through
 * stemKey. Fewest parts win, then the longest shortest part. Returns
 * undefined when no split into known parts exists.
 * @param {string} word lower case
 * @param {(part: string) => boolean} isPart
 * @param {number} [minPart] shortest part length
 * @returns {string[] | undefined}
 */
export function splitCompound(word, isPart, minPart = 4) {
  /** @type {(undefined | { parts: string[], shortest: number })[]} best split of word.slice(i) */
  const best = new Array(word.length + 1);
  best[word.length] = { parts: [], shortest: Infinity };
  for (let start = word.length - minPart; start >= 0; start -= 1) {
    for (let end = start + minPart; end <= word.length; end += 1) {
      const rest = best[end];
      if (!rest) continue;
      const part = word.slice(start, end);
      if (!isPart(part)) continue;
      const candidate = { parts: [part, ...rest.parts], shortest: Math.min(part.length, rest.shortest) };
      const current = best[start];
      if (!current || candidate.parts.length < current.parts.length
        || (candidate.parts.length === current.parts.length && candidate.shortest > current.shortest)) {
        best[start] = candidate;
      }
    }
  }
  const split = best[0];
  return split && split.parts.length > 1 ? split.parts : undefined;
}
