/**
 * Every page's share card, keyed by the page's path in the default
 * language. Built once per build from the same data the pages use (the
 * site index, the collection registry, the static-page list the sitemap
 * shares, the removed entries of content/redirects.yaml), so the layout
 * that links a card and the endpoint that draws it cannot disagree.
 */
import { loadSiteIndex } from '../site-data.ts';
import { readRedirects } from '../redirects.ts';
import { contentDir } from '../paths.ts';
import { collectionUrl, entryUrl, STATIC_PAGES } from '../urls.ts';
import { COLLECTION_NAMES, collections } from '../../schemas/index.ts';
import { shareImagePath, type ShareCard } from './card.ts';
import { fundingValuePages } from '../funding-browse.ts';
import { de } from '../../i18n/de.ts';
import { archivedCard, entryCard, fundingValueCard, listingCard, staticPageCard } from './page-cards.ts';

let cataloguePromise: Promise<Map<string, ShareCard>> | undefined;

export function loadShareCards(): Promise<Map<string, ShareCard>> {
  cataloguePromise ??= buildCatalogue();
  return cataloguePromise;
}

async function buildCatalogue(): Promise<Map<string, ShareCard>> {
  const index = await loadSiteIndex();
  const cards: ShareCard[] = STATIC_PAGES.map((page) => staticPageCard(page));
  for (const name of COLLECTION_NAMES) {
    if (collections[name].route) cards.push(listingCard(collectionUrl(name), name));
    for (const entry of index.all(name)) cards.push(entryCard(entryUrl(name, entry.id), entry, index));
  }
  for (const { dimension, group } of fundingValuePages(index)) {
    cards.push(fundingValueCard(group.href, de.facets[dimension.facet], group.value, group.entries.length));
  }
  cards.push(...readRedirects(contentDir).removed.map((removal) => archivedCard(removal)));

  const byPage = new Map<string, ShareCard>();
  const byImage = new Map<string, string>();
  for (const card of cards) {
    // Two pages must never share one image file (a page entry named "index" would meet the start page's).
    const image = shareImagePath(card.page);
    const other = byImage.get(image);
    if (other !== undefined) throw new Error(`Vorschaubild ${image} gehört zu zwei Seiten: ${other} und ${card.page}`);
    byImage.set(image, card.page);
    byPage.set(card.page, card);
  }
  return byPage;
}
