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

test('the version follows the code files, a missing one included', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'versioned-file-'));
  try {
    const code = pathToFileURL(path.join(folder, 'rule.ts'));
    const lockfile = pathToFileURL(path.join(folder, 'package-lock.json'));
    fs.writeFileSync(code, 'eins');
    const withoutLockfile = codeVersion([code, lockfile]);
    fs.writeFileSync(lockfile, '{}');
    const withLockfile = codeVersion([code, lockfile]);
    assert.notEqual(withLockfile, withoutLockfile);
    fs.writeFileSync(code, 'zwei');
    assert.notEqual(codeVersion([code, lockfile]), withLockfile);

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
