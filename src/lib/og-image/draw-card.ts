/**
 * Draws a share card (1200×630, see card.ts) with @napi-rs/canvas: Skia
 * from a prebuilt binary in the npm package, no install script, no system
 * libraries. The picture is flat colour plus text
 * on purpose: it stays readable as a small thumbnail and has few enough
 * colours for the fast indexed PNG encoder (indexed-png.ts).
 *
 * Font: Noto Sans from @fontsource/noto-sans (SIL Open Font License 1.1,
 * which allows embedding and redistribution, also in images). It is used
 * only here, at build time; pages never load a web font.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { projectRoot } from '../paths.ts';
import { fitText, clampLines, wrapText, type Measure } from './text-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from './card.ts';

/**
 * One text colour on purpose: anti-aliased white on the background stays
 * within the indexed encoder's 256 colours; a second text colour would not.
 */
export const CARD_COLOURS = {
  background: '#0b5394',
  text: '#ffffff',
  /** The accent of the site's dark theme, as a stripe along the bottom edge. */
  stripe: '#8cc4ff',
} as const;

/**
 * The Latin and Latin Extended subsets are separate files; listing both
 * families in each font string lets Skia take ş, ğ, ć … from the second.
 */
const FONT_FILES = [
  { file: 'noto-sans-latin-400-normal.woff', family: 'Card Sans' },
  { file: 'noto-sans-latin-700-normal.woff', family: 'Card Sans' },
  { file: 'noto-sans-latin-ext-400-normal.woff', family: 'Card Sans Ext' },
  { file: 'noto-sans-latin-ext-700-normal.woff', family: 'Card Sans Ext' },
] as const;
const FAMILIES = '"Card Sans", "Card Sans Ext"';

const require = createRequire(path.join(projectRoot, 'package.json'));

let fontPaths: string[] | undefined;

/** Absolute paths of the font files; part of the cache key, so a font update redraws every card. */
export function fontFilePaths(): string[] {
  fontPaths ??= FONT_FILES.map(({ file }) => require.resolve(`@fontsource/noto-sans/files/${file}`));
  return fontPaths;
}

let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  const paths = fontFilePaths();
  FONT_FILES.forEach(({ file, family }, index) => {
    // Without its font Skia would quietly draw with a system font, different on every machine.
    if (!GlobalFonts.registerFromPath(paths[index]!, family)) throw new Error(`share cards: cannot load the font ${file}`);
  });
  fontsRegistered = true;
}

const PADDING_X = 80;
const TOP = 72;
const BOTTOM = 78;
const STRIPE = 12;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_X;
const KICKER_SIZE = 30;
const CONTEXT_SIZE = 30;
const CONTEXT_LINE_HEIGHT = 40;
/** Enough for a listing's introductory sentence; entries' facts lines need one. */
const CONTEXT_MAX_LINES = 3;
const TITLE_SIZES = [64, 56, 50, 44, 40] as const;
const TITLE_LINE_HEIGHT = 1.18;
/** The logo mark (the favicon's "W"), drawn at this size beside the site name. */
const MARK_SIZE = 44;

const font = (weight: 400 | 700, size: number) => `${weight === 700 ? 'bold ' : ''}${size}px ${FAMILIES}`;

// One canvas for all cards: a build draws thousands, and each canvas holds a 3 MB pixel buffer.
let sharedContext: SKRSContext2D | undefined;

function context(): SKRSContext2D {
  if (!sharedContext) {
    registerFonts();
    sharedContext = createCanvas(CARD_WIDTH, CARD_HEIGHT).getContext('2d');
  }
  return sharedContext;
}

function measureWith(ctx: SKRSContext2D, cssFont: string): Measure {
  return (text) => {
    ctx.font = cssFont;
    return ctx.measureText(text).width;
  };
}

/** Draws the card and returns its RGBA pixels (opaque, row by row). */
export function drawCard(card: CardText): Uint8ClampedArray {
  const ctx = context();
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = CARD_COLOURS.background;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = CARD_COLOURS.stripe;
  ctx.fillRect(0, CARD_HEIGHT - STRIPE, CARD_WIDTH, STRIPE);

  // Top line: logo mark, "Wissensnetz · Treffen".
  drawMark(ctx, PADDING_X, TOP - 8);
  const kickerX = PADDING_X + MARK_SIZE + 20;
  const kickerFont = font(700, KICKER_SIZE);
  const kicker = clampLines([card.kicker], 1, CARD_WIDTH - PADDING_X - kickerX, measureWith(ctx, kickerFont))[0] ?? '';
  ctx.font = kickerFont;
  ctx.fillStyle = CARD_COLOURS.text;
  ctx.fillText(kicker, kickerX, TOP + MARK_SIZE / 2 + KICKER_SIZE * 0.36 - 8);

  // Bottom: the context line (date and place, partner and city, …; a listing's introduction).
  const contextFont = font(400, CONTEXT_SIZE);
  const measureContext = measureWith(ctx, contextFont);
  const contextLines = card.context
    ? clampLines(wrapText(card.context, TEXT_WIDTH, measureContext).lines, CONTEXT_MAX_LINES, TEXT_WIDTH, measureContext)
    : [];
  const contextBaseline = CARD_HEIGHT - BOTTOM;
  ctx.font = contextFont;
  ctx.fillStyle = CARD_COLOURS.text;
  contextLines.forEach((line, index) => {
    ctx.fillText(line, PADDING_X, contextBaseline - (contextLines.length - 1 - index) * CONTEXT_LINE_HEIGHT);
  });

  // The title fills the space between, as large as it fits.
  const titleTop = TOP + MARK_SIZE + 44;
  const titleBottom = contextBaseline - (contextLines.length > 0 ? contextLines.length * CONTEXT_LINE_HEIGHT + 8 : 0);
  const title = fitText(card.title, {
    sizes: TITLE_SIZES,
    lineHeight: TITLE_LINE_HEIGHT,
    maxWidth: TEXT_WIDTH,
    maxHeight: titleBottom - titleTop,
    measureAt: (size) => measureWith(ctx, font(700, size)),
  });
  ctx.font = font(700, title.fontSize);
  ctx.fillStyle = CARD_COLOURS.text;
  title.lines.forEach((line, index) => {
    // Baseline: the top of the line plus 0.95 em (Noto Sans' ascent and a little air above).
    ctx.fillText(line, PADDING_X, titleTop + index * title.lineHeight + Math.round(title.fontSize * 0.95));
  });

  return ctx.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT).data;
}

/** The site's logo (the favicon's "W" on a rounded square), outlined in white. */
function drawMark(ctx: SKRSContext2D, x: number, y: number): void {
  const scale = MARK_SIZE / 32;
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  ctx.strokeStyle = CARD_COLOURS.text;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.roundRect(1, 1, 30, 30, 6);
  ctx.stroke();
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(7, 9);
  ctx.lineTo(11, 23);
  ctx.lineTo(16, 13);
  ctx.lineTo(21, 23);
  ctx.lineTo(25, 9);
  ctx.stroke();
  ctx.restore();
}
