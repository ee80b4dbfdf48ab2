/** A page's share card as PNG bytes: from the disk cache, or drawn and encoded now. */
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { cacheKey, readCachedCard, shareCardCacheDir, writeCachedCard } from './cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, drawnText, type ShareCard } from './card.ts';
import { drawCard, fontFilePaths } from './draw-card.ts';
import { encodeIndexedPng } from './indexed-png.ts';

export function shareCardPng(card: ShareCard, cacheDir = shareCardCacheDir()): Buffer {
  const key = cacheKey(drawnText(card), fontFilePaths());
  const cached = readCachedCard(cacheDir, key);
  if (cached) return cached;
  const png = renderCardPng(card);
  writeCachedCard(cacheDir, key, png);
  return png;
}

export function renderCardPng(card: ShareCard): Buffer {
  const pixels = drawCard(card);
  return encodeIndexedPng(pixels, CARD_WIDTH, CARD_HEIGHT) ?? encodeWithCanvas(pixels);
}

/**
 * The general encoder, for a picture with more than 256 colours (a
 * typeface with colour glyphs could do that). Slower and larger, but correct.
 */
function encodeWithCanvas(pixels: Uint8ClampedArray): Buffer {
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  canvas.getContext('2d').putImageData(new ImageData(pixels, CARD_WIDTH, CARD_HEIGHT), 0, 0);
  return canvas.toBuffer('image/png');
}
