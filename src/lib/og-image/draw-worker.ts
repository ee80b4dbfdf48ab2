/**
 * Worker thread that draws share cards into the disk cache (see
 * share-image.ts). Node runs this file from source (type stripping),
 * outside Astro's bundle; it imports only the renderer and the cache,
 * never the content modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { workerData } from 'node:worker_threads';
import { writeCachedCard } from './cache.ts';
import type { CardText } from './card.ts';
import { renderCardPng } from './share-image.ts';

export interface DrawJob {
  cacheDir: string;
  /** The cards to draw, in this order. */
  cards: { key: string; text: CardText }[];
}

const { cacheDir, cards } = workerData as DrawJob;
for (const { key, text } of cards) {
  // The canvas hands out pixels in native buffers that are freed only
  // between turns of the event loop: one turn per card keeps memory flat.
  await nextTurn();
  // Astro's thread may have drawn it already (share-image.ts).
  if (fs.existsSync(path.join(cacheDir, `${key}.png`))) continue;
  writeCachedCard(cacheDir, key, renderCardPng(text));
}
