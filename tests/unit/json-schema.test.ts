import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { allJsonSchemas } from '../../tooling/docs/json-schema.ts';

test('committed JSON Schemas match the zod schemas (run "npm run schemas:generate" after changing src/schemas/)', () => {
  for (const [file, expected] of Object.entries(allJsonSchemas())) {
    const committed = fs.existsSync(`schemas/${file}`) ? fs.readFileSync(`schemas/${file}`, 'utf8') : '(missing)';
    assert.equal(committed, expected, `schemas/${file} is stale`);
  }
});

test('JSON Schemas reject unknown fields and describe dates as JJJJ-MM-TT strings', () => {
  const stories = JSON.parse(allJsonSchemas()['stories.schema.json']!);
  assert.equal(stories.additionalProperties, false);
  assert.deepEqual(stories.properties.stand.type, 'string');
  assert.equal(stories.properties.stand.format, 'date');
  assert.ok(stories.required.includes('city'));
});

test('the generated JSON Schemas hold only JSON Schema keywords, none of the site\'s own field info', () => {
  const siteKeys = ['reference', 'facet', 'facetInherit', 'download', 'unique', 'analysisSection'];
  for (const [file, text] of Object.entries(allJsonSchemas())) {
    for (const key of siteKeys) assert.ok(!text.includes(`"${key}":`), `${file} carries "${key}"`);
  }
});
