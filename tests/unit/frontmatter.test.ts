/**
 * The checker reads frontmatter exactly as Astro does (its own
 * parseFrontmatter, js-yaml underneath): same values for dates, anchors and
 * merge keys; what Astro would crash on is a German message instead.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFrontmatter } from 'astro/markdown';
import { parseMarkdownFile, type ParsedFile } from '../../tooling/content-check/frontmatter.ts';
import { loadYaml } from '../../src/lib/yaml.ts';

function parsed(text: string): ParsedFile {
  const result = parseMarkdownFile(text);
  assert.ok(!('message' in result), `unexpected problem: ${'message' in result ? result.message : ''}`);
  return result as ParsedFile;
}

test('dates, anchors and merge keys give the same values as Astro', () => {
  const text = [
    '---',
    'stand: 2018-11-28',
    'quoted: "2018-11-28"',
    'base: &base { scope: lokal, city: leipzig }',
    'merged:',
    '  <<: *base',
    '  title: Zusammengeführt',
    'alias: *base',
    '---',
    'Text.',
  ].join('\n');
  const ours = parsed(text);
  const astros = parseFrontmatter(text, { frontmatter: 'remove' }).frontmatter;
  assert.deepEqual(ours.data, astros);
  assert.ok(ours.data['stand'] instanceof Date, 'an unquoted date is a Date, as in Astro');
  assert.equal(ours.data['quoted'], '2018-11-28');
  assert.deepEqual(ours.data['merged'], { scope: 'lokal', city: 'leipzig', title: 'Zusammengeführt' });
  assert.equal(ours.lineOf(['merged', 'title']), 7);
  assert.equal(ours.bodyStartLine, 10);
});

test('what makes Astro throw is a German message with a line', () => {
  const cases: [string, RegExp, number][] = [
    ['---\ntitle: a\ntitle: b\n---\n', /Ein Feld kommt doppelt vor/, 3],
    ['---\ntitle: !wichtig Text\n---\n', /Ein Wert beginnt mit "!"/, 2],
    ['---\ntitle: "offen\n---\n', /Anführungszeichen/, 3],
  ];
  for (const [text, message, line] of cases) {
    assert.throws(() => parseFrontmatter(text), `Astro itself accepts ${JSON.stringify(text)}`);
    const result = parseMarkdownFile(text);
    assert.ok('message' in result, `no problem for ${JSON.stringify(text)}`);
    assert.match(result.message, message);
    assert.equal(result.line, line, result.message);
  }
});

test('a YAML bomb is refused quickly, not expanded', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let level = 1; level < 9; level += 1) {
    const previous = String.fromCharCode(96 + level);
    levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${previous}`).join(',')}]`);
  }
  const started = performance.now();
  const result = parseMarkdownFile(`---\n${levels.join('\n')}\n---\n`);
  assert.ok('message' in result);
  assert.match(result.message, /mehr als 10\.000 Werte/);
  assert.ok(performance.now() - started < 2000, 'refusing must not expand the aliases');
  const data = loadYaml(levels.join('\n'));
  assert.ok('problem' in data, 'data files are guarded the same way');
});

test('a line starting with --- inside the frontmatter ends it, as in Astro, and is reported', () => {
  const result = parseMarkdownFile('---\ntitle: a\n--- Ende\nsummary: b\n---\nText.\n');
  assert.ok('message' in result);
  assert.equal(result.line, 3);
  assert.match(result.message, /beginnt mit "---" und beendet damit den Kopfbereich/);
});
