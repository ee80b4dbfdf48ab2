/**
 * Builds the Pagefind search index right after Astro writes the site, so
 * `npm run build` always ships a matching index. In `astro dev` it serves
 * the index of the last build, if there is one (see the search UI for the
 * message shown when there is none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export const PAGEFIND_FOLDER = 'pagefind';

export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'wissensnetz-pagefind',
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
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: site });
        if (indexed.errors.length) throw new Error(`Pagefind-Fehler: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, PAGEFIND_FOLDER) });
        if (written.errors.length) throw new Error(`Pagefind-Fehler: ${written.errors.join('; ')}`);
        await close();
        logger.info(`Suchindex: ${indexed.page_count} Seiten indexiert.`);
      },
    },
  };
}
