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
