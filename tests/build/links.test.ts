import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLinks, formatLinkReport } from '../../tooling/link-check.ts';
import { siteConfig } from '../../src/site.config.ts';
import { BUILDS, builtPages } from './support.ts';

for (const build of BUILDS) {
  test(`${build.name}: no broken internal links, anchors, downloads or images`, () => {
    const broken = checkLinks(build.outDir, [new URL(siteConfig.url).origin]);
    assert.deepEqual(broken, [], formatLinkReport(broken, builtPages(build.outDir).length));
  });
}
