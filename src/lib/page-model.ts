/**
 * The one list of every page the site builds: its address, kind, title,
 * last change, share card, and the entries whose data it shows. The
 * sitemap, the share cards and the redirect check read it; a build test
 * compares it with the built site, so a page cannot be added in one place
 * and forgotten in another. Pure: the build feeds it Astro's entries
 * (site-pages.ts), tests and tooling feed it the checker's reading.
 *
 * Every page exists once per interface language (/en/… mirrors the same
 * templates); the model lists the default-language address.
 */
import { collections, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { Redirects } from '../schemas/redirects.ts';
import { de } from '../i18n/de.ts';
import { collectionUrl, CONTRIBUTE_URL, entryUrl, FUNDING_URL, WITHOUT_FUNDING_URL, WORKSHEET_URL } from './urls.ts';
import { fundingValuePages } from './funding-browse.ts';
import { relatedCandidates } from './related.ts';
import type { AnyEntry, SiteIndex } from './site-index.ts';
import type { ShareCard } from './og-image/card.ts';
import { archivedCard, documentCard, entryCard, fixedPageCard, fundingValueCard, listingCard } from './og-image/page-cards.ts';
import { meetingDocuments } from './documents/pages.ts';

export type PageKind =
  | 'home'
  | 'search'
  | 'map'
  | 'funding'
  | 'funding-without'
  | 'worksheet'
  | 'contribute'
  | 'listing'
  | 'entry'
  | 'funding-value'
  | 'document'
  | 'archived';

export interface SitePage {
  /** Address in the default language, e.g. /erfolgsgeschichten/x/. */
  path: string;
  kind: PageKind;
  collection?: CollectionName;
  /** The entry an entry page presents, as "collection/id". */
  entry?: string;
  /** The download a document page presents (/downloads/…). */
  file?: string;
  /** The record an archive notice presents (content/redirects.yaml). */
  removal?: Redirects['removed'][number];
  title: string;
  /** Last change of the page's own entry (git, else its Stand); absent for pages without one entry. */
  lastChange?: Date;
  card: ShareCard;
  /**
   * Entries whose data the page shows or chooses from (every candidate for
   * its related content, not only the six shown), as "collection/id"; "*"
   * for pages that summarise the whole site (start page, search, map,
   * funding overview). A page's incremental-build key is made from these
   * (page-keys.ts), so an entry missing here means a stale page.
   */
  shows: readonly string[];
  /** Listed in sitemap.xml (archive notices are not: they say the page is gone). */
  sitemap: boolean;
}

/** Pages that exist whatever the content: their address, kind, heading and opening line. */
export const FIXED_PAGES: readonly { path: string; kind: PageKind; title: string; context?: string }[] = [
  { path: '/', kind: 'home', title: de.home.heading, context: de.site.tagline },
  { path: '/suche/', kind: 'search', title: de.search.title },
  { path: '/karte/', kind: 'map', title: de.map.title },
  { path: FUNDING_URL, kind: 'funding', title: de.funding.title, context: de.funding.description },
  { path: WITHOUT_FUNDING_URL, kind: 'funding-without', title: de.funding.withoutHeading },
  { path: WORKSHEET_URL, kind: 'worksheet', title: de.analysis.sheetTitle },
  { path: CONTRIBUTE_URL, kind: 'contribute', title: de.contribute.title, context: de.contribute.lead },
];

/** Collections with a listing page of their own (all but stand-alone pages). */
export const LISTED_COLLECTIONS = COLLECTION_NAMES.filter((name) => collections[name].route);

/** Every address a reader can reach for the given entries, without building anything (the redirect check uses it). */
export function pageAddresses(entries: Iterable<{ collection: CollectionName; id: string }>): Set<string> {
  return new Set([
    ...FIXED_PAGES.map((page) => page.path),
    ...LISTED_COLLECTIONS.map(collectionUrl),
    ...[...entries].map((entry) => entryUrl(entry.collection, entry.id)),
  ]);
}

const key = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;

export interface PageModelInput {
  index: SiteIndex;
  removed: Redirects['removed'];
  /** When an entry last changed (git history, else its Stand). */
  changedAt(entry: AnyEntry): Date;
}

export function buildPageModel({ index, removed, changedAt }: PageModelInput): SitePage[] {
  const pages: SitePage[] = FIXED_PAGES.map((page) => ({
    path: page.path,
    kind: page.kind,
    title: page.title,
    card: fixedPageCard(page.path, page.title, page.context),
    shows: page.kind === 'worksheet' || page.kind === 'contribute' ? [] : ['*'],
    sitemap: true,
  }));
  for (const name of COLLECTION_NAMES) {
    const entries = index.all(name);
    if (collections[name].route) {
      const path = collectionUrl(name);
      pages.push({ path, kind: 'listing', collection: name, title: de.collections[name].plural, card: listingCard(path, name), shows: entries.map(key), sitemap: true });
    }
    for (const entry of entries) {
      const path = entryUrl(name, entry.id);
      const shown = new Set<string>([
        key(entry),
        ...index.referencesFrom(entry).map((reference) => `${reference.target}/${reference.id}`),
        ...index.referencesTo(name, entry.id).map((backlink) => key(backlink.entry)),
        ...[...relatedCandidates(index, entry).keys()].map(key),
      ]);
      pages.push({
        path,
        kind: 'entry',
        collection: name,
        entry: key(entry),
        title: entry.data.title,
        lastChange: changedAt(entry),
        card: entryCard(path, entry, index),
        shows: [...shown],
        sitemap: true,
      });
      if (entry.collection === 'meetings') {
        const meeting = entry;
        for (const document of meetingDocuments(meeting.id, meeting.data)) {
          pages.push({
            path: document.path,
            kind: 'document',
            collection: name,
            file: document.file,
            title: document.title,
            lastChange: changedAt(entry),
            card: documentCard(document.path, document.title, meeting.data.title),
            shows: [key(entry)],
            sitemap: true,
          });
        }
      }
    }
  }
  for (const { dimension, group } of fundingValuePages(index)) {
    const card = fundingValueCard(group.href, de.facets[dimension.facet], group.value, group.entries.length);
    pages.push({ path: group.href, kind: 'funding-value', title: card.title, card, shows: group.entries.map(key), sitemap: true });
  }
  for (const removal of removed) {
    pages.push({ path: removal.path, kind: 'archived', removal, title: removal.title, card: archivedCard(removal), shows: [], sitemap: false });
  }
  return pages;
}
