/**
 * What a page's share card (Open Graph image) says. Only facts the page
 * itself shows: the site name, the page type from the interface dictionary,
 * the title, and for entries the one line of key facts their cards and
 * search results show (date and place, partner and city, …). The text is
 * German, like the content: the English interface mirror (/en/…) shares the
 * German page's card, see BaseLayout.astro.
 */
import { describeEntry } from '../describe.ts';
import type { AnyEntry, SiteIndex } from '../site-data.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Redirects } from '../../schemas/redirects.ts';
import { siteConfig } from '../../site.config.ts';
import { de } from '../../i18n/de.ts';
import { STATIC_PAGES, WORKSHEET_URL } from '../urls.ts';

/** 1200×630: the size (1.91:1) Open Graph consumers show as a large preview. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface ShareCard {
  /** Path of the page in the default language ("/treffen/bundesnetzwerktreffen-2018-berlin/"). */
  page: string;
  /** The small line at the top: the site name and, where there is one, the page type. */
  kicker: string;
  title: string;
  /** One optional line of facts at the bottom. */
  context?: string;
}

/** The parts of a card that end up in the picture; the cache key is built from these only. */
export function drawnText(card: ShareCard): Pick<ShareCard, 'kicker' | 'title' | 'context'> {
  return { kicker: card.kicker, title: card.title, context: card.context };
}

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
  return { page, kicker: kicker(), title: STATIC_PAGE_TITLES[page] };
}

/** The archive notice at a removed entry's old address. */
export function archivedCard(removal: Redirects['removed'][number]): ShareCard {
  return { page: removal.path, kicker: kicker(de.archived.badge), title: removal.title };
}

/**
 * Where a page's card is published: one folder for all of them, one file
 * per page ("/treffen/x/" → "/og/treffen/x.png", the start page →
 * "/og/index.png"). Files exist once, for every interface language.
 */
export function shareImagePath(page: string): string {
  return `/og/${shareImageParam(page)}.png`;
}

/** The `path` parameter of the image endpoint (src/pages/og/[...path].png.ts). */
export function shareImageParam(page: string): string {
  const trimmed = page.replace(/^\/|\/$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/**
 * The alternative text: the card is an image of text, so it says what the
 * card says ("Wissensnetz · Treffen: Bundesnetzwerktreffen 2018 in Berlin
 * (28.–29. November 2018 · Berlin)").
 */
export function shareImageAlt(card: ShareCard): string {
  return `${card.kicker}: ${card.title}${card.context ? ` (${card.context})` : ''}`;
}
