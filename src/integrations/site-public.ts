/**
 * The site's own static files (search UI, robots.txt) live in public/ at
 * the project root. A site built from another folder (WISSENSNETZ_SITE_DIR:
 * synthetic test and benchmark sites) brings its own public/ with its
 * downloads; this copies it into the output after the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { projectRoot, publicDir } from '../lib/paths.ts';

export function sitePublicFiles(): AstroIntegration {
  return {
    name: 'wissensnetz-site-public',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (path.resolve(publicDir) === path.resolve(projectRoot, 'public') || !fs.existsSync(publicDir)) return;
        // Symlinks are never copied: one could publish any file of the build machine
        // (the content check refuses them before the build; this is the second line).
        fs.cpSync(publicDir, fileURLToPath(dir), { recursive: true, filter: (source) => !fs.lstatSync(source).isSymbolicLink() });
        logger.info(`Dateien aus ${path.relative(projectRoot, publicDir)} übernommen.`);
      },
    },
  };
}
