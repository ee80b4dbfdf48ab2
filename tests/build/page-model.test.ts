/**
 * The page model (src/lib/page-model.ts) lists exactly the pages each
 * built site has, in every interface language: no page is built that the
 * sitemap and share cards do not know, and none is listed that is missing.
 * The model is built here from the checker's reading of the site's content.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../tooling/content-check/check.ts';
import { buildPageModel } from '../../src/lib/page-model.ts';
import { createSiteIndex, type AnyEntry } from '../../src/lib/site-index.ts';
import { readRedirects } from '../../src/lib/redirects.ts';
import { LOCALE_CODES, localizePath } from '../../src/i18n/locales.ts';
import { BUILDS, builtPages, isRedirectStub } from './support.ts';

/** Written by Astro for every language, outside any model: the not-found page. */
const NOT_FOUND = /^\/(?:[a-z]{2}\/)?404(?:\.html|\/)$/;

for (const build of BUILDS) {
  test(`${build.name}: the page model lists exactly the built pages`, async () => {
    const { entries } = await checkContent({ siteDir: build.siteDir, production: true });
    const published = entries
      .filter((entry) => entry.valid && !entry.data.draft)
      .map((entry) => ({ id: entry.id, collection: entry.collection, data: entry.data, filePath: entry.file }) as unknown as AnyEntry);
    const model = buildPageModel({
      index: createSiteIndex(published),
      removed: readRedirects(path.join(build.siteDir, 'content')).removed,
      changedAt: (entry) => entry.data.stand,
    });
    assert.equal(new Set(model.map((page) => page.path)).size, model.length, 'a path is listed twice');
    const expected = model.flatMap((page) => LOCALE_CODES.map((code) => localizePath(page.path, code))).sort();
    const built = builtPages(build.outDir)
      .filter((page) => !isRedirectStub(page) && !NOT_FOUND.test(page.url))
      .map((page) => page.url)
      .sort();
    assert.deepEqual(built, expected);
  });
}
