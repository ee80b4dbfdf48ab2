/**
 * A page's share card (Open Graph image): what it says, where it is
 * published, its alternative text. Imports nothing, so the drawing worker
 * (draw-worker.ts) can load it without the site's content modules; what
 * each page's card says is decided in page-cards.ts.
 */

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

/** The parts of a card that end up in the picture. */
export type CardText = Pick<ShareCard, 'kicker' | 'title' | 'context'>;

/** Only the text decides the picture (and the cache key): two pages with the same text share one drawing. */
export function cardText(card: ShareCard): CardText {
  return { kicker: card.kicker, title: card.title, ...(card.context ? { context: card.context } : {}) };
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
