/**
 * schema.org JSON-LD per entry, so search engines and link previews know a
 * meeting is an Event, a story an Article, a module a Course. Only facts
 * the entry states are included; nothing is filled in.
 */
import { safeExternalUrl } from './external-url.ts';
import type { AnyEntry, SiteIndex } from './site-data.ts';
import { absoluteUrl, entryUrl } from './urls.ts';
import { isoDate } from './dates.ts';
import { siteConfig } from '../site.config.ts';

type JsonLd = Record<string, unknown>;

const place = (index: SiteIndex, cityId: string) => {
  const city = index.get('cities', cityId);
  return city && { '@type': 'Place', name: city.data.title, address: { '@type': 'PostalAddress', addressLocality: city.data.title, addressRegion: city.data.state, addressCountry: 'DE' } };
};

export function structuredData(entry: AnyEntry, index: SiteIndex): JsonLd | undefined {
  const url = absoluteUrl(entryUrl(entry.collection, entry.id));
  const base = { '@context': 'https://schema.org', url, name: entry.data.title, description: entry.data.summary, inLanguage: 'de' };
  switch (entry.collection) {
    case 'meetings': {
      const { data } = entry;
      return {
        ...base,
        '@type': 'Event',
        startDate: isoDate(data.startDate),
        endDate: isoDate(data.endDate ?? data.startDate),
        eventAttendanceMode: `https://schema.org/${{ Präsenz: 'Offline', Online: 'Online', Hybrid: 'Mixed' }[data.format]}EventAttendanceMode`,
        location: place(index, data.city),
        ...(data.organiser?.network ? { organizer: { '@type': 'Organization', name: index.get('networks', data.organiser.network)?.data.title } } : {}),
      };
    }
    case 'stories':
      return {
        ...base,
        '@type': 'Article',
        headline: entry.data.title,
        dateModified: isoDate(entry.data.stand),
        about: { '@type': 'Organization', name: index.get('partners', entry.data.partner)?.data.title, location: place(index, entry.data.city) },
        publisher: { '@type': 'Organization', name: siteConfig.name },
      };
    case 'modules':
      return {
        ...base,
        '@type': 'Course',
        educationalLevel: entry.data.level,
        timeRequired: `PT${entry.data.durationMinutes}M`,
        teaches: entry.data.goals,
        provider: { '@type': 'Organization', name: siteConfig.name },
      };
    case 'experts':
      return { ...base, '@type': 'Person', ...(entry.data.organisation ? { affiliation: { '@type': 'Organization', name: entry.data.organisation } } : {}) };
    case 'partners':
      return { ...base, '@type': 'Organization', location: place(index, entry.data.city), ...(safeExternalUrl(entry.data.website) ? { sameAs: safeExternalUrl(entry.data.website) } : {}) };
    case 'networks':
      return { ...base, '@type': 'Organization', ...(entry.data.founded ? { foundingDate: String(entry.data.founded) } : {}) };
    default:
      return undefined;
  }
}

/** JSON for a <script type="application/ld+json"> block; "<" escaped so text can never close the script. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
