/**
 * A page's share card as PNG bytes: from the disk cache, from a drawing
 * worker, or drawn here and now.
 *
 * Why workers: drawing and encoding a card costs a few milliseconds of CPU,
 * more than rendering an HTML page, and Astro renders pages one after the
 * other on one thread. The build therefore starts the drawing of every card
 * missing from the cache in worker threads as soon as the image route's
 * paths are known (before any page is rendered), so the cards are drawn on
 * the other cores while Astro renders the HTML pages; when Astro reaches an
 * image, it usually only reads the file. Measured figures: docs/benchmarks.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../paths.ts';
import { cacheKey, readCachedCard, shareCardCacheDir, writeCachedCard } from './cache.ts';
import { cardText, type CardText, type ShareCard } from './card.ts';
import { fontFilePaths } from './draw-card.ts';
import { renderCardPng } from './render-card.ts';
import type { DrawJob, DrawMessage } from './draw-worker.ts';

/** Loaded by Node from source, not from Astro's bundle (draw-worker.ts explains). */
const WORKER_FILE = path.join(projectRoot, 'src/lib/og-image/draw-worker.ts');
/** A worker costs a fraction of a second to start (Skia, fonts); a few cards are drawn faster here. */
const MIN_CARDS_PER_WORKER = 16;
/**
 * One core stays with Astro's main thread. Measured on 2 cores, 1,000-entry
 * synthetic site, cold: one worker added 1.7 s to a 6.9 s `astro build`, two
 * workers 3.5 s (they compete with the main thread); drawing everything on
 * the main thread added 7.4 s to 5.4 s (docs/benchmarks.md).
 */
const MAX_WORKERS = Math.min(4, Math.max(1, os.availableParallelism() - 1));

/**
 * The cards the workers were given, as one shared queue: `claims` holds one
 * slot per card, and whoever takes a card first (compare-and-swap on its
 * slot) draws it: a worker walking the list, or Astro's main thread when it
 * asks for a card no worker has started yet, rather than wait idle.
 */
export const UNCLAIMED = 0;
const CLAIMED_BY_MAIN_THREAD = 1;
/** Worker n writes n + FIRST_WORKER_MARKER into the slots it claims. */
const FIRST_WORKER_MARKER = 2;

interface QueuedCard {
  slot: number;
  /** Settles once a worker has put the card in the cache (rejects if that worker failed). */
  drawn: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}
const queue = new Map<string, QueuedCard>();
let claims: Int32Array | undefined;

function keyOf(text: CardText): string {
  return cacheKey(text, fontFilePaths());
}

export async function shareCardPng(card: ShareCard, cacheDir = shareCardCacheDir()): Promise<Buffer> {
  const text = cardText(card);
  const key = keyOf(text);
  const queued = queue.get(key);
  if (queued && claims && Atomics.compareExchange(claims, queued.slot, UNCLAIMED, CLAIMED_BY_MAIN_THREAD) !== UNCLAIMED) {
    // A worker has taken it. If that worker fails, the card is drawn below (and the error repeats there).
    await queued.drawn.catch(() => undefined);
  }
  const cached = await readCachedCard(cacheDir, key);
  if (cached) return cached;
  const png = renderCardPng(text);
  writeCachedCard(cacheDir, key, png);
  return png;
}

/**
 * Starts drawing, in worker threads, every card that is not in the cache
 * yet, in the given order (the order Astro asks for them). Returns at once.
 */
export function drawMissingCardsInBackground(cards: readonly ShareCard[], cacheDir = shareCardCacheDir()): void {
  if (claims) return;
  const missing = new Map<string, CardText>();
  for (const card of cards) {
    const text = cardText(card);
    const key = keyOf(text);
    if (missing.has(key) || fs.existsSync(path.join(cacheDir, `${key}.png`))) continue;
    missing.set(key, text);
  }
  const workerCount = Math.min(MAX_WORKERS, Math.floor(missing.size / MIN_CARDS_PER_WORKER));
  if (workerCount === 0) return;
  const jobs = [...missing].map(([key, text]) => ({ key, text }));
  claims = new Int32Array(new SharedArrayBuffer(jobs.length * Int32Array.BYTES_PER_ELEMENT));
  jobs.forEach(({ key }, slot) => {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const drawn = new Promise<void>((onResolve, onReject) => {
      resolve = onResolve;
      reject = onReject;
    });
    // Handled in shareCardPng; this keeps an unawaited failure from ending the build.
    drawn.catch(() => undefined);
    queue.set(key, { slot, drawn, resolve, reject });
  });
  for (let worker = 0; worker < workerCount; worker += 1) startWorker({ cacheDir, cards: jobs, claims, marker: FIRST_WORKER_MARKER + worker });
}

function startWorker(job: DrawJob): void {
  const worker = new Worker(WORKER_FILE, { workerData: job });
  worker.on('message', (message: DrawMessage) => {
    if ('drawn' in message) queue.get(message.drawn)?.resolve();
    else queue.get(message.failed)?.reject(new Error(message.error));
  });
  // A worker that fails leaves the cards it had taken to the main thread; the others go on.
  const failTaken = (error: Error) => {
    for (const queued of queue.values()) if (Atomics.load(job.claims, queued.slot) === job.marker) queued.reject(error);
  };
  worker.on('error', failTaken);
  worker.on('exit', (code) => {
    if (code !== 0) failTaken(new Error(`share card worker ended with exit code ${code}`));
  });
}
