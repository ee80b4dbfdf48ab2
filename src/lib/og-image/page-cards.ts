/**
 * What each kind of page's share card says. Only facts the page itself
 * shows: the site name, the page type from the interface dictionary, the
 * title, and for entries the one line of key facts their cards and search
 * results show (date and place, partner and city, …). The text is German,
 * like the content: the English interface mirror (/en/…) shares the German
 * page's card, see BaseLayout.astro.
 */
import { describeEntry } from '../describe.ts';
import type { AnyEntry, SiteIndex } from '../site-index.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Redirects } from '../../schemas/redirects.ts';
import { siteConfig } from '../../site.config.ts';
import { de } from '../../i18n/de.ts';
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

/** A page that exists whatever the content (start page, search, map, …): its heading and, where it opens with one, its first line. */
export function fixedPageCard(page: string, title: string, context?: string): ShareCard {
  return { page, kicker: kicker(), title, ...(context ? { context } : {}) };
}

/** A value of the funding vocabulary (/foerderung/<dimension>/<value>/): the same heading and sentence as the page. */
export function fundingValueCard(page: string, dimensionLabel: string, value: string, entries: number): ShareCard {
  return {
    page,
    kicker: kicker(de.funding.title),
    title: de.funding.valueTitle(dimensionLabel, value),
    context: de.funding.valueDescription(dimensionLabel, value, entries),
  };
}

/** The archive notice at a removed entry's old address. */
export function archivedCard(removal: Redirects['removed'][number]): ShareCard {
  return { page: removal.path, kicker: kicker(de.archived.badge), title: removal.title };
}


/** A meeting document's page: its title and its meeting. */
export function documentCard(page: string, title: string, meetingTitle: string): ShareCard {
  return { page, kicker: kicker(de.document.singular), title, context: meetingTitle };
}
