/**
 * The content store's module in a build (src/integrations/data-store-module.ts):
 * it must give the pages exactly the store Astro wrote, and it relies on
 * three Astro internals. When an Astro update changes one of them, these
 * tests fail instead of the build silently going back to the slow module
 * or, worse, marking the store as code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CONTENT_DATA_META, DATA_STORE_MODULE_ID, dataStoreModule, dataStoreModuleCode } from '../../src/integrations/data-store-module.ts';

const astroFile = (file: string) => import(pathToFileURL(path.resolve('node_modules/astro/dist', file)).href);

test("the module id is Astro's resolved id of its data store module", async () => {
  const consts = await astroFile('content/consts.js');
  assert.equal(DATA_STORE_MODULE_ID, consts.RESOLVED_DATA_STORE_VIRTUAL_ID);
});

test("the module carries Astro's marker for content data, which keeps it out of the pages' code hashes", async () => {
  const metadata = await astroFile('core/build/incremental-metadata.js');
  assert.deepEqual(CONTENT_DATA_META, metadata.createContentDataIncrementalMetadata());
  assert.equal(metadata.isContentDataIncrementalModule({ meta: CONTENT_DATA_META }), true);
});

test("a build's store file is data-store.json in the cache folder, where the integration reads it", async () => {
  const { getDataStoreFile } = await astroFile('content/paths.js');
  const cacheDir = pathToFileURL(path.join(os.tmpdir(), 'cache/'));
  assert.equal(getDataStoreFile({ config: { cacheDir } }, false).href, new URL('data-store.json', cacheDir).href);
});

test('the module gives the store exactly as the file holds it', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'data-store-module-'));
  try {
    // Quotes, backslashes, umlauts and a line break: what a string literal would have to escape.
    const store = [['Map', 1, 2], 'stories', { title: 'Begegnungscafé „Über\\All“\nzweite Zeile', ß: true }];
    const storeFile = path.join(folder, 'data-store "1".json');
    fs.writeFileSync(storeFile, JSON.stringify(store));
    const moduleFile = path.join(folder, 'module.mjs');
    fs.writeFileSync(moduleFile, dataStoreModuleCode(storeFile));
    const loaded = await import(pathToFileURL(moduleFile).href);
    assert.deepEqual(loaded.default, store);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('in a build the plugin serves the module from the store file; not in dev, not for chunked storage, not without a file', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-store-plugin-'));
  try {
    const pluginsFor = (command: string, collectionStorage?: string) => {
      const plugins: { load: { handler(id: string): { code: string; meta: unknown } | null } }[] = [];
      const setup = dataStoreModule().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
      setup({
        command,
        config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: collectionStorage ? { collectionStorage } : {} },
        updateConfig: (update: { vite: { plugins: typeof plugins } }) => plugins.push(...update.vite.plugins),
      });
      return plugins;
    };
    assert.equal(pluginsFor('dev').length, 0);
    assert.equal(pluginsFor('build', 'chunked').length, 0);
    const [plugin] = pluginsFor('build');
    assert.equal(plugin!.load.handler(DATA_STORE_MODULE_ID), null, 'no store file yet: Astro keeps its module');
    fs.writeFileSync(path.join(cacheDir, 'data-store.json'), '[]');
    const served = plugin!.load.handler(DATA_STORE_MODULE_ID)!;
    assert.equal(served.code, dataStoreModuleCode(path.join(cacheDir, 'data-store.json')));
    assert.deepEqual(served.meta, CONTENT_DATA_META);
    assert.equal(plugin!.load.handler('\0astro:content'), null, 'other modules are left to Astro');
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
});
