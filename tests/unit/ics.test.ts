import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calendar, escapeText, foldLine } from '../../src/lib/ics.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('text values escape backslash, semicolon, comma and newlines', () => {
  assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
});

test('lines fold at 75 octets without splitting multi-byte characters', () => {
  const folded = foldLine(`DESCRIPTION:${'ä'.repeat(60)}`);
  for (const line of folded.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  assert.equal(folded.split('\r\n').map((line, index) => (index ? line.slice(1) : line)).join(''), `DESCRIPTION:${'ä'.repeat(60)}`);
});

test('an all-day event ends the day after its last day, with CRLF line ends', () => {
  const text = calendar('Test', [
    { uid: 'x@test', title: 'Treffen', description: 'Text', location: 'Berlin', url: 'https://example.org/', start: day('2018-11-28'), end: day('2018-11-29'), stamp: day('2018-12-04') },
  ]);
  assert.match(text, /\r\nDTSTART;VALUE=DATE:20181128\r\n/);
  assert.match(text, /\r\nDTEND;VALUE=DATE:20181130\r\n/);
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'bare LF');
});
