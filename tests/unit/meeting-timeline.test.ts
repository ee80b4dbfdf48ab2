/** The meetings timeline: which meetings count as announced and how past ones are grouped. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDay, meetingTimeline, startOfDayUtc } from '../../src/lib/meeting-timeline.ts';
import type { Entry } from '../../src/lib/site-data.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const meeting = (id: string, start: string, end?: string) =>
  ({ id, collection: 'meetings', data: { startDate: day(start), endDate: end ? day(end) : undefined } }) as unknown as Entry<'meetings'>;

const meetings = [
  meeting('2018', '2018-11-28', '2018-11-29'),
  meeting('2019-a', '2019-03-01'),
  meeting('2019-b', '2019-10-01'),
  meeting('running', '2026-11-24', '2026-11-26'),
  meeting('later', '2027-05-01'),
  meeting('sooner', '2026-12-01'),
];

test('meetings not over on the build day are announced, soonest first', () => {
  const { upcoming } = meetingTimeline(meetings, day('2026-11-25'));
  assert.deepEqual(upcoming.map((m) => m.id), ['running', 'sooner', 'later']);
});

test('a meeting on the build day itself is still announced; the day after it is past', () => {
  const single = [meeting('today', '2026-11-25')];
  assert.equal(meetingTimeline(single, new Date('2026-11-25T23:30:00Z')).upcoming.length, 1);
  assert.equal(meetingTimeline(single, day('2026-11-26')).upcoming.length, 0);
});

test('past meetings are grouped by year, newest year and meeting first', () => {
  const { pastByYear } = meetingTimeline(meetings, day('2026-11-25'));
  assert.deepEqual(
    pastByYear.map(({ year, meetings: ofYear }) => [year, ofYear.map((m) => m.id)]),
    [
      [2019, ['2019-b', '2019-a']],
      [2018, ['2018']],
    ],
  );
});

test('the build day can be fixed for reproducible builds, and a bad value is refused', () => {
  const saved = process.env.WISSENSNETZ_TODAY;
  try {
    process.env.WISSENSNETZ_TODAY = '2030-01-02';
    assert.equal(buildDay().toISOString(), '2030-01-02T00:00:00.000Z');
    process.env.WISSENSNETZ_TODAY = 'morgen';
    assert.throws(() => buildDay(), /WISSENSNETZ_TODAY="morgen"/);
    delete process.env.WISSENSNETZ_TODAY;
    assert.equal(buildDay().getTime(), startOfDayUtc(new Date()).getTime());
  } finally {
    if (saved === undefined) delete process.env.WISSENSNETZ_TODAY;
    else process.env.WISSENSNETZ_TODAY = saved;
  }
});
