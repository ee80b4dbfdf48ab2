/**
 * Mirrors every HTML page of src/pages below each translated language's
 * prefix (/en/…), using the same page files: a page learns its language
 * from its URL (src/i18n/index.ts), so there is one page file per page
 * type, not one per language. Non-HTML routes (feeds, calendars, sitemap)
 * exist once; the 404 page answers every language.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { LOCALES, TRANSLATED_LOCALES } from '../i18n/locales.ts';

const UNLOCALIZED_PAGES = new Set(['404.astro']);

/** "treffen/[id].astro" → "/treffen/[id]", "index.astro" → "/". */
export function routePattern(relativeFile: string): string {
  const withoutExtension = relativeFile.replace(/\.astro$/, '').split(path.sep).join('/');
  const pattern = withoutExtension.replace(/(^|\/)index$/, '');
  return `/${pattern}`;
}

export function htmlPageFiles(pagesDir: string): string[] {
  return fs
    .readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro') && !UNLOCALIZED_PAGES.has(file))
    .sort();
}

export function localizedRoutes(): AstroIntegration {
  return {
    name: 'wissensnetz-localized-routes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        const pagesDir = new URL('./pages/', config.srcDir);
        for (const file of htmlPageFiles(pagesDir.pathname)) {
          for (const locale of TRANSLATED_LOCALES) {
            const pattern = routePattern(file);
            injectRoute({
              pattern: `${LOCALES[locale].prefix}${pattern === '/' ? '' : pattern}`,
              entrypoint: new URL(file, pagesDir),
              prerender: true,
            });
          }
        }
      },
    },
  };
}
