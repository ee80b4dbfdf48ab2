/**
 * The content check keeps each body's verdict in the build's cache folder
 * (tooling/content-check/body-verdicts.ts). A check with the cache must
 * report exactly what a check without it reports: the right line after the
 * front matter grew, a new mistake in a changed body, nothing from a cache
 * written by other code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { checkContent } from '../../tooling/content-check/check.ts';
import { BODY_VERDICTS_FILE, bodyKey } from '../../tooling/content-check/body-verdicts.ts';
import { baseSite } from './support/content-check-cases.ts';

const RAW_SCRIPT = '\n<script>alert(1)</script>\n';

describe('kept body verdicts', () => {
  let siteDir: string;
  let cacheDir: string;
  let story: string;
  beforeEach(() => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-body-verdicts-'));
    fs.cpSync(baseSite, siteDir, { recursive: true });
    cacheDir = path.join(siteDir, 'cache');
    story = path.join(siteDir, 'content/stories/testgeschichte.md');
  });
  afterEach(() => fs.rmSync(siteDir, { recursive: true, force: true }));

  const cached = () => checkContent({ siteDir, production: true, displayRoot: siteDir, cacheDir });
  const uncached = () => checkContent({ siteDir, production: true, displayRoot: siteDir });
  const stored = () => JSON.parse(fs.readFileSync(path.join(cacheDir, BODY_VERDICTS_FILE), 'utf8')) as { version: string; entries: Record<string, unknown[]> };

  it('reports the same problems as an uncached check, with lines that follow the front matter', async () => {
    fs.appendFileSync(story, RAW_SCRIPT);
    const first = await cached();
    assert.ok(first.problems.some((problem) => /script/i.test(problem.message)), JSON.stringify(first.problems));
    assert.deepEqual((await cached()).problems, (await uncached()).problems);

    // Two more lines of front matter move the body down; its verdict is kept, its line must move too.
    fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace(/^---\n/, '---\n# Zeile eins\n# Zeile zwei\n'));
    const moved = await cached();
    assert.deepEqual(moved.problems, (await uncached()).problems);
    const line = (problems: typeof moved.problems) => problems.find((problem) => /script/i.test(problem.message))?.line;
    assert.equal(line(moved.problems), line(first.problems)! + 2);
  });

  it('uses a kept verdict for an unchanged body, and judges a changed body again', async () => {
    await cached();
    const body = fs.readFileSync(story, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const file = stored();
    const key = bodyKey('.md', body);
    assert.ok(key in file.entries, 'the story body is kept under its key');
    // A verdict only the cache can know: the check must report it for the unchanged body…
    file.entries[key] = [{ line: 0, message: 'Nur im Cache', fix: 'nichts' }];
    fs.writeFileSync(path.join(cacheDir, BODY_VERDICTS_FILE), JSON.stringify(file));
    assert.ok((await cached()).problems.some((problem) => problem.message === 'Nur im Cache'));
    // …and forget it once the body changed, finding the new mistake instead.
    fs.appendFileSync(story, RAW_SCRIPT);
    const changed = (await cached()).problems;
    assert.ok(!changed.some((problem) => problem.message === 'Nur im Cache'));
    assert.ok(changed.some((problem) => /script/i.test(problem.message)), JSON.stringify(changed));
  });

  it('a remembering check (astro dev) keeps every body, not only the ones it read again', async () => {
    const remembering = () => checkContent({ siteDir, production: false, displayRoot: siteDir, cacheDir, remember: true });
    await remembering();
    const kept = Object.keys(stored().entries).length;
    assert.ok(kept > 1);
    fs.appendFileSync(story, '\nNoch ein Satz.\n');
    await remembering();
    assert.equal(Object.keys(stored().entries).length, kept);
  });

  it('trusts nothing written by other code, and keeps only the bodies of the last check', async () => {
    await cached();
    const file = stored();
    for (const key of Object.keys(file.entries)) file.entries[key] = [{ line: 0, message: 'Nur im Cache', fix: 'nichts' }];
    file.entries['ein-alter-text'] = [];
    fs.writeFileSync(path.join(cacheDir, BODY_VERDICTS_FILE), JSON.stringify({ ...file, version: 'andere-fassung' }));
    assert.deepEqual((await cached()).problems, (await uncached()).problems);
    assert.ok(!('ein-alter-text' in stored().entries));
  });
});
