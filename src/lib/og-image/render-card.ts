/** A card's text to PNG bytes: draw, then encode. No cache, no files: see share-image.ts for those. */
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from './card.ts';
import { drawCard } from './draw-card.ts';
import { encodeIndexedPng } from './indexed-png.ts';

export function renderCardPng(card: CardText): Buffer {
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
