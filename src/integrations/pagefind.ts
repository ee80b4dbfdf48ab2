/**
 * In `astro dev`, serves the search index of the last build, if there is
 * one (the search UI says how to get one otherwise). The index itself is
 * built by scripts/build-search-index.ts as the last step of `npm run build`,
 * in its own process: started after Astro has exited, Pagefind's memory does
 * not add to Astro's, which halves the build's peak memory on large sites.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const PAGEFIND_FOLDER = 'pagefind';

export function pagefindDevServer(): AstroIntegration {
  let outDir = '';
  return {
    name: 'wissensnetz-pagefind-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const builtIndex = path.join(outDir, PAGEFIND_FOLDER);
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(`/${PAGEFIND_FOLDER}/`)) return next();
          const file = path.join(outDir, decodeURIComponent(url.pathname));
          if (!file.startsWith(builtIndex) || !fs.existsSync(file)) return next();
          const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
          response.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
          fs.createReadStream(file).pipe(response);
        });
        if (!fs.existsSync(builtIndex)) {
          logger.warn('Kein Suchindex gefunden: Die Suche funktioniert im Entwicklungsmodus erst nach einmal "npm run build".');
        }
      },
    },
  };
}
