/**
 * Worker thread that draws share cards into the disk cache, so drawing runs
 * on the machine's other core while Astro renders HTML pages on the main
 * thread (see share-image.ts). Node runs this file from source (type
 * stripping), outside Astro's bundle; it imports only the renderer and the
 * cache, never the content modules.
 *
 * Input (workerData, DrawJob below): the cache folder, the cards in the
 * order Astro will ask for them, and the shared claims array through which
 * the worker and Astro's main thread split the cards. Output: one message
 * per card this worker drew, once its file is in the cache, or an error.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { writeCachedCard } from './cache.ts';
import type { CardText } from './card.ts';
import { renderCardPng } from './render-card.ts';
import { UNCLAIMED } from './share-image.ts';

export interface DrawJob {
  cacheDir: string;
  /** Every card to draw, in the order Astro will ask for them. */
  cards: { key: string; text: CardText }[];
  /** One slot per card, shared by all threads: a card is drawn by whoever claims its slot first. */
  claims: Int32Array;
  /** What this worker writes into the slots it claims. */
  marker: number;
}

export type DrawMessage = { drawn: string } | { failed: string; error: string };

const { cacheDir, cards, claims, marker } = workerData as DrawJob;
for (const [slot, { key, text }] of cards.entries()) {
  if (Atomics.compareExchange(claims, slot, UNCLAIMED, marker) !== UNCLAIMED) continue;
  // The canvas hands out its pixels in native buffers that are freed only
  // between turns of the event loop: drawing every card in one synchronous
  // loop grew the worker to 4 GB for 1,000 cards and made each card several
  // times slower (page faults). One turn per card keeps it near 200 MB.
  await nextTurn();
  try {
    writeCachedCard(cacheDir, key, renderCardPng(text));
    parentPort?.postMessage({ drawn: key } satisfies DrawMessage);
  } catch (error) {
    parentPort?.postMessage({ failed: key, error: String((error as Error).stack ?? error) } satisfies DrawMessage);
  }
}
