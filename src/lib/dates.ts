/** German date formatting. All content dates are calendar dates stored as UTC midnight. */

const longDate = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "4. Dezember 2018" */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "28.–29. November 2018", collapsing the shared month and year like a German reader expects. */
export function formatDateRange(start: Date, end?: Date): string {
  if (!end || end.getTime() === start.getTime()) return formatDate(start);
  return longDate.formatRange(start, end);
}

/** Value for a `<time datetime>` attribute. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}
