/**
 * sitemap.xml: every published page in every interface language, with its
 * last change (git) or Stand and its language alternates (hreflang).
 * Derived from the same site index the pages use, so it cannot drift.
 */
import type { APIRoute } from 'astro';
import { COLLECTION_NAMES, collections } from '../schemas/index.ts';
import { loadSiteIndex } from '../lib/site-data.ts';
import { absoluteUrl, collectionUrl, entryUrl, STATIC_PAGES } from '../lib/urls.ts';
import { fundingValuePages } from '../lib/funding-browse.ts';
import { lastCommitDate } from '../lib/git-dates.ts';
import { isoDate } from '../lib/dates.ts';
import { LOCALE_CODES, LOCALES, localizePath } from '../i18n/locales.ts';

export const GET: APIRoute = async () => {
  const index = await loadSiteIndex();
  const pages: { path: string; lastmod?: string }[] = STATIC_PAGES.map((path) => ({ path }));
  for (const name of COLLECTION_NAMES) {
    if (collections[name].route) pages.push({ path: collectionUrl(name) });
    for (const entry of index.all(name)) {
      pages.push({ path: entryUrl(name, entry.id), lastmod: isoDate(lastCommitDate(entry.filePath) ?? entry.data.stand) });
    }
  }
  for (const { group } of fundingValuePages(index)) pages.push({ path: group.href });
  const alternates = (path: string) =>
    LOCALE_CODES.map(
      (code) => `<xhtml:link rel="alternate" hreflang="${LOCALES[code].htmlLang}" href="${absoluteUrl(localizePath(path, code))}"/>`,
    ).join('');
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.flatMap(({ path, lastmod }) =>
      LOCALE_CODES.map(
        (code) =>
          `  <url><loc>${absoluteUrl(localizePath(path, code))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates(path)}</url>`,
      ),
    ),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
