/**
 * The caches in the build's cache folder (tooling/cache/versioned-file.ts)
 * trust only what the same code wrote, and a missing code file (a copy of
 * the project without its lockfile) must not stop the check or the build.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { codeVersion, readVersionedFile, writeVersionedFile } from '../../tooling/cache/versioned-file.ts';

test('the version follows the code files, a missing one included, wherever the project is', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'versioned-file-'));
  try {
    const base = pathToFileURL(path.join(folder, 'module.ts'));
    const files = ['./rule.ts', './package-lock.json'];
    fs.writeFileSync(path.join(folder, 'rule.ts'), 'eins');
    const withoutLockfile = codeVersion(base, files);
    fs.writeFileSync(path.join(folder, 'package-lock.json'), '{}');
    const withLockfile = codeVersion(base, files);
    assert.notEqual(withLockfile, withoutLockfile);

    // The same code elsewhere (another checkout) has the same version.
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'versioned-file-'));
    fs.cpSync(folder, elsewhere, { recursive: true });
    assert.equal(codeVersion(pathToFileURL(path.join(elsewhere, 'module.ts')), files), withLockfile);
    fs.rmSync(elsewhere, { recursive: true, force: true });

    fs.writeFileSync(path.join(folder, 'rule.ts'), 'zwei');
    assert.notEqual(codeVersion(base, files), withLockfile);

    const file = path.join(folder, 'cache', 'cache.json');
    writeVersionedFile(file, withLockfile, { a: 1 });
    assert.deepEqual(readVersionedFile(file, withLockfile), { a: 1 });
    assert.deepEqual(readVersionedFile(file, withoutLockfile), {}, 'another version is not trusted');
    fs.writeFileSync(file, '{"version":');
    assert.deepEqual(readVersionedFile(file, withLockfile), {}, 'a file cut short reads as empty');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
