/**
 * How the built pages get the content store. Astro's build turns its data
 * store file (`data-store.json` in the cache folder) into a module holding the
 * whole file as one string literal, `export default JSON.parse("…")`. V8
 * compiles such a literal in time that grows with the square of its length:
 * at 10,000 entries (32 MB) importing that module took 8.9 s, against 0.4 s
 * for parsing the same JSON (docs/incremental-builds.md). In a build this
 * integration serves the module instead as code that reads the same file
 * when the pages are generated: Astro writes the file before it bundles the
 * pages, and nothing changes it until the build ends.
 *
 * The module's id and its marker as content data (which keeps the store out
 * of every page's code hash for incremental builds) are Astro internals;
 * tests/unit/data-store-module.test.ts fails when Astro changes either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of `astro:data-layer-content` (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
/** Astro's marker for modules that carry content, not code (astro/dist/core/build/incremental-metadata.js). */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } } as const;
const DATA_STORE_FILE = 'data-store.json';

/** The module's code: the store read from its file when the module is first imported. */
export function dataStoreModuleCode(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

export function dataStoreModule(): AstroIntegration {
  return {
    name: 'wissensnetz-data-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // `astro dev` keeps Astro's own module: its store lives elsewhere and is reloaded on every edit.
        if (command !== 'build') return;
        // Chunked storage has no single store file; an old one from before would be stale.
        const storage = config.experimental.collectionStorage;
        if (storage !== undefined && storage !== 'single-file') return;
        const storeFile = path.join(fileURLToPath(config.cacheDir), DATA_STORE_FILE);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'wissensnetz-data-store-module',
                enforce: 'pre',
                load: {
                  // Before Astro's own hook for the same module, which also comes early.
                  order: 'pre',
                  handler(id: string) {
                    // Without a store file (no content yet) Astro's own module stays.
                    if (id !== DATA_STORE_MODULE_ID || !fs.existsSync(storeFile)) return null;
                    return { code: dataStoreModuleCode(storeFile), map: { mappings: '' }, meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
