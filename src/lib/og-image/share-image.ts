/**
 * A page's share card as PNG bytes: from the disk cache, or drawn now and
 * put in the cache.
 *
 * Why a worker thread: drawing and encoding a card costs more CPU than
 * rendering an HTML page, and Astro renders on one thread; drawing every
 * card there made a cold build markedly slower (docs/benchmarks.md, "Open
 * Graph images"). So the cards missing from the cache are drawn in one
 * worker, started as soon as Astro knows the image routes, while Astro
 * renders the HTML pages. The worker walks the cards from the last one,
 * Astro asks for them from the first: if Astro gets there before the worker
 * is done, it draws what is missing itself, and the two meet in the middle
 * without any coordination but the cache files.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { projectRoot } from '../paths.ts';
import { cacheKey, readCachedCard, shareCardCacheDir, touchCachedCard, writeCachedCard } from './cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardText, type CardText, type ShareCard } from './card.ts';
import { drawCard, fontFilePaths } from './draw-card.ts';
import { encodeIndexedPng } from './indexed-png.ts';
import type { DrawJob } from './draw-worker.ts';

/** Loaded by Node from source, not from Astro's bundle (draw-worker.ts explains). */
const WORKER_FILE = path.join(projectRoot, 'src/lib/og-image/draw-worker.ts');
/** Starting a worker (Skia, fonts) costs a fraction of a second: a few cards are drawn faster on Astro's thread. */
const MIN_CARDS_FOR_WORKER = 16;

let workerStarted = false;

export async function shareCardPng(card: ShareCard, cacheDir = shareCardCacheDir()): Promise<Buffer> {
  const text = cardText(card);
  const key = cacheKey(text, fontFilePaths());
  const cached = await readCachedCard(cacheDir, key);
  if (cached) return cached;
  const png = renderCardPng(text);
  writeCachedCard(cacheDir, key, png);
  return png;
}

/**
 * Starts drawing the cards missing from the cache in a worker thread, last
 * first, and marks the cached ones as used. Returns at once.
 */
export function drawMissingCardsInBackground(cards: readonly ShareCard[], cacheDir = shareCardCacheDir()): void {
  if (workerStarted) return;
  const missing = new Map<string, CardText>();
  for (const card of cards) {
    const text = cardText(card);
    const key = cacheKey(text, fontFilePaths());
    if (!missing.has(key) && !touchCachedCard(cacheDir, key)) missing.set(key, text);
  }
  if (missing.size < MIN_CARDS_FOR_WORKER) return;
  workerStarted = true;
  const job: DrawJob = { cacheDir, cards: [...missing].map(([key, text]) => ({ key, text })).reverse() };
  // A failed worker is not fatal: Astro draws the cards still missing, and a lasting error shows again there.
  new Worker(WORKER_FILE, { workerData: job }).on('error', (error) => console.warn(`Vorschaubilder: Zeichen-Thread abgebrochen: ${error.message}`));
}

/** A card's text to PNG bytes: draw, then encode. */
export function renderCardPng(card: CardText): Buffer {
  const pixels = drawCard(card);
  return encodeIndexedPng(pixels, CARD_WIDTH, CARD_HEIGHT) ?? encodeWithCanvas(pixels);
}

/** The general encoder, for a picture with more than 256 colours (a typeface with colour glyphs could do that). */
function encodeWithCanvas(pixels: Uint8ClampedArray): Buffer {
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  canvas.getContext('2d').putImageData(new ImageData(pixels, CARD_WIDTH, CARD_HEIGHT), 0, 0);
  return canvas.toBuffer('image/png');
}
