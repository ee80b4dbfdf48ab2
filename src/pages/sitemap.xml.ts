/**
 * sitemap.xml: every published page with its last change (git) or Stand.
 * Derived from the same site index the pages use, so it cannot drift.
 */
import type { APIRoute } from 'astro';
import { COLLECTION_NAMES, collections } from '../schemas/index.ts';
import { loadSiteIndex } from '../lib/site-data.ts';
import { absoluteUrl, collectionUrl, entryUrl, STATIC_PAGES } from '../lib/urls.ts';
import { lastCommitDate } from '../lib/git-dates.ts';
import { isoDate } from '../lib/dates.ts';

export const GET: APIRoute = async () => {
  const index = await loadSiteIndex();
  const urls: { loc: string; lastmod?: string }[] = STATIC_PAGES.map((loc) => ({ loc }));
  for (const name of COLLECTION_NAMES) {
    if (collections[name].route) urls.push({ loc: collectionUrl(name) });
    for (const entry of index.all(name)) {
      urls.push({ loc: entryUrl(name, entry.id), lastmod: isoDate(lastCommitDate(entry.filePath) ?? entry.data.stand) });
    }
  }
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(({ loc, lastmod }) => `  <url><loc>${absoluteUrl(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
