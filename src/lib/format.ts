/** Small wording helpers used across pages, German by default. */

interface Units {
  minutes: string;
  hour: string;
  hours: string;
  month: string;
  months: string;
  year: string;
  years: string;
  and: string;
}

const UNITS: Record<string, Units> = {
  de: { minutes: 'Minuten', hour: 'Stunde', hours: 'Stunden', month: 'Monat', months: 'Monate', year: 'Jahr', years: 'Jahre', and: 'und' },
  en: { minutes: 'minutes', hour: 'hour', hours: 'hours', month: 'month', months: 'months', year: 'year', years: 'years', and: 'and' },
};

const unitsFor = (intl: string): Units => UNITS[intl.slice(0, 2)] ?? UNITS.de!;

/** "90 Minuten", "2 Stunden", "1,5 Stunden" */
export function formatDuration(minutes: number, intl = 'de-DE'): string {
  const units = unitsFor(intl);
  if (minutes < 60) return `${minutes} ${units.minutes}`;
  const hours = minutes / 60;
  const text = Number.isInteger(hours) ? String(hours) : hours.toLocaleString(intl, { maximumFractionDigits: 1 });
  return `${text} ${hours === 1 ? units.hour : units.hours}`;
}

/** "24 Monate (2 Jahre)" */
export function formatMonths(months: number, intl = 'de-DE'): string {
  const units = unitsFor(intl);
  if (months % 12 === 0) {
    const years = months / 12;
    return `${months} ${units.months} (${years} ${years === 1 ? units.year : units.years})`;
  }
  return `${months} ${months === 1 ? units.month : units.months}`;
}

/** Human-readable file size: "1,2 MB" (German notation by default). */
export function formatBytes(bytes: number, intl = 'de-DE'): string {
  const units = ['Byte', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${value.toLocaleString(intl, { maximumFractionDigits: digits })} ${units[unit]}`;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** "ar" → "Arabisch" (or "Arabic" in an English interface) */
export function languageName(code: string, intl = 'de-DE'): string {
  let names = languageNames.get(intl);
  if (!names) {
    names = new Intl.DisplayNames([intl], { type: 'language' });
    languageNames.set(intl, names);
  }
  return names.of(code) ?? code;
}

/** "a, b und c" ("a, b and c" in English) */
export function joinList(items: readonly string[], intl = 'de-DE'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${unitsFor(intl).and} ${items.at(-1)}`;
}
