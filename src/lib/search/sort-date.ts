/** The date results are sorted by: when a meeting took place, else when the source reported it, else the Stand. */
import { isoDate } from '../dates.ts';
import type { AnyEntry } from '../site-data.ts';

export function searchDate(entry: AnyEntry): Date {
  if (entry.collection === 'meetings') return entry.data.startDate;
  const reported = entry.data.sources.map((source) => source.date).find((date) => date !== undefined);
  return reported ?? entry.data.stand;
}

export function searchSortValue(entry: AnyEntry): string {
  return isoDate(searchDate(entry));
}
