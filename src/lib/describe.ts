/** One line of key facts per entry, for cards and search results. */
import { formatDateRange } from './dates.ts';
import { formatDuration, joinList } from './format.ts';
import type { AnyEntry, SiteIndex } from './site-data.ts';
import { dictionary } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

export function describeEntry(entry: AnyEntry, index?: SiteIndex, locale: Locale = 'de'): string {
  const t = dictionary(locale);
  const { intl } = LOCALES[locale];
  const titleOf = (collection: 'cities' | 'partners', id: string) => index?.get(collection, id)?.data.title ?? undefined;
  switch (entry.collection) {
    case 'meetings': {
      const city = titleOf('cities', entry.data.city);
      return [formatDateRange(entry.data.startDate, entry.data.endDate, intl), city].filter(Boolean).join(' · ');
    }
    case 'stories':
      return [titleOf('partners', entry.data.partner), titleOf('cities', entry.data.city)].filter(Boolean).join(' · ');
    case 'modules':
      return `${t.module.module} ${entry.data.order} · ${entry.data.level} · ${formatDuration(entry.data.durationMinutes, intl)}`;
    case 'experts':
      return [entry.data.kind === 'intern' ? t.expert.kindInternal : t.expert.kindExternal, joinList(entry.data.regions, intl)].join(' · ');
    case 'partners':
    case 'analyses':
      return titleOf('cities', entry.data.city) ?? '';
    case 'cities':
      return entry.data.state;
    case 'networks':
      return entry.data.region === 'bundesweit' ? t.facts.nationwide : entry.data.region;
    default:
      return '';
  }
}
