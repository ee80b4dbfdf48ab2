/**
 * Potential analyses: the schema accepts partial analyses and rejects what a
 * contributor gets wrong; the scaffolder's template, the download and the
 * CONTRIBUTING example all parse against the same schema; the real site
 * publishes none.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { analysisSchema } from '../../src/schemas/analyses.ts';
import { ANALYSIS_SECTIONS, missingSections } from '../../src/lib/analysis-sections.ts';
import { bodyTemplate, scaffoldEntry } from '../../src/lib/scaffold.ts';
import { analysisTemplate, TEMPLATE_PLACEHOLDERS } from '../../src/lib/analysis-template.ts';
import { parseMarkdownFile } from '../../tooling/content-check/frontmatter.ts';
import { objectShape } from '../../src/lib/schema-walk.ts';
import { minimalEntry } from './support/minimal-entries.ts';

const full = {
  ...minimalEntry('analyses'),
  localActors: [{ name: 'Verein A', kind: 'Migrantenorganisation', partner: 'testpartner', note: 'Notiz' }],
  municipalContacts: [{ office: 'Sozialamt', role: 'Zuständig für Beratung' }],
  welfareAssociations: [{ name: 'Caritas', cooperation: 'im Gespräch' }],
  existingFunding: [{ what: 'Koordinierungsstelle', funder: 'Stiftung', until: '2027-12-31' }],
  fundingGaps: ['Räume'],
  strengths: ['Vertrauen'],
  nextSteps: [{ what: 'Gespräch führen', who: 'Koordination', by: '2026-06-30', status: 'in Arbeit' }],
};

function frontmatterOf(text: string): Record<string, unknown> {
  const parsed = parseMarkdownFile(text);
  assert.ok(!('message' in parsed), `not parseable: ${JSON.stringify(parsed)}`);
  return parsed.data as Record<string, unknown>;
}

describe('analysis schema', () => {
  test('an analysis with only a city is valid and lists every section as missing', () => {
    const parsed = analysisSchema.parse(minimalEntry('analyses'));
    assert.equal(parsed.scope, 'lokal');
    assert.equal(missingSections(parsed).length, ANALYSIS_SECTIONS.length);
  });

  test('an analysis with every section is valid and misses none', () => {
    const parsed = analysisSchema.parse(full);
    assert.deepEqual(missingSections(parsed), []);
    assert.equal(parsed.existingFunding[0]?.until?.toISOString().slice(0, 10), '2027-12-31');
  });

  test('a next step without status is "offen", never guessed as done', () => {
    const parsed = analysisSchema.parse({ ...minimalEntry('analyses'), nextSteps: [{ what: 'Anrufen' }] });
    assert.equal(parsed.nextSteps[0]?.status, 'offen');
  });

  const invalid: [string, Record<string, unknown>, (string | number)[]][] = [
    ['the city is required', { city: undefined }, ['city']],
    ['an actor needs a name', { localActors: [{ kind: 'Verein' }] }, ['localActors', 0, 'name']],
    ['an unknown actor kind is rejected', { localActors: [{ name: 'X', kind: 'Partei' }] }, ['localActors', 0, 'kind']],
    ['personal fields on a municipal contact are rejected', { municipalContacts: [{ office: 'Sozialamt', person: 'Frau X' }] }, ['municipalContacts', 0]],
    ['funding end dates must be dates', { existingFunding: [{ what: 'Stelle', until: 'Ende 2027' }] }, ['existingFunding', 0, 'until']],
    ['an empty gap is rejected', { fundingGaps: [''] }, ['fundingGaps', 0]],
    ['an unknown step status is rejected', { nextSteps: [{ what: 'X', status: 'fertig' }] }, ['nextSteps', 0, 'status']],
  ];
  for (const [name, overrides, path] of invalid) {
    test(name, () => {
      const result = analysisSchema.safeParse({ ...minimalEntry('analyses'), ...overrides });
      assert.equal(result.success, false);
      assert.deepEqual(result.error?.issues[0]?.path, path);
    });
  }

  test('every section has a heading and a question, and every column a label and a hint', () => {
    assert.ok(ANALYSIS_SECTIONS.length >= 7);
    for (const section of ANALYSIS_SECTIONS) {
      assert.ok(section.heading && section.heading !== section.key, `${section.key}: heading`);
      assert.ok(section.prompt.endsWith('?') || section.prompt.includes('?'), `${section.key}: prompt is a question`);
      for (const column of section.columns ?? []) {
        assert.ok(column.label !== column.key && column.hint, `${section.key}.${column.key}: label and hint`);
      }
    }
    const keys = ANALYSIS_SECTIONS.map((section) => section.key);
    for (const key of ['localActors', 'municipalContacts', 'welfareAssociations', 'existingFunding', 'fundingGaps', 'strengths', 'nextSteps']) {
      assert.ok(keys.includes(key as (typeof keys)[number]), `${key} is a section`);
    }
    assert.ok(Object.keys(objectShape(analysisSchema)).includes('city'));
  });
});

describe('analysis template', () => {
  const context = { values: { title: 'Potenzialanalyse Teststadt', city: 'teststadt' }, existingIds: () => [], today: new Date('2026-01-01T00:00:00Z') };
  const text = scaffoldEntry('analyses', context, bodyTemplate('analyses'));

  /** Fills what the scaffold leaves empty, as a contributor would: a choice from the comment, else some text. */
  const answer = (template: string) =>
    template
      .split('\n')
      .map((line) => {
        const choice = /Erlaubt: ([^,.]+)[,.]/.exec(line)?.[1];
        return line.replace('""', choice ? `"${choice}"` : '"Ausgefüllt von der Koordination vor Ort"');
      })
      .join('\n');

  test('the scaffold leaves only the summary to answer; answered, it parses back against the schema', () => {
    const unanswered = analysisSchema.safeParse(frontmatterOf(text));
    assert.deepEqual(unanswered.error?.issues.map((issue) => issue.path.join('.')), ['summary']);
    const result = analysisSchema.safeParse(frontmatterOf(answer(text)));
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  });

  test('every section has a commented example; uncommented and filled in, the examples are valid', () => {
    for (const section of ANALYSIS_SECTIONS) assert.match(text, new RegExp(`^# ${section.key}:$`, 'm'), section.key);
    // Uncomment the example blocks the way the comment says ('"# " am Zeilenanfang entfernen'), then fill them in.
    const lines = text.split('\n');
    const out: string[] = [];
    let inExample = false;
    for (const line of lines) {
      if (line.startsWith('#   Vorlage:')) { inExample = true; continue; }
      if (inExample && /^# \w+: \(optional\)/.test(line)) inExample = false;
      if (inExample && line === '---') inExample = false;
      out.push(inExample && line.startsWith('# ') ? line.slice(2) : line);
    }
    const filled = answer(out.join('\n')).replaceAll('JJJJ-MM-TT', '2026-06-30');
    const data = frontmatterOf(filled);
    const result = analysisSchema.safeParse(data);
    assert.equal(result.success, true, `${JSON.stringify(result.error?.issues)}\n${filled}`);
    const parsed = result.data!;
    for (const section of ANALYSIS_SECTIONS) assert.equal((parsed[section.key] as unknown[]).length, 1, section.key);
  });

  test('the downloadable template is the scaffold with placeholders for city and title', () => {
    const template = analysisTemplate(new Date('2026-01-01T00:00:00Z'));
    const data = frontmatterOf(template);
    assert.equal(data['city'], TEMPLATE_PLACEHOLDERS.city);
    assert.equal(analysisSchema.safeParse(frontmatterOf(answer(template))).success, true);
    assert.match(template, /## Wie die Analyse entstanden ist/);
  });
});

describe('documentation and real content', () => {
  test('the CONTRIBUTING example of an analysis is valid against the schema', () => {
    const guide = fs.readFileSync('CONTRIBUTING.md', 'utf8');
    const start = guide.indexOf('\n## Eine Potenzialanalyse beitragen\n');
    assert.ok(start >= 0, 'CONTRIBUTING.md has a section "Eine Potenzialanalyse beitragen"');
    const example = /```markdown\n([\s\S]*?)```/.exec(guide.slice(start))?.[1];
    assert.ok(example, 'the section has a Markdown example');
    const result = analysisSchema.safeParse(frontmatterOf(example));
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
    assert.deepEqual(missingSections(result.data!), [], 'the example shows every section');
  });

  test('the real site publishes no analysis: content/analyses/ holds no entries', () => {
    const files = fs.readdirSync('content/analyses').filter((file) => !file.startsWith('.'));
    assert.deepEqual(files, []);
  });
});
