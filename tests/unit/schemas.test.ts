/** Each schema: a minimal valid entry passes; the mistakes contributors make are rejected. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collections, COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { meetingSchema } from '../../src/schemas/meetings.ts';
import { storySchema } from '../../src/schemas/stories.ts';
import { minimalEntry } from './support/minimal-entries.ts';

describe('every collection', () => {
  for (const name of COLLECTION_NAMES) {
    test(`${name}: a minimal entry is valid`, () => {
      const result = collections[name].schema.safeParse(minimalEntry(name));
      assert.equal(result.success, true, result.success ? '' : JSON.stringify(result.error.issues, null, 2));
    });

    test(`${name}: unknown fields are rejected, not silently dropped`, () => {
      const result = collections[name].schema.safeParse({ ...minimalEntry(name), tittle: 'Tippfehler' });
      assert.equal(result.success, false);
      assert.equal(result.error?.issues[0]?.code, 'unrecognized_keys');
    });

    test(`${name}: title is required`, () => {
      const { title: _omitted, ...withoutTitle } = minimalEntry(name);
      const result = collections[name].schema.safeParse(withoutTitle);
      assert.equal(result.success, false);
      assert.deepEqual(result.error?.issues[0]?.path, ['title']);
    });
  }
});

describe('dates', () => {
  test('accepts YAML dates and ISO strings alike', () => {
    const fromString = storySchema.parse({ ...minimalEntry('stories'), stand: '2018-12-04' });
    const fromDate = storySchema.parse({ ...minimalEntry('stories'), stand: new Date('2018-12-04T00:00:00Z') });
    assert.equal(fromString.stand.toISOString(), fromDate.stand.toISOString());
  });

  for (const bad of ['2018-11-31', '2018-13-01', '04.12.2018', '2018-12-4']) {
    test(`rejects "${bad}"`, () => {
      assert.equal(storySchema.safeParse({ ...minimalEntry('stories'), stand: bad }).success, false);
    });
  }

  test('a meeting cannot end before it starts', () => {
    const result = meetingSchema.safeParse({ ...minimalEntry('meetings'), startDate: '2018-11-29', endDate: '2018-11-28' });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['endDate']);
  });
});

describe('meetings', () => {
  test('documents "verfügbar" need at least one file', () => {
    const result = meetingSchema.safeParse({ ...minimalEntry('meetings'), documents: { status: 'verfügbar' } });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['documents', 'files']);
  });

  test('documents may be announced without files', () => {
    const result = meetingSchema.safeParse({ ...minimalEntry('meetings'), documents: { status: 'angekündigt' } });
    assert.equal(result.success, true);
  });

  test('download paths must point into /downloads/', () => {
    const result = meetingSchema.safeParse({
      ...minimalEntry('meetings'),
      documents: { status: 'verfügbar', files: [{ title: 'Protokoll', file: '../geheim.pdf', type: 'PDF' }] },
    });
    assert.equal(result.success, false);
  });
});

describe('stories', () => {
  test('funder and funding facts stay optional: never guessed', () => {
    const parsed = storySchema.parse(minimalEntry('stories'));
    assert.equal(parsed.funder, undefined);
    assert.equal(parsed.funding, undefined);
  });

  test('something secured is required', () => {
    assert.equal(storySchema.safeParse({ ...minimalEntry('stories'), secured: [] }).success, false);
  });
});
