/**
 * Date formatting for the interface language (German by default). All
 * content dates are calendar dates stored as UTC midnight.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function longDate(intl: string): Intl.DateTimeFormat {
  let format = formats.get(intl);
  if (!format) {
    format = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(intl, format);
  }
  return format;
}

/**
 * Formatted days by language and time. A cold build at 10,000 entries formats
 * the same few thousand days hundreds of thousands of times (every card on
 * every listing), and Intl's format() took 1.2 s of it (docs/benchmarks.md).
 */
const formatted = new Map<string, string>();

/** "4. Dezember 2018" (de-DE), "4 December 2018" (en-GB) */
export function formatDate(date: Date, intl = 'de-DE'): string {
  const key = `${intl} ${date.getTime()}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = longDate(intl).format(date)));
  return text;
}

/** "28.–29. November 2018", collapsing the shared month and year like a reader expects. */
export function formatDateRange(start: Date, end?: Date, intl = 'de-DE'): string {
  if (!end || end.getTime() === start.getTime()) return formatDate(start, intl);
  return longDate(intl).formatRange(start, end);
}

/** Value for a `<time datetime>` attribute. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}
