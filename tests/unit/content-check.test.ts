/**
 * The bad-input corpus (tests/fixtures/content-check/bad/): each case lays
 * one broken file over a valid mini site and must produce exactly the
 * problem its expected.json names, with file, field, line and fix.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkContent } from '../../tooling/content-check/check.ts';
import { fieldForPeople, formatReport } from '../../tooling/content-check/problems.ts';

import { baseSite, caseNames, siteForCase } from './support/content-check-cases.ts';

test('the valid mini site has no problems', async () => {
  const { problems, entries } = await checkContent({ siteDir: baseSite, production: true, displayRoot: baseSite });
  assert.deepEqual(problems, []);
  assert.equal(entries.length, 6);
});

test('the corpus has at least 20 cases', () => {
  assert.ok(caseNames.length >= 20, `only ${caseNames.length} cases`);
});

describe('bad-input corpus', () => {
  for (const name of caseNames) {
    test(name, async () => {
      const { dir, expected } = siteForCase(name);
      try {
        const { problems } = await checkContent({ siteDir: dir, production: true, displayRoot: dir });
        const report = formatReport(problems);
        const match = problems.find(
          (problem) =>
            problem.file.normalize('NFC') === expected.file.normalize('NFC') &&
            problem.message === expected.message &&
            (problem.severity ?? 'error') === (expected.severity ?? 'error') &&
            (expected.field === undefined || problem.field === expected.field) &&
            (expected.line === undefined || problem.line === expected.line) &&
            (expected.fix === undefined || (problem.fix ?? '').includes(expected.fix)),
        );
        assert.ok(match, `${expected.note}: expected problem not reported. Report was:\n${report}`);
        // The broken file must not drag valid base files into the report.
        for (const problem of problems) {
          assert.ok(!fs.existsSync(path.join(baseSite, problem.file)), `base file blamed: ${problem.file}\n${report}`);
        }
      } finally {
        fs.rmSync(path.dirname(dir), { recursive: true, force: true });
      }
    });
  }
});

test('a document whose bytes are not what its name says gets one message, not a second from reading it', async () => {
  for (const name of ['download-html-named-pdf', 'download-html-named-odt']) {
    const { dir, expected } = siteForCase(name);
    try {
      const { problems } = await checkContent({ siteDir: dir, production: true, displayRoot: dir });
      assert.deepEqual(problems.filter((problem) => problem.file === expected.file).map((problem) => problem.message), [expected.message], name);
    } finally {
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  }
});

test('a circle of requirements is reported at each module on it, and at no module that only leads into it', async () => {
  const { dir } = siteForCase('module-requires-long-cycle');
  try {
    const { problems } = await checkContent({ siteDir: dir, production: true, displayRoot: dir });
    assert.deepEqual(problems.map((problem) => problem.file).sort(), ['abrechnen', 'planen', 'umsetzen'].map((id) => `content/modules/${id}.md`));
  } finally {
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }
});

test('every problem in a file is reported in one run, not only the first', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-many-'));
  try {
    fs.cpSync(baseSite, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'content/stories/viele-fehler.md'),
      '---\ntitle: "<b>Fett</b>"\nsummary: "kurz"\nscope: lokal\nstand: 2018-11-31\npartner: testpartnr\ncity: teststadt\nsecured: []\nstatus: gesichert\n---\n![](x.png)\n',
    );
    const { problems } = await checkContent({ siteDir: dir, production: true, displayRoot: dir });
    const fields = problems.map((problem) => problem.field ?? `line ${problem.line}`).sort();
    assert.deepEqual(fields, ['line 11', 'partner', 'secured', 'stand', 'summary', 'title'].sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('check:content exits non-zero, the build refuses, and nothing is written', () => {
  const { dir } = siteForCase('unknown-city');
  const outDir = path.join(dir, 'dist');
  try {
    const env = { ...process.env, WISSENSNETZ_SITE_DIR: dir, WISSENSNETZ_OUT_DIR: outDir };
    const check = spawnSync('npm', ['run', '--silent', 'check:content'], { env, encoding: 'utf8' });
    assert.equal(check.status, 1);
    assert.match(check.stdout, /Stadt "teststat" gibt es nicht/);
    assert.match(check.stdout, /Meinten Sie "teststadt"\?/);

    const build = spawnSync('npm', ['run', '--silent', 'build'], { env, encoding: 'utf8' });
    assert.notEqual(build.status, 0);
    assert.equal(fs.existsSync(outDir), false, 'the build must not write output from invalid content');
  } finally {
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }
});

test('the real content passes the checker', () => {
  const output = execFileSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8' });
  assert.match(output, /keine Probleme gefunden/);
});

test('HTML shown as code is text, not markup: it is not refused', async () => {
  const { dir } = siteForCase('unknown-city');
  try {
    fs.rmSync(path.join(dir, 'content/stories/falsche-stadt.md'));
    const story = fs.readFileSync(path.join(dir, 'content/stories/testgeschichte.md'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'content/stories/testgeschichte.md'),
      `${story}\nSo nicht: \`<script>alert(1)</script>\` oder \`<img onerror="x">\`.\n\n\`\`\`html\n<iframe src="https://example.org/"></iframe>\n\`\`\`\n`,
    );
    const { problems } = await checkContent({ siteDir: dir, production: true, displayRoot: dir });
    assert.deepEqual(problems.filter((problem) => problem.file.includes('testgeschichte')), []);
  } finally {
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }
});

describe('search synonyms (content/search/synonyme.yaml)', () => {
  const withSynonyms = async (text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-synonyms-'));
    try {
      fs.cpSync(baseSite, dir, { recursive: true });
      fs.mkdirSync(path.join(dir, 'content/search'));
      fs.writeFileSync(path.join(dir, 'content/search/.gitkeep'), '');
      fs.writeFileSync(path.join(dir, 'content/search/synonyme.yaml'), text);
      return (await checkContent({ siteDir: dir, production: true, displayRoot: dir })).problems;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  test('a valid file passes: phrases, hyphens, umlauts (also decomposed), abbreviations, quotes and comments', async () => {
    const problems = await withSynonyms(
      [
        '# Kommentar',
        'gruppen:',
        '  - [Förderantrag, Zuwendungsantrag, Antrag auf Förderung]',
        '  - [Finanzierungsplan, Kosten- und Finanzierungsplan]',
        '  - [Migrantenorganisation, MO, "MSO"]',
        `  - [${'Geflüchtete'.normalize('NFD')}, Flüchtlinge]`,
        '  - - E-Mail',
        '    - Mail',
        '  - [Anliegen, Forderung] # Kommentar am Zeilenende',
        '',
      ].join('\n'),
    );
    assert.deepEqual(problems, []);
  });

  test('an empty file or one with comments only passes', async () => {
    assert.deepEqual(await withSynonyms(''), []);
    assert.deepEqual(await withSynonyms('# Noch keine Gruppen.\ngruppen: []\n'), []);
  });

  test('every mistake in the file is reported in one run, schema and doubles together', async () => {
    const problems = await withSynonyms('gruppen:\n  - [Kommune]\n  - [Gemeinde, "Rat!", gemeinde]\n  - [Stadtverwaltung, Kommune]\n');
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.field]).sort(),
      [
        [2, 'gruppen[0]'],
        [3, 'gruppen[1][1]'],
        [3, 'gruppen[1][2]'],
        [4, 'gruppen[2][1]'],
      ],
    );
  });
});

test('nested list positions read as people say them', () => {
  assert.equal(fieldForPeople('gruppen[1][0]'), '1. Eintrag im 2. Eintrag unter "gruppen"');
  assert.equal(fieldForPeople('secured[0].kind'), 'Feld "kind" im 1. Eintrag unter "secured"');
  assert.equal(fieldForPeople('topics[1]'), '2. Eintrag unter "topics"');
});
