/**
 * The editor at /admin/ is built next to each site but is not a reading
 * page: its configuration is the generated one, it is noindex and outside
 * the sitemap, its policy names no host but the Git host's API and the
 * contributor's own decap-server, and no reading page loads its code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { editorConfigYaml, LOCAL_BACKEND_URL } from '../../tooling/editor/config.ts';
import { BUILDS, builtPages } from './support.ts';

for (const build of BUILDS) {
  const admin = path.join(build.outDir, 'admin');

  test(`${build.name}: the built editor configuration is the one generated from the schemas`, () => {
    assert.equal(fs.readFileSync(path.join(admin, 'config.yml'), 'utf8'), editorConfigYaml(), 'admin/config.yml is stale: npm run schemas:generate, then build');
  });

  test(`${build.name}: /admin/ is noindex, self-hosted and outside the sitemap`, () => {
    const html = fs.readFileSync(path.join(admin, 'index.html'), 'utf8');
    assert.match(html, /<meta name="robots" content="noindex/);
    assert.ok(!html.includes('data-pagefind-body'), 'not indexed for search');
    for (const [, src] of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) assert.ok(src!.startsWith('/admin/') || src!.startsWith('data:'), `${src} is not self-hosted`);
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const hosts = [...csp.matchAll(/https?:\/\/[^\s;]+/g)].map(([host]) => host).sort();
    assert.deepEqual(hosts, ['https://api.github.com', new URL(LOCAL_BACKEND_URL).origin].sort());
    assert.ok(fs.existsSync(path.join(admin, 'editor.js')));
    assert.ok(!fs.readFileSync(path.join(build.outDir, 'sitemap.xml'), 'utf8').includes('/admin/'));
  });

  test(`${build.name}: no reading page refers to the editor's code`, () => {
    for (const page of builtPages(build.outDir)) assert.ok(!page.html.includes('/admin/editor.js'), page.url);
  });
}
