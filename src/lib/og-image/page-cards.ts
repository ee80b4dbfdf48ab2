/**
 * What each kind of page's share card says. Only facts the page itself
 * shows: the site name, the page type from the interface dictionary, the
 * title, and for entries the one line of key facts their cards and search
 * results show (date and place, partner and city, …). The text is German,
 * like the content: the English interface mirror (/en/…) shares the German
 * page's card, see BaseLayout.astro.
 */
import { describeEntry } from '../describe.ts';
import type { AnyEntry, SiteIndex } from '../site-data.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Redirects } from '../../schemas/redirects.ts';
import { siteConfig } from '../../site.config.ts';
import { de } from '../../i18n/de.ts';
import { STATIC_PAGES, WORKSHEET_URL } from '../urls.ts';
import type { ShareCard } from './card.ts';

const kicker = (type?: string) => (type ? `${siteConfig.name} · ${type}` : siteConfig.name);

export function entryCard(page: string, entry: AnyEntry, index: SiteIndex): ShareCard {
  // Stand-alone pages (Impressum, Datenschutz, …) are not a content type readers look for; the site name suffices.
  const type = entry.collection === 'pages' ? undefined : de.collections[entry.collection].singular;
  const context = describeEntry(entry, index, 'de');
  return { page, kicker: kicker(type), title: entry.data.title, ...(context ? { context } : {}) };
}

/** A listing page shows the collection's name and its introductory sentence. */
export function listingCard(page: string, collection: CollectionName): ShareCard {
  const { plural, intro } = de.collections[collection];
  return { page, kicker: kicker(), title: plural, context: intro };
}

/** The headings of the pages that are neither entries nor listings (the type checker asks for each one). */
const STATIC_PAGE_TITLES: Record<(typeof STATIC_PAGES)[number], string> = {
  '/': de.home.heading,
  '/suche/': de.search.title,
  '/karte/': de.map.title,
  [WORKSHEET_URL]: de.analysis.sheetTitle,
};

export function staticPageCard(page: (typeof STATIC_PAGES)[number]): ShareCard {
  // The start page adds the tagline every page's header shows: what the network is.
  return { page, kicker: kicker(), title: STATIC_PAGE_TITLES[page], ...(page === '/' ? { context: de.site.tagline } : {}) };
}

/** The archive notice at a removed entry's old address. */
export function archivedCard(removal: Redirects['removed'][number]): ShareCard {
  return { page: removal.path, kicker: kicker(de.archived.badge), title: removal.title };
}

