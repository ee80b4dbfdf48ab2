/** One line of key facts per entry, for cards and search results. */
import { formatDateRange } from './dates.ts';
import { formatDuration, joinGerman } from './format.ts';
import type { AnyEntry, SiteIndex } from './site-data.ts';

export function describeEntry(entry: AnyEntry, index?: SiteIndex): string {
  const titleOf = (collection: 'cities' | 'partners', id: string) => index?.get(collection, id)?.data.title ?? undefined;
  switch (entry.collection) {
    case 'meetings': {
      const city = titleOf('cities', entry.data.city);
      return [formatDateRange(entry.data.startDate, entry.data.endDate), city].filter(Boolean).join(' · ');
    }
    case 'stories':
      return [titleOf('partners', entry.data.partner), titleOf('cities', entry.data.city)].filter(Boolean).join(' · ');
    case 'modules':
      return `Modul ${entry.data.order} · ${entry.data.level} · ${formatDuration(entry.data.durationMinutes)}`;
    case 'experts':
      return [entry.data.kind === 'intern' ? 'Intern' : 'Extern', joinGerman(entry.data.regions)].join(' · ');
    case 'partners':
    case 'analyses':
      return titleOf('cities', entry.data.city) ?? '';
    case 'cities':
      return entry.data.state;
    case 'networks':
      return entry.data.region === 'bundesweit' ? 'Bundesweit' : entry.data.region;
    default:
      return '';
  }
}
