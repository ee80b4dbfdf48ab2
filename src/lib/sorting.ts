/** The order each collection is listed in: newest meetings first, modules by number, the rest A–Z. */
import type { AnyEntry } from './site-data.ts';

function sortKey(entry: AnyEntry): number | undefined {
  if (entry.collection === 'meetings') return -entry.data.startDate.getTime();
  if (entry.collection === 'modules') return entry.data.order;
  if (entry.collection === 'topics') return entry.data.order;
  return undefined;
}

export function sortForListing<T extends AnyEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    const keyA = sortKey(a);
    const keyB = sortKey(b);
    if (keyA !== undefined && keyB !== undefined && keyA !== keyB) return keyA - keyB;
    if (keyA !== undefined && keyB === undefined) return -1;
    if (keyA === undefined && keyB !== undefined) return 1;
    return a.data.title.localeCompare(b.data.title, 'de');
  });
}
