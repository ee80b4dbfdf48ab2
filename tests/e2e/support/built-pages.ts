/**
 * The pages of a built site, from its output folder, as URL paths, and the
 * page type of each: which template and layout render it. Tests that are
 * too slow for every page (axe, request recording) run once per page type,
 * so they grow with templates, not with content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collections, COLLECTION_NAMES, type CollectionName } from '../../../src/schemas/index.ts';
import { FIXED_PAGES } from '../../../src/lib/page-model.ts';
import { collectionUrl, FUNDING_URL } from '../../../src/lib/urls.ts';
import { readRedirects } from '../../../src/lib/redirects.ts';
import { localeFromPath, DEFAULT_LOCALE } from '../../../src/i18n/locales.ts';

/** The two built sites the browser tests run against. */
export const SITES = {
  site: { outDir: 'dist', siteDir: '.' },
  synthetic: { outDir: 'tests/.output/synthetic-dist', siteDir: 'tests/.output/synthetic' },
} as const;

export function builtPagePaths(outDir: string): string[] {
  const root = path.resolve(outDir);
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    // The editor (admin/) is not a reading page: tests/e2e/synthetic/editor.spec.ts checks it.
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind') && !file.startsWith(`admin${path.sep}`))
    .map((file) => {
      const url = `/${file.split(path.sep).join('/')}`;
      if (url === '/404.html') return url;
      return url.replace(/index\.html$/, '');
    })
    .sort();
}

/** The file a built page is served from. */
export function builtFile(outDir: string, pagePath: string): string {
  return path.join(outDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
}

/** Redirect stubs Astro writes for content/redirects.yaml: not pages of their own. */
export function isRedirectStub(outDir: string, pagePath: string): boolean {
  return /<meta http-equiv="refresh"/i.test(fs.readFileSync(builtFile(outDir, pagePath), 'utf8'));
}

/** Stand-alone pages whose template adds a block of its own (src/components/LegalDetails.astro). */
const PAGES_WITH_OWN_BLOCK = new Set(['impressum', 'datenschutz', 'barrierefreiheit']);

const ROUTED = COLLECTION_NAMES.filter((name) => collections[name].route);
const byRoute = new Map<string, CollectionName>(ROUTED.map((name) => [collections[name].route, name]));

/**
 * The page type of a German page path: the fixed page's kind, "listing:<collection>",
 * "entry:<collection>", "document" (a meeting document), "funding-value", "archived" (an address listed under
 * `removed` in content/redirects.yaml) or "not-found". Stand-alone pages with a
 * block of their own (Impressum, Datenschutz, Barrierefreiheit) are a type each.
 */
export function pageType(pagePath: string, removed: ReadonlySet<string> = new Set()): string {
  if (pagePath === '/404.html') return 'not-found';
  if (removed.has(pagePath)) return 'archived';
  const fixed = FIXED_PAGES.find((page) => page.path === pagePath);
  if (fixed) return fixed.kind;
  const listing = ROUTED.find((name) => collectionUrl(name) === pagePath);
  if (listing) return `listing:${listing}`;
  if (pagePath.startsWith(FUNDING_URL)) return 'funding-value';
  const segments = pagePath.split('/').filter(Boolean);
  if (segments.length === 4 && segments[2] === 'unterlagen' && byRoute.get(segments[0]!) === 'meetings') return 'document';
  if (segments.length === 2 && byRoute.has(segments[0]!)) return `entry:${byRoute.get(segments[0]!)}`;
  if (segments.length === 1) return PAGES_WITH_OWN_BLOCK.has(segments[0]!) ? `entry:pages:${segments[0]}` : 'entry:pages';
  throw new Error(`${pagePath}: unknown page type (tests/e2e/support/built-pages.ts)`);
}

/** The German pages of a built site (no /en/ mirrors, no redirect stubs), grouped by page type in path order. */
export function pagesByType(site: { outDir: string; siteDir: string }): Map<string, string[]> {
  const removed = new Set(readRedirects(path.join(site.siteDir, 'content')).removed.map((removal) => removal.path));
  const groups = new Map<string, string[]>();
  for (const pagePath of builtPagePaths(site.outDir)) {
    if (localeFromPath(pagePath) !== DEFAULT_LOCALE || isRedirectStub(site.outDir, pagePath)) continue;
    const type = pageType(pagePath, removed);
    groups.set(type, [...(groups.get(type) ?? []), pagePath]);
  }
  return groups;
}

/**
 * One page per page type, for checks too slow to run on every page: the first
 * German page of each type, plus the English start page once (the /en/ mirrors
 * use the same templates; the start page carries the language notice).
 */
export function onePerPageType(site: { outDir: string; siteDir: string }): { type: string; path: string }[] {
  const chosen = [...pagesByType(site)].map(([type, paths]) => ({ type, path: paths[0]! }));
  chosen.push({ type: 'home:en', path: '/en/' });
  return chosen;
}
