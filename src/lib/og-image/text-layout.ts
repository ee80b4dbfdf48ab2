/**
 * Line breaking for share cards. Pure functions over a `measure` callback
 * (the canvas's text width in the real renderer, a fixed width per character
 * in tests), so the layout rules are testable without drawing anything.
 *
 * The order of preferences: a title keeps its largest size if it fits; a
 * longer title gets a smaller size before any word is broken; a word wider
 * than a whole line is broken (after its own hyphen if it has one, else with
 * an added hyphen); only a title too long for the smallest size is cut, with
 * an ellipsis.
 */

/** Width of a text in pixels, in one fixed font. */
export type Measure = (text: string) => number;

export interface WrappedText {
  lines: string[];
  /** True if a word had to be broken inside because it was wider than a line. */
  brokeWords: boolean;
}

export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/** Greedy wrapping at spaces; words wider than `maxWidth` are broken. */
export function wrapText(text: string, maxWidth: number, measure: Measure): WrappedText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let brokeWords = false;
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    if (measure(word) <= maxWidth) {
      current = word;
      continue;
    }
    const pieces = breakWord(word, maxWidth, measure);
    brokeWords = true;
    lines.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? '';
  }
  if (current) lines.push(current);
  return { lines, brokeWords };
}

/**
 * Breaks one word that is wider than a line into pieces that fit. A piece
 * ends after a hyphen of the word itself where possible ("Baden-" /
 * "Württemberg"); otherwise it gets a hyphen added.
 */
export function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = splitGraphemes(word);
  while (rest.length > 0 && measure(rest.join('')) > maxWidth) {
    // The longest prefix that fits together with an added hyphen (at least one character, so this ends).
    let length = 1;
    while (length < rest.length && measure(`${rest.slice(0, length + 1).join('')}-`) <= maxWidth) length += 1;
    const ownHyphen = rest.slice(0, length).lastIndexOf('-');
    if (ownHyphen > 0) {
      pieces.push(rest.slice(0, ownHyphen + 1).join(''));
      rest = rest.slice(ownHyphen + 1);
    } else {
      pieces.push(`${rest.slice(0, length).join('')}-`);
      rest = rest.slice(length);
    }
  }
  if (rest.length > 0) pieces.push(rest.join(''));
  return pieces;
}

/**
 * Keeps at most `maxLines` lines; if text was dropped, the last kept line
 * ends in an ellipsis that fits the width (whole words are removed first,
 * then characters).
 */
export function clampLines(lines: readonly string[], maxLines: number, maxWidth: number, measure: Measure): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept.at(-1)!.replace(/-$/, '');
  const withEllipsis = (text: string) => `${text.replace(/[\s,;:.–—-]+$/, '')}${ELLIPSIS}`;
  while (last.includes(' ') && measure(withEllipsis(last)) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  let characters = splitGraphemes(last);
  while (characters.length > 1 && measure(withEllipsis(characters.join(''))) > maxWidth) characters = characters.slice(0, -1);
  kept[kept.length - 1] = withEllipsis(characters.join(''));
  return kept;
}

export interface FitOptions {
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  maxWidth: number;
  maxHeight: number;
  /** The text width at a given font size. */
  measureAt: (fontSize: number) => Measure;
}

export interface FittedText {
  lines: string[];
  fontSize: number;
  /** Distance between baselines, in pixels. */
  lineHeight: number;
  /** True if the text did not fit even at the smallest size and ends in an ellipsis. */
  truncated: boolean;
}

/** The largest size at which the text fits the box, preferring sizes at which no word is broken. */
export function fitText(text: string, options: FitOptions): FittedText {
  if (options.sizes.length === 0) throw new Error('fitText needs at least one font size');
  let withBrokenWords: FittedText | undefined;
  let smallest: { lines: string[]; maxLines: number; fontSize: number; lineHeight: number; measure: Measure } | undefined;
  // Sizes are tried largest first and the first clean fit wins, so a short title costs one wrap.
  for (const fontSize of options.sizes) {
    const lineHeight = Math.round(fontSize * options.lineHeight);
    const maxLines = Math.max(1, Math.floor(options.maxHeight / lineHeight));
    const measure = options.measureAt(fontSize);
    const wrapped = wrapText(text, options.maxWidth, measure);
    if (wrapped.lines.length <= maxLines) {
      const fitted = { lines: wrapped.lines, fontSize, lineHeight, truncated: false };
      if (!wrapped.brokeWords) return fitted;
      withBrokenWords ??= fitted;
    }
    smallest = { lines: wrapped.lines, maxLines, fontSize, lineHeight, measure };
  }
  if (withBrokenWords) return withBrokenWords;
  const last = smallest!;
  return {
    lines: clampLines(last.lines, last.maxLines, options.maxWidth, last.measure),
    fontSize: last.fontSize,
    lineHeight: last.lineHeight,
    truncated: true,
  };
}
