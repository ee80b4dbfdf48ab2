/** npm run new: every content type produces a file that validates and builds once answered, and it never guesses a fact. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { checkContent } from '../../tooling/content-check/check.ts';

const base = path.resolve('tests/fixtures/content-check/base');
/** References each type needs; the mini site has these entries. */
const REQUIRED_REFERENCES: Record<string, string[]> = {
  meetings: ['--city', 'teststadt'],
  stories: ['--city', 'teststadt', '--partner', 'testpartner'],
  partners: ['--city', 'teststadt'],
  analyses: ['--city', 'teststadt'],
};

/** Answers for every required field that has no safe default, as a contributor gives them on the command line. */
const ANSWERS: Record<string, string[]> = {
  meetings: ['--startDate', '2018-11-28', '--format', 'Präsenz'],
  stories: ['--secured', '[{"kind":"Stellen","label":"Stellen für ein Café"}]', '--status', 'beantragt'],
  modules: ['--scope', 'bundesweit', '--order', '7', '--level', 'Einstieg', '--durationMinutes', '45', '--goals', 'Ein Ziel', '--steps', '[{"title":"Anfangen","description":"Was zu tun ist."}]'],
  experts: ['--scope', 'bundesweit', '--kind', 'extern', '--funding', '{"areas":["Integration & Teilhabe"]}', '--regions', 'bundesweit', '--languages', 'de'],
  cities: ['--scope', 'lokal', '--state', 'Sachsen'],
  networks: ['--scope', 'bundesweit', '--region', 'bundesweit'],
  topics: ['--scope', 'bundesweit'],
  pages: ['--scope', 'bundesweit'],
};

function newEntry(siteDir: string, args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
    env: { ...process.env, WISSENSNETZ_SITE_DIR: siteDir },
    encoding: 'utf8',
  });
}

test('scaffolds every type, the result passes the checker and the site builds with them published', async () => {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-new-'));
  const outDir = path.join(siteDir, 'dist');
  try {
    fs.cpSync(base, siteDir, { recursive: true });
    for (const collection of COLLECTION_NAMES) {
      const result = newEntry(siteDir, [
        '--type', collection, '--title', `Neuer Eintrag ${collection}`, '--draft', 'false',
        '--summary', 'Eine Kurzbeschreibung, die lang genug ist.',
        ...(REQUIRED_REFERENCES[collection] ?? []), ...(ANSWERS[collection] ?? []),
      ]);
      assert.equal(result.status, 0, `${collection}: ${result.stdout}${result.stderr}`);
      const file = path.join(siteDir, 'content', collection, `neuer-eintrag-${collection}.md`);
      assert.ok(fs.existsSync(file), `${collection}: file not written`);
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /^# .+\n/m, 'fields carry German comments');
      // The body skeleton's prompts are for the contributor; replaced here as they would be.
      fs.writeFileSync(file, text.replace(/^Bitte ausfüllen: .*$/gm, 'Ein Absatz Text.'));
    }
    const { problems, entries } = await checkContent({ siteDir, production: true, displayRoot: siteDir });
    assert.deepEqual(problems, []);
    assert.equal(entries.length, 6 + COLLECTION_NAMES.length);

    // `astro build` as `npm run build` runs it (content check included); the search index step adds nothing here.
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      // Its cache inside the throw-away folder, not one more folder per run under node_modules/.astro/sites/.
      env: { ...process.env, WISSENSNETZ_SITE_DIR: siteDir, WISSENSNETZ_OUT_DIR: outDir, WISSENSNETZ_CACHE_DIR: path.join(siteDir, 'cache') },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    for (const page of ['erfolgsgeschichten/neuer-eintrag-stories', 'treffen/neuer-eintrag-meetings', 'lernmodule/neuer-eintrag-modules', 'expertinnen/neuer-eintrag-experts', 'potenzialanalysen/neuer-eintrag-analyses']) {
      assert.ok(fs.existsSync(path.join(outDir, page, 'index.html')), `${page} was not built`);
    }
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
});

test('what has no safe default is left empty for the checker to ask for, never guessed', async () => {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-new-'));
  try {
    fs.cpSync(base, siteDir, { recursive: true });
    const result = newEntry(siteDir, ['--type', 'stories', '--title', 'Eine neue Geschichte', '--city', 'teststadt', '--partner', 'testpartner']);
    assert.equal(result.status, 0, result.stderr);
    const text = fs.readFileSync(path.join(siteDir, 'content/stories/eine-neue-geschichte.md'), 'utf8');
    assert.match(text, /^scope: lokal$/m, 'a story in a city is local');
    assert.match(text, /^status: ""$/m, 'the state of the funding is not guessed');
    assert.match(text, /^ {2}- kind: ""$/m, 'what was secured is not guessed');
    assert.match(result.stdout, /Noch auszufüllen \(4\)/);
    const { problems } = await checkContent({ siteDir, production: true, displayRoot: siteDir });
    assert.deepEqual(
      problems.map((problem) => problem.field).sort(),
      ['secured[0].kind', 'secured[0].label', 'status', 'summary'],
    );
    assert.ok(problems.every((problem) => problem.message === 'Das Feld ist noch leer.'), JSON.stringify(problems));
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
});

test('a prompt of the template left in the text is refused, even without draft', async () => {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-new-'));
  try {
    fs.cpSync(base, siteDir, { recursive: true });
    const result = newEntry(siteDir, ['--type', 'meetings', '--title', 'Ein Treffen', '--city', 'teststadt', '--draft', 'false', '--summary', 'Eine Kurzbeschreibung, die lang genug ist.', ...ANSWERS['meetings']!]);
    assert.equal(result.status, 0, result.stderr);
    const { problems } = await checkContent({ siteDir, production: true, displayRoot: siteDir });
    assert.deepEqual(problems.map((problem) => problem.message), ['Im Text steht noch der Platzhalter aus der Vorlage.']);
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
});

test('new entries are drafts unless said otherwise, and a missing reference is asked for with the choices', () => {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-new-'));
  try {
    fs.cpSync(base, siteDir, { recursive: true });
    const ok = newEntry(siteDir, ['--type', 'stories', '--title', 'Ein Entwurf', '--city', 'teststadt', '--partner', 'testpartner']);
    assert.equal(ok.status, 0);
    assert.match(fs.readFileSync(path.join(siteDir, 'content/stories/ein-entwurf.md'), 'utf8'), /^draft: true$/m);

    const missing = newEntry(siteDir, ['--type', 'stories', '--title', 'Ohne Stadt']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /Bitte --partner angeben\. Vorhanden: testpartner/);

    const unknown = newEntry(siteDir, ['--type', 'stories', '--title', 'X', '--stadt', 'teststadt']);
    assert.match(unknown.stderr, /Das Feld "stadt" gibt es bei Erfolgsgeschichten nicht/);

    const exists = newEntry(siteDir, ['--type', 'stories', '--title', 'Ein Entwurf', '--city', 'teststadt', '--partner', 'testpartner']);
    assert.match(exists.stderr, /gibt es schon/);
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
});

test('a reference given as a flag must exist, with a spelling suggestion', () => {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-new-'));
  try {
    fs.cpSync(base, siteDir, { recursive: true });
    const result = newEntry(siteDir, ['--type', 'stories', '--title', 'Tippfehler', '--city', 'Teststat', '--partner', 'testpartner']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /--city: "Teststat" gibt es nicht in content\/cities\/\. Meinten Sie "teststadt"\?/);
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
});
