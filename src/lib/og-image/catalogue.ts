/**
 * Every page's share card, keyed by the page's path in the default
 * language, read from the page model (src/lib/page-model.ts), so the layout
 * that links a card and the endpoint that draws it cannot disagree.
 */
import { loadPageModel } from '../site-pages.ts';
import { shareImagePath, type ShareCard } from './card.ts';

let cataloguePromise: Promise<Map<string, ShareCard>> | undefined;

export function loadShareCards(): Promise<Map<string, ShareCard>> {
  cataloguePromise ??= buildCatalogue();
  return cataloguePromise;
}

async function buildCatalogue(): Promise<Map<string, ShareCard>> {
  const byPage = new Map<string, ShareCard>();
  const byImage = new Map<string, string>();
  for (const { card } of await loadPageModel()) {
    // Two pages must never share one image file (a page entry named "index" would meet the start page's).
    const image = shareImagePath(card.page);
    const other = byImage.get(image);
    if (other !== undefined) throw new Error(`Vorschaubild ${image} gehört zu zwei Seiten: ${other} und ${card.page}`);
    byImage.set(image, card.page);
    byPage.set(card.page, card);
  }
  return byPage;
}
