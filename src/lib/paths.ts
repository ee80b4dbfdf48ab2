/**
 * Where the site's editable input lives. Tests and the benchmark point these
 * at fixture or synthetic sites through environment variables; the real
 * site uses the folders at the project root.
 */
import path from 'node:path';

// Astro, the scripts and the tests all run from the project root (npm scripts do).
const projectRoot = process.cwd();

/** Root of a site's input: holds content/ and public/. */
export const siteDir = path.resolve(projectRoot, process.env.WISSENSNETZ_SITE_DIR ?? '.');
export const contentDir = path.join(siteDir, 'content');
export const publicDir = path.join(siteDir, 'public');
export { projectRoot };

/**
 * The build's cache folder (Astro's `cacheDir`; the search index step keeps
 * its own cache there too). Each site folder (the real one, synthetic test
 * and benchmark sites) has its own, so building one never reuses another's
 * entries; WISSENSNETZ_CACHE_DIR lets the incremental-build tests start one
 * build cold and another warm.
 */
export const cacheDir = path.resolve(
  projectRoot,
  process.env.WISSENSNETZ_CACHE_DIR ??
    (process.env.WISSENSNETZ_SITE_DIR ? `node_modules/.astro/sites/${process.env.WISSENSNETZ_SITE_DIR.replace(/[^A-Za-z0-9]+/g, '-')}` : 'node_modules/.astro'),
);
