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
 * workers 3.5 s (they compete with the main thread), drawing on the main
 * thread 13 s.
 */
const MAX_WORKERS = Math.min(4, Math.max(1, os.availableParallelism() - 1));

/** Cards being drawn by a worker, by cache key; settled once the file is in the cache. */
const inProgress = new Map<string, Promise<void>>();

function keyOf(text: CardText): string {
  return cacheKey(text, fontFilePaths());
}

export async function shareCardPng(card: ShareCard, cacheDir = shareCardCacheDir()): Promise<Buffer> {
  const text = cardText(card);
  const key = keyOf(text);
  // If the worker failed, the card is drawn below; the error is not lost, drawing it here repeats it.
  await inProgress.get(key)?.catch(() => undefined);
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
  const missing = new Map<string, CardText>();
  for (const card of cards) {
    const text = cardText(card);
    const key = keyOf(text);
    if (inProgress.has(key) || missing.has(key) || fs.existsSync(path.join(cacheDir, `${key}.png`))) continue;
    missing.set(key, text);
  }
  const jobs = [...missing].map(([key, text]) => ({ key, text }));
  const workerCount = Math.min(MAX_WORKERS, Math.floor(jobs.length / MIN_CARDS_PER_WORKER));
  // Dealt out in turn, so each worker goes through the list in Astro's order.
  for (let worker = 0; worker < workerCount; worker += 1) {
    startWorker({ cacheDir, cards: jobs.filter((_, index) => index % workerCount === worker) });
  }
}

function startWorker(job: DrawJob): void {
  const waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  for (const { key } of job.cards) {
    const promise = new Promise<void>((resolve, reject) => waiting.set(key, { resolve, reject }));
    // Handled in shareCardPng; this keeps an unawaited failure from ending the build.
    promise.catch(() => undefined);
    inProgress.set(key, promise);
  }
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  const worker = new Worker(WORKER_FILE, { workerData: job });
  worker.on('message', (message: DrawMessage) => {
    const key = 'drawn' in message ? message.drawn : message.failed;
    const settle = waiting.get(key);
    waiting.delete(key);
    if ('drawn' in message) settle?.resolve();
    else settle?.reject(new Error(message.error));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`share card worker ended (exit code ${code}) before drawing every card`)));
}
