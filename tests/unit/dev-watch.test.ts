/** `astro dev` skips generated sites and outputs, but always watches the site it serves. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedFilesIgnored } from '../../src/lib/dev-watch.ts';

test('generated folders are not watched; the real site and its code are', () => {
  const ignored = generatedFilesIgnored('/repo', '/repo');
  assert.equal(ignored('/repo/bench/.output/site-10000/content/stories/a.md'), true);
  assert.equal(ignored('/repo/tests/.output/synthetic-dist/index.html'), true);
  assert.equal(ignored('/repo/dist/index.html'), true);
  assert.equal(ignored('/repo/bench/starlight/src/content/docs/a.md'), true, 'the comparison corpus');
  assert.equal(ignored('/repo/bench'), true, 'the folder itself, so it is not even listed');
  assert.equal(ignored('/repo/content/stories/a.md'), false);
  assert.equal(ignored('/repo/src/pages/index.astro'), false);
  assert.equal(ignored('/repo/distribution/x.md'), false, 'only the folder itself, not names that start like it');
});

test('a served site inside a generated folder is watched, with the folders that lead to it', () => {
  const ignored = generatedFilesIgnored('/repo', '/repo/tests/.output/synthetic');
  assert.equal(ignored('/repo/tests/.output/synthetic/content/stories/a.md'), false);
  assert.equal(ignored('/repo/tests/.output/synthetic'), false);
  assert.equal(ignored('/repo/tests/.output'), false);
  assert.equal(ignored('/repo/tests/.output/synthetic-dist/index.html'), true);
});
