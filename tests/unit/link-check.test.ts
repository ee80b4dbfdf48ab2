import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { checkLinks } from '../../tooling/link-check.ts';

const fixture = 'tests/fixtures/link-check/site';

test('reports exactly the broken internal links, anchors, downloads and images', () => {
  const broken = checkLinks(fixture, ['https://wissensnetz.example.org']).map((item) => `${item.page} → ${item.link}`);
  assert.deepEqual(broken.sort(), [
    '/ → /bilder/weg.png',
    '/ → /downloads/weg.pdf',
    '/ → /fehlt/',
    '/ → /seite/#gibtsnicht',
    '/ → https://wissensnetz.example.org/auch-weg/',
    '/seite/ → #nirgends',
  ]);
});

test('lint:links fails with the page and the link', () => {
  const result = spawnSync('npm', ['run', '--silent', 'lint:links', '--', fixture], { encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stdout, /\/seite\/ → #nirgends\n\s+Anker "#nirgends" fehlt auf \/seite\//);
});
