/**
 * Page weight budgets. Reading pages ship no script files (the search code
 * loads only when search is opened); a typical page's HTML with its inlined
 * CSS fits 14 KB gzipped, the first round trip of a TCP connection.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { BUILDS, builtPages, isRedirectStub } from './support.ts';

const TYPICAL_BUDGET = 14 * 1024;
/** Long meeting records and training modules may exceed one round trip, but not this. */
const LARGEST_BUDGET = 40 * 1024;

for (const build of BUILDS) {
  const pages = builtPages(build.outDir).filter((page) => !isRedirectStub(page));

  // The search page too: its inline script adds the search code (src/lib/inline-scripts.ts).
  test(`${build.name}: pages reference no script files`, () => {
    for (const page of pages) {
      const external = [...page.html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
      assert.deepEqual(external, [], `${page.url} loads scripts`);
    }
  });

  test(`${build.name}: HTML with inlined CSS stays within the page weight budget`, () => {
    const sizes = pages.map((page) => ({ url: page.url, bytes: gzipSync(page.html).length })).sort((a, b) => a.bytes - b.bytes);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    const largest = sizes.at(-1)!;
    console.log(`  ${build.name}: ${sizes.length} Seiten, typisch (Median) ${(median.bytes / 1024).toFixed(1)} KB gzip, größte ${largest.url} ${(largest.bytes / 1024).toFixed(1)} KB gzip`);
    assert.ok(median.bytes <= TYPICAL_BUDGET, `typical page ${median.url} is ${median.bytes} bytes gzipped`);
    assert.ok(largest.bytes <= LARGEST_BUDGET, `largest page ${largest.url} is ${largest.bytes} bytes gzipped`);
  });

  test(`${build.name}: every image declares its size and alternative text`, () => {
    for (const page of pages) {
      for (const [image] of page.html.matchAll(/<img\b[^>]*>/g)) {
        assert.match(image, /\salt="/, `${page.url}: ${image}`);
        if (!/src="data:/.test(image)) {
          assert.match(image, /\swidth="\d+"/, `${page.url}: ${image} has no width`);
          assert.match(image, /\sheight="\d+"/, `${page.url}: ${image} has no height`);
        }
      }
    }
  });
}
