/**
 * The share card (Open Graph image) of every page, drawn at build time:
 * /og/treffen/<name>.png for /treffen/<name>/, /og/index.png for the start
 * page. The paths come from the same catalogue BaseLayout links the cards
 * from (src/lib/og-image/catalogue.ts). This is a .ts endpoint, not an
 * .astro page, so the localized-routes integration does not mirror it under
 * /en/: the English pages link these same files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadShareCards } from '../../lib/og-image/catalogue.ts';
import { shareImageParam, type ShareCard } from '../../lib/og-image/card.ts';
import { drawMissingCardsInBackground, shareCardPng } from '../../lib/og-image/share-image.ts';
import { shareCardCacheKey } from '../../lib/static-paths.ts';

export const getStaticPaths = (async () => {
  const cards = [...(await loadShareCards()).values()];
  // Astro collects every route's paths before it renders any page, so a
  // worker draws the missing cards while the HTML pages are rendered
  // (share-image.ts). The dev server draws each image when it is asked for.
  if (import.meta.env.PROD) drawMissingCardsInBackground(cards);
  return cards.map((card) => ({ params: { path: shareImageParam(card.page) }, props: { card }, cacheKey: shareCardCacheKey(card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await shareCardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
