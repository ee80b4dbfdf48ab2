/**
 * iCalendar (RFC 5545) files for meetings, written by hand: all-day events
 * need only a handful of properties, and the escaping and line folding
 * rules are short enough to own and test.
 */

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  location: string;
  url: string;
  /** First day, and last day inclusive (calendar dates at UTC midnight). */
  start: Date;
  end: Date;
  /** When the facts were last checked; deterministic, unlike the build time. */
  stamp: Date;
}

/** Escapes text values: backslash, semicolon, comma and newlines (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per physical line (RFC 5545, 3.1), never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const character of line) {
    if (encoder.encode(current + character).length > limit) {
      parts.push(current);
      current = '';
      limit = 74; // continuation lines start with a space
    }
    current += character;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const dateValue = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '');

export function calendar(name: string, events: readonly CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Wissensnetz//Treffen//DE',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    // DTEND of an all-day event is exclusive: the day after the last day.
    const endExclusive = new Date(event.end.getTime() + 24 * 60 * 60 * 1000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dateValue(event.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${dateValue(event.start)}`,
      `DTEND;VALUE=DATE:${dateValue(endExclusive)}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `LOCATION:${escapeText(event.location)}`,
      `URL:${event.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
