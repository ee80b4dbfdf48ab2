/** The output folder kept between builds: after a build, only what it wrote or kept stays (src/integrations/reuse-output.ts). */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { holdsProject, sweepOutput } from '../../src/integrations/reuse-output.ts';

function write(root: string, file: string, mtimeMs: number) {
  const absolute = path.join(root, file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  fs.writeFileSync(absolute, file);
  fs.utimesSync(absolute, mtimeMs / 1000, mtimeMs / 1000);
}

test('files neither written since the start nor kept are swept, with the folders they leave empty; .git stays', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-sweep-'));
  try {
    const started = Date.now() - 60_000;
    write(outDir, 'erfolgsgeschichten/kept/index.html', started - 5_000);
    write(outDir, 'erfolgsgeschichten/rendered/index.html', started + 1_000);
    write(outDir, 'erfolgsgeschichten/deleted/index.html', started - 5_000);
    write(outDir, 'downloads/removed.pdf', started - 5_000);
    write(outDir, 'pagefind/pagefind.js', started - 5_000);
    write(outDir, '.git/HEAD', started - 5_000);

    const swept = sweepOutput(outDir, started, new Set(['erfolgsgeschichten/kept/index.html']));

    assert.equal(swept, 3);
    const left = (fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).sort();
    assert.deepEqual(left, [
      '.git', '.git/HEAD',
      'erfolgsgeschichten', 'erfolgsgeschichten/kept', 'erfolgsgeschichten/kept/index.html',
      'erfolgsgeschichten/rendered', 'erfolgsgeschichten/rendered/index.html',
    ]);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});

test('an output folder that holds the project or its cache is never swept', () => {
  assert.equal(holdsProject(process.cwd(), path.join(process.cwd(), 'node_modules/.astro')), true, 'the project folder itself');
  assert.equal(holdsProject(path.dirname(process.cwd()), '/elsewhere/cache'), true, 'a folder around the project');
  assert.equal(holdsProject(path.join(process.cwd(), 'dist'), path.join(process.cwd(), 'node_modules/.astro')), false, 'the usual dist/');
  assert.equal(holdsProject('/tmp/out', '/tmp/out/cache'), true, 'the cache inside the output');
});
