/** readSynonyms: the groups of content/search/synonyme.yaml for the search index step. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { synonymConflicts, termKey } from '../../src/schemas/synonyms.ts';
import { readSynonyms } from '../../tooling/search-index/synonyms.ts';

function siteWith(synonyms: string | undefined): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-synonyms-'));
  fs.mkdirSync(path.join(dir, 'content'));
  if (synonyms !== undefined) {
    fs.mkdirSync(path.join(dir, 'content/search'));
    fs.writeFileSync(path.join(dir, 'content/search/synonyme.yaml'), synonyms);
  }
  return dir;
}

function withSite<T>(synonyms: string | undefined, use: (dir: string) => T): T {
  const dir = siteWith(synonyms);
  try {
    return use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a valid file gives its groups in file order, each term as written', () => {
  const text = [
    '# Kommentar',
    'gruppen:',
    '  - [Förderantrag, Zuwendungsantrag, Antrag auf Förderung]',
    '  - - Kommune',
    '    - "Gemeinde"',
    '  - [Kosten- und Finanzierungsplan, Finanzplan]',
    '',
  ].join('\n');
  withSite(text, (dir) => {
    assert.deepEqual(readSynonyms(dir), [
      ['Förderantrag', 'Zuwendungsantrag', 'Antrag auf Förderung'],
      ['Kommune', 'Gemeinde'],
      ['Kosten- und Finanzierungsplan', 'Finanzplan'],
    ]);
  });
});

test('no file, an empty file or comments only: no groups', () => {
  withSite(undefined, (dir) => assert.deepEqual(readSynonyms(dir), []));
  withSite('', (dir) => assert.deepEqual(readSynonyms(dir), []));
  withSite('# Noch keine Gruppen.\n', (dir) => assert.deepEqual(readSynonyms(dir), []));
});

test('an invalid file is refused with a German message that points at the checker', () => {
  const cases: [string, RegExp][] = [
    ['gruppen:\n  - [Kommune]\n', /gruppen\[0\]: Eine Gruppe braucht mindestens zwei Begriffe/],
    ['gruppen:\n  - [Kommune, "<b>Gemeinde</b>"]\n', /"<b>Gemeinde<\/b>" ist kein Suchbegriff/],
    ['gruppen:\n  - [Kommune, Gemeinde]\n  - [gemeinde, Stadtverwaltung]\n', /"gemeinde" steht schon in der 1\. Gruppe/],
    ['gruppe:\n  - [Kommune, Gemeinde]\n', /Unbekannter Schlüssel: "gruppe"/],
    ['gruppen:\n  - [Kommune, Gemeinde\n', /Zeile \d+: Kein gültiges YAML/],
  ];
  for (const [text, message] of cases) {
    withSite(text, (dir) => {
      assert.throws(() => readSynonyms(dir), (error: Error) => {
        assert.match(error.message, /^content\/search\/synonyme\.yaml ist ungültig: /);
        assert.match(error.message, message);
        assert.match(error.message, /Details: npm run check:content$/);
        return true;
      });
    });
  }
});

test('the real file is valid and holds groups of at least two terms', () => {
  const groups = readSynonyms('.');
  assert.ok(groups.length >= 10, `only ${groups.length} groups`);
  for (const group of groups) assert.ok(group.length >= 2);
});

test('terms are the same whatever their case, umlaut spelling, ending or hyphen, as the search matches them', () => {
  const same = (a: string, b: string) => assert.equal(termKey(a), termKey(b), `${a} = ${b}`);
  same('Förderantrag', 'förderantrag');
  same('Förderantrag', 'Foerderantrag');
  same('Förderantrag', 'Forderantrag');
  same('Förderantrag', 'Förderanträge');
  same('Förderantrag'.normalize('NFD'), 'Förderantrag');
  same('E-Mail', 'E Mail');
  same('Antrag auf Förderung', 'Anträge auf Förderungen');
  assert.notEqual(termKey('Ehrenamt'), termKey('Ehrenamtliche'));
  assert.notEqual(termKey('Antrag auf Förderung'), termKey('Förderung'));
});

test('synonymConflicts names each term again and where it stood first', () => {
  assert.deepEqual(synonymConflicts([['Kommune', 'Gemeinde', 'Gemeinden'], ['Förderantrag', 'Zuwendungsantrag'], ['kommune', 'Stadtverwaltung']]), [
    { kind: 'same-group', place: { group: 0, index: 2, term: 'Gemeinden' }, first: { group: 0, index: 1, term: 'Gemeinde' } },
    { kind: 'other-group', place: { group: 2, index: 0, term: 'kommune' }, first: { group: 0, index: 0, term: 'Kommune' } },
  ]);
  assert.deepEqual(synonymConflicts([['Kommune', 42, null], 'Gemeinde', [['Kommune']]]), [], 'what is not text is left to the schema');
});
