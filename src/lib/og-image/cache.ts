/**
 * Disk cache of drawn cards, so a rebuild draws only the cards whose text
 * changed. The key is a hash of everything that decides the picture: the
 * card's text, the renderer (the source files of this folder and the
 * canvas library's version) and the font files. Nothing is ever looked up
 * by page, so a stale entry cannot be served: changed input means a new key.
 *
 * Location: node_modules/.cache/wissensnetz-og/<site>/ (git-ignored, like
 * Astro's own cache), one folder per site folder (the real site, synthetic
 * test and benchmark sites), so that the build of one site can remove the
 * cards it no longer uses (pruneShareCardCache) without touching another's.
 * A missing or emptied folder only means the cards are drawn again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { projectRoot } from '../paths.ts';

export const CACHE_ROOT = path.join(projectRoot, 'node_modules/.cache/wissensnetz-og');

/** The cache folder of the site being built (WISSENSNETZ_SITE_DIR, as astro.config.mjs names Astro's cache). */
export function shareCardCacheDir(siteDir = process.env.WISSENSNETZ_SITE_DIR): string {
  return path.join(CACHE_ROOT, siteDir ? siteDir.replace(/[^A-Za-z0-9]+/g, '-') : 'site');
}

const RENDERER_DIR = path.join(projectRoot, 'src/lib/og-image');

let rendererHash: string | undefined;

/** Hash of the renderer and its fonts, computed once per build. */
function rendererFingerprint(fontFiles: readonly string[]): string {
  if (rendererHash) return rendererHash;
  const hash = crypto.createHash('sha256');
  // Any change to the drawing, layout or encoder code draws every card again (a changed comment too: harmless).
  for (const file of fs.readdirSync(RENDERER_DIR).filter((name) => name.endsWith('.ts')).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(RENDERER_DIR, file)));
  }
  // Skia's text rendering can change between releases of the canvas package.
  const canvasPackage = createRequire(path.join(projectRoot, 'package.json'))('@napi-rs/canvas/package.json') as { version: string };
  hash.update(`@napi-rs/canvas@${canvasPackage.version}`);
  for (const file of fontFiles) hash.update(fs.readFileSync(file));
  rendererHash = hash.digest('hex');
  return rendererHash;
}

export function cacheKey(drawn: unknown, fontFiles: readonly string[]): string {
  return crypto.createHash('sha256').update(rendererFingerprint(fontFiles)).update(JSON.stringify(drawn)).digest('hex').slice(0, 32);
}

/** The cached PNG, or undefined. Asynchronous, so that with build.concurrency Astro renders other pages meanwhile. */
export async function readCachedCard(dir: string, key: string): Promise<Buffer | undefined> {
  const file = path.join(dir, `${key}.png`);
  try {
    const png = await fs.promises.readFile(file);
    // Mark it as used by this build; pruning removes what no build used.
    const now = new Date();
    await fs.promises.utimes(file, now, now);
    return png;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Marks a cached card as used by this build without reading it; false when
 * it is missing. An incremental build copies most images from the last
 * build and asks this cache for none of them, yet they are still used.
 */
export function touchCachedCard(dir: string, key: string): boolean {
  const now = new Date();
  try {
    fs.utimesSync(path.join(dir, `${key}.png`), now, now);
    return true;
  } catch {
    return false;
  }
}

export function writeCachedCard(dir: string, key: string, png: Buffer): void {
  fs.mkdirSync(dir, { recursive: true });
  // Write, then rename: an interrupted build never leaves half a file under a valid key.
  const temporary = path.join(dir, `${key}.${process.pid}-${threadId}.tmp`);
  fs.writeFileSync(temporary, png);
  fs.renameSync(temporary, path.join(dir, `${key}.png`));
}

/** Removes the cards of this site's cache that the build that started at `since` did not use. */
export function pruneShareCardCache(dir: string, since: Date): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    // The drawing worker may still be renaming a card it drew twice (share-image.ts): a vanished file is fine.
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat && stat.mtime < since) {
      fs.rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
