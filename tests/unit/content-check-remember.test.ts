/**
 * `astro dev` checks the content after every save and keeps what it read
 * (checkContent's `remember`): an unchanged file is not read again, and a
 * changed one always is, so a new mistake is reported at the next check and
 * a fixed one disappears.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../tooling/content-check/check.ts';
import { baseSite } from './support/content-check-cases.ts';

const RAW_SCRIPT = '\n<script>alert(1)</script>\n';

test('a remembering check reuses unchanged entries and rereads a changed file', async () => {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-remember-'));
  try {
    fs.cpSync(baseSite, siteDir, { recursive: true });
    const story = path.join(siteDir, 'content/stories/testgeschichte.md');
    const check = () => checkContent({ siteDir, production: true, displayRoot: siteDir, remember: true });

    const first = await check();
    assert.deepEqual(first.problems, []);
    const second = await check();
    for (const entry of second.entries) {
      assert.equal(entry, first.entries.find((earlier) => earlier.absolute === entry.absolute), `${entry.file} was read again though unchanged`);
    }

    // A save adds a script to the body: the next check reads the file again and reports it.
    fs.appendFileSync(story, RAW_SCRIPT);
    const broken = await check();
    assert.notEqual(broken.entries.find((entry) => entry.id === 'testgeschichte'), first.entries.find((entry) => entry.id === 'testgeschichte'));
    assert.ok(broken.problems.some((problem) => problem.file === 'content/stories/testgeschichte.md' && /script/i.test(problem.message)), JSON.stringify(broken.problems));

    // Saved back as it was: the problem is gone at the next check.
    fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace(RAW_SCRIPT, ''));
    assert.deepEqual((await check()).problems, []);
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
});
