/**
 * The page model (page-model.ts) of this build, from Astro's collections,
 * loaded once and shared by the sitemap, the share cards and the layout.
 */
import { loadSiteIndex } from './site-data.ts';
import { readRedirects } from './redirects.ts';
import { contentDir } from './paths.ts';
import { changedAt } from './feeds.ts';
import { buildPageModel, type SitePage } from './page-model.ts';

let modelPromise: Promise<SitePage[]> | undefined;

export function loadPageModel(): Promise<SitePage[]> {
  modelPromise ??= loadSiteIndex().then((index) => buildPageModel({ index, removed: readRedirects(contentDir).removed, changedAt }));
  return modelPromise;
}
