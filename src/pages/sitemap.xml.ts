/**
 * sitemap.xml: every published page in every interface language, with its
 * last change (git) or Stand and its language alternates (hreflang), read
 * from the page model (src/lib/page-model.ts).
 */
import type { APIRoute } from 'astro';
import { loadPageModel } from '../lib/site-pages.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { isoDate } from '../lib/dates.ts';
import { LOCALE_CODES, LOCALES, localizePath } from '../i18n/locales.ts';

export const GET: APIRoute = async () => {
  const pages = (await loadPageModel())
    .filter((page) => page.sitemap)
    .map((page) => ({ path: page.path, ...(page.lastChange ? { lastmod: isoDate(page.lastChange) } : {}) }));
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
