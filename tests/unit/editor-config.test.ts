import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { EDITOR_CONFIG_FILE, editorConfig, editorConfigYaml } from '../../tooling/editor/config.ts';
import { collections, COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { referenceTargetOf } from '../../src/schemas/fields.ts';
import { choicesOf, isOptional } from '../../src/lib/scaffold.ts';
import { defOf, objectShape, schemaType, unwrap } from '../../src/lib/schema-walk.ts';

type Field = { name: string; widget: string; required?: boolean; fields?: Field[]; field?: Field; options?: string[]; collection?: string; multiple?: boolean; hint?: string; label: string };

test('committed editor configuration matches the zod schemas (run "npm run schemas:generate" after changing src/schemas/)', () => {
  const committed = fs.existsSync(EDITOR_CONFIG_FILE) ? fs.readFileSync(EDITOR_CONFIG_FILE, 'utf8') : '(missing)';
  assert.equal(committed, editorConfigYaml(), `${EDITOR_CONFIG_FILE} is stale`);
});

test('the editor opens a pull request per entry and uploads into public/downloads/', () => {
  const config = editorConfig();
  assert.equal(config['publish_mode'], 'editorial_workflow');
  assert.equal(config['locale'], 'de');
  assert.equal(config['media_folder'], 'public/downloads');
  assert.deepEqual((config['collections'] as { name: string }[]).map((collection) => collection.name), COLLECTION_NAMES);
});

/** Walks schema and editor fields side by side: every schema field has an editor field that says the same. */
function compare(schema: z.ZodType, fields: Field[], where: string): void {
  const shape = objectShape(schema);
  assert.deepEqual(fields.map((field) => field.name).filter((name) => name !== 'body'), Object.keys(shape), `${where}: fields`);
  for (const [name, fieldSchema] of Object.entries(shape)) {
    const field = fields.find((candidate) => candidate.name === name)!;
    const at = `${where}.${name}`;
    assert.equal(field.required === false, isOptional(fieldSchema), `${at}: required`);
    assert.ok(field.label && field.hint, `${at}: German label and hint`);
    const target = referenceTargetOf(fieldSchema);
    const type = schemaType(fieldSchema);
    const element = type === 'array' ? (defOf(unwrap(fieldSchema)).element as z.ZodType) : undefined;
    if (target) assert.deepEqual([field.widget, field.collection, field.multiple], ['relation', target, undefined], at);
    else if (element && referenceTargetOf(element)) assert.deepEqual([field.widget, field.collection, field.multiple], ['relation', referenceTargetOf(element), true], at);
    else if (choicesOf(fieldSchema)) assert.deepEqual([field.widget, field.options], ['select', choicesOf(fieldSchema)], at);
    else if (type === 'object') compare(fieldSchema, field.fields!, at);
    else if (element && schemaType(element) === 'object') compare(element, field.fields!, `${at}[]`);
  }
}

test('every collection and field of the schemas is in the editor, with references as relations and choices as selects', () => {
  const config = editorConfig() as { collections: { name: string; folder: string; fields: Field[] }[] };
  for (const collection of config.collections) {
    const name = collection.name as (typeof COLLECTION_NAMES)[number];
    assert.equal(collection.folder, `content/${name}`);
    compare(collections[name].schema as z.ZodType, collection.fields, name);
    assert.equal(collection.fields.at(-1)!.widget, 'markdown', `${name}: body`);
  }
  const stories = config.collections.find((collection) => collection.name === 'stories')!;
  const funding = stories.fields.find((field) => field.name === 'funding')!;
  assert.equal(funding.fields!.find((field) => field.name === 'kinds')!.widget, 'select', 'funding vocabulary as a select');
  const meetings = config.collections.find((collection) => collection.name === 'meetings')!;
  const files = meetings.fields.find((field) => field.name === 'documents')!.fields!.find((field) => field.name === 'files')!;
  assert.equal(files.fields!.find((field) => field.name === 'file')!.widget, 'file', 'documents are uploads');
});

test('the committed configuration parses as YAML', () => {
  assert.deepEqual(parse(fs.readFileSync(EDITOR_CONFIG_FILE, 'utf8')), JSON.parse(JSON.stringify(editorConfig())));
});
