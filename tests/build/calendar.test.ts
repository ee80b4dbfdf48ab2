/** Every meeting has a calendar file with the right dates and place; one file holds all meetings. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { BUILDS } from './support.ts';

/** Unfolds an iCalendar file into its VEVENTs as property maps. */
function events(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  const result: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) result.push(current), (current = undefined);
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return result;
}

const compact = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)).replaceAll('-', '');

for (const build of BUILDS) {
  const siteDir = build.name === 'site' ? '.' : 'tests/.output/synthetic';
  const meetingsDir = path.join(siteDir, 'content/meetings');

  test(`${build.name}: each meeting's .ics carries its dates, title and place`, () => {
    const files = fs.readdirSync(meetingsDir).filter((file) => file.endsWith('.md'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const id = file.replace(/\.md$/, '');
      const data = parse(fs.readFileSync(path.join(meetingsDir, file), 'utf8').split('---')[1]!);
      const ics = fs.readFileSync(path.join(build.outDir, 'treffen', `${id}.ics`), 'utf8');
      assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
      const [event] = events(ics);
      assert.equal(event?.['DTSTART;VALUE=DATE'], compact(data.startDate), `${id} start`);
      const last = new Date(`${String(data.endDate ?? data.startDate).slice(0, 10)}T00:00:00Z`);
      const dayAfter = new Date(last.getTime() + 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
      assert.equal(event?.['DTEND;VALUE=DATE'], dayAfter, `${id} end (exclusive)`);
      assert.equal(event?.['SUMMARY'], data.title.replaceAll(',', '\\,'));
      const city = parse(fs.readFileSync(path.join(siteDir, 'content/cities', `${data.city}.md`), 'utf8').split('---')[1]!);
      assert.equal(event?.['LOCATION'], `${city.title}\\, ${city.state}`);
    }
  });

  test(`${build.name}: the meetings calendar holds every meeting once`, () => {
    const all = events(fs.readFileSync(path.join(build.outDir, 'treffen/kalender.ics'), 'utf8'));
    const expected = fs.readdirSync(meetingsDir).filter((file) => file.endsWith('.md')).length;
    assert.equal(all.length, expected);
    assert.equal(new Set(all.map((event) => event['UID'])).size, expected);
  });
}
