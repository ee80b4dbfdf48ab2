/** URLs of entries and their source files; the only place that knows the URL scheme. */
import { collections, type CollectionName } from '../schemas/index.ts';
import { siteConfig } from '../site.config.ts';

export function collectionUrl(collection: CollectionName): string {
  const route = collections[collection].route;
  return route ? `/${route}/` : '/';
}

export function entryUrl(collection: CollectionName, id: string): string {
  return `${collectionUrl(collection)}${id}/`;
}

/** Opens the file in the Git host's web editor (GitHub-style `/edit/<branch>/<path>`). */
export function editUrl(filePath: string): string {
  const { url, branch } = siteConfig.repository;
  return `${url}/edit/${branch}/${filePath.replace(/^\.\//, '')}`;
}

/** A section of CONTRIBUTING.md (German, for content editors) on the Git host. */
export function contributingUrl(anchor = ''): string {
  const { url, branch } = siteConfig.repository;
  return `${url}/blob/${branch}/CONTRIBUTING.md${anchor ? `#${anchor}` : ''}`;
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, siteConfig.url).href;
}

/** The search page with facet filters set by value ids, e.g. { topic: 'verstetigung', type: 'stories' }. */
export function searchUrl(filters: Record<string, string>): string {
  return `/suche/?${new URLSearchParams(filters).toString()}`;
}

/** The page on how to contribute (src/pages/mitmachen.astro), linked from the footer; it links CONTRIBUTING.md. */
export const CONTRIBUTE_URL = '/mitmachen/';

/** The plain-language (Leichte Sprache) explanation of the site, linked from the start page and the footer. */
export const PLAIN_LANGUAGE_PAGE = entryUrl('pages', 'leichte-sprache');

/** The printable blank worksheet of a potential analysis, and the blank template it mirrors. */
export const WORKSHEET_URL = '/potenzialanalysen/arbeitsblatt/';
export const ANALYSIS_TEMPLATE_URL = '/potenzialanalysen/vorlage.md';

/** The browse pages of the funding vocabulary start here (src/lib/funding-browse.ts). */
export const FUNDING_URL = '/foerderung/';
/** Every story and expert that states no funding facts; the overview shows the first few. */
export const WITHOUT_FUNDING_URL = `${FUNDING_URL}ohne-angaben/`;

