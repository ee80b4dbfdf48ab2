import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectReferences, findBrokenReferences } from '../../src/lib/references.ts';
import { meetingSchema } from '../../src/schemas/meetings.ts';
import { storySchema } from '../../src/schemas/stories.ts';
import { minimalEntry } from './support/minimal-entries.ts';

test('finds references in every nesting: plain fields, arrays and objects in arrays', () => {
  const meeting = meetingSchema.parse({
    ...minimalEntry('meetings'),
    topics: ['finanzierung'],
    organiser: { network: 'samo-fa' },
    outcomes: [{ title: 'Idee', kind: 'Idee', description: 'Eine Idee', topics: ['vernetzung'] }],
    sources: [{ title: 'Bericht', meeting: 'anderes-treffen' }],
  });
  const found = collectReferences(meetingSchema, meeting).map((r) => `${r.path}→${r.target}/${r.id}`).sort();
  assert.deepEqual(found, [
    'city→cities/teststadt',
    'organiser.network→networks/samo-fa',
    'outcomes[0].topics[0]→topics/vernetzung',
    'sources[0].meeting→meetings/anderes-treffen',
    'topics[0]→topics/finanzierung',
  ]);
});

test('reports only references whose target is missing', () => {
  const story = storySchema.parse(minimalEntry('stories'));
  const broken = findBrokenReferences(
    [{ collection: 'stories', id: 'geschichte', schema: storySchema, data: story }],
    new Map([
      ['cities', new Set(['teststadt'])],
      ['partners', new Set<string>()],
    ]),
  );
  assert.deepEqual(
    broken.map((problem) => [problem.path, problem.target, problem.id]),
    [['partner', 'partners', 'testpartner']],
  );
});
