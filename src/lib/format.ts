/** Small German wording helpers used across pages. */

/** "90 Minuten", "2 Stunden", "1,5 Stunden" */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} Minuten`;
  const hours = minutes / 60;
  const text = Number.isInteger(hours) ? String(hours) : hours.toLocaleString('de-DE', { maximumFractionDigits: 1 });
  return `${text} ${hours === 1 ? 'Stunde' : 'Stunden'}`;
}

/** "24 Monate (2 Jahre)" */
export function formatMonths(months: number): string {
  if (months % 12 === 0) {
    const years = months / 12;
    return `${months} Monate (${years} ${years === 1 ? 'Jahr' : 'Jahre'})`;
  }
  return `${months} ${months === 1 ? 'Monat' : 'Monate'}`;
}

/** Human-readable file size in German notation: "1,2 MB". */
export function formatBytes(bytes: number): string {
  const units = ['Byte', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${value.toLocaleString('de-DE', { maximumFractionDigits: digits })} ${units[unit]}`;
}

const languageNames = new Intl.DisplayNames(['de'], { type: 'language' });

/** "ar" → "Arabisch" */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

/** "a, b und c" */
export function joinGerman(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}
