/**
 * The page model (page-model.ts) of this build, from Astro's collections,
 * loaded once and shared by the sitemap, the share cards, the layout and
 * the incremental-build keys.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadSiteIndex } from './site-data.ts';
import { readRedirects } from './redirects.ts';
import { contentDir, publicDir } from './paths.ts';
import { changedAt } from './feeds.ts';
import { buildPageModel, type SitePage } from './page-model.ts';
import { pageCacheKeys } from './page-keys.ts';
import { lastCommitDate } from './git-dates.ts';

let modelPromise: Promise<SitePage[]> | undefined;

export function loadPageModel(): Promise<SitePage[]> {
  modelPromise ??= loadSiteIndex().then((index) => buildPageModel({ index, removed: readRedirects(contentDir).removed, changedAt }));
  return modelPromise;
}

/** A download's SHA-256; a missing file has none (the page that lists it stops the build). */
function downloadFingerprint(href: string): string {
  const file = path.join(publicDir, ...href.split('/').filter(Boolean));
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('base64url');
  } catch {
    return 'missing';
  }
}

let keysPromise: Promise<Map<string, string>> | undefined;

/** Incremental-build key of every page getStaticPaths() lists, by its default-language address (page-keys.ts). */
export function loadPageKeys(): Promise<Map<string, string>> {
  keysPromise ??= Promise.all([loadSiteIndex(), loadPageModel()]).then(([index, pages]) =>
    pageCacheKeys({
      index,
      pages,
      changedInGit: (entry) => lastCommitDate(entry.filePath),
      fileFingerprint: downloadFingerprint,
    }),
  );
  return keysPromise;
}
