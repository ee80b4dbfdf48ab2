// @ts-check
/**
 * Shared search logic for the header dialog and the search page: loads the
 * Pagefind index of this site (only when a search is opened), runs queries
 * with facet filters and sort, and renders result items.
 */
import { buildExcerpt } from './excerpt.js';

/** @typedef {{ key: string, label: string }} Facet */
/** @typedef {{ url: string, title: string, type: string, context: string, date: string, excerptHtml: string }} SearchResult */

export class SearchUnavailableError extends Error {}

/** The language all indexed content is written in. */
const CONTENT_LANG = 'de';

/** @type {Promise<any> | undefined} */
let pagefindPromise;

/**
 * @typedef {{ facets: Facet[], ranking: Record<string, number>, pathPrefix: string,
 *   typeLabels: Record<string, string>, facetLabelsUrl: string, strings: Record<string, string> }} SearchConfig
 */

/** @type {SearchConfig | undefined} */
let configCache;

/**
 * Settings the page renders from the schemas, the ranking module and the
 * interface dictionary (see src/components/SearchConfig.astro).
 */
export function searchConfig() {
  if (configCache) return configCache;
  const element = document.getElementById('search-config');
  const config = element ? JSON.parse(element.textContent ?? '{}') : {};
  configCache = /** @type {SearchConfig} */ ({ facets: [], ranking: {}, pathPrefix: '', typeLabels: {}, facetLabelsUrl: '', strings: {}, ...config });
  return configCache;
}

/**
 * An interface string of the page's language, with "{name}" placeholders filled.
 * @param {string} key @param {Record<string, string | number>} [values]
 */
export function text(key, values = {}) {
  const template = searchConfig().strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

/** The search page of the reader's language. */
export function searchPagePath() {
  return `${searchConfig().pathPrefix}/suche/`;
}

export function loadPagefind() {
  pagefindPromise ??= (async () => {
    let pagefind;
    try {
      pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    } catch {
      throw new SearchUnavailableError(text('missingIndex'));
    }
    await pagefind.options({ ranking: searchConfig().ranking, excerptLength: 28 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

/** @type {Promise<Record<string, Record<string, string>>> | undefined} */
let labelsPromise;

/** Labels of the facet values by facet and id (written by the build, src/lib/search/facet-labels.ts). */
export function loadFacetLabels() {
  labelsPromise ??= fetch(searchConfig().facetLabelsUrl).then((response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return response.json();
  });
  return labelsPromise;
}

/**
 * The id of a facet value as a URL gives it: an id as it is; a label (the
 * form of search links before ids) looked up by its label, ignoring case.
 * @param {string} facet @param {string} value @param {Record<string, Record<string, string>>} labels
 */
export function facetValueId(facet, value, labels) {
  const known = facet === 'type' ? { ...labels.type, ...searchConfig().typeLabels } : labels[facet] ?? {};
  if (Object.hasOwn(known, value)) return value;
  const wanted = value.normalize('NFC').toLocaleLowerCase('de');
  const typeIds = facet === 'type' ? Object.entries(searchConfig().typeLabels) : [];
  for (const [id, label] of [...Object.entries(labels[facet] ?? {}), ...typeIds]) {
    if (label.normalize('NFC').toLocaleLowerCase('de') === wanted) return id;
  }
  return value;
}

/** Every facet value in the index with its count; also loads the filter data that result counts need. */
export async function allFacetValues() {
  const pagefind = await loadPagefind();
  return /** @type {Record<string, Record<string, number>>} */ (await pagefind.filters());
}

/**
 * @param {string} query
 * @param {{ filters?: Record<string, string[]>, sort?: 'relevance' | 'newest' | 'oldest' }} [options]
 */
export async function runSearch(query, options = {}) {
  const pagefind = await loadPagefind();
  const filters = Object.fromEntries(
    Object.entries(options.filters ?? {})
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
  const sort = options.sort === 'newest' ? { date: 'desc' } : options.sort === 'oldest' ? { date: 'asc' } : undefined;
  const trimmed = query.trim();
  if (!trimmed && Object.keys(filters).length === 0) return { results: [], total: 0, counts: await pagefind.filters() };
  const search = await pagefind.search(trimmed || null, { filters, ...(sort ? { sort } : {}) });
  return {
    total: search.results.length,
    counts: /** @type {Record<string, Record<string, number>>} */ (search.filters),
    /** @param {number} from @param {number} to @returns {Promise<SearchResult[]>} */
    page: (from, to) =>
      Promise.all(search.results.slice(from, to).map(async (/** @type {any} */ result) => toResult(await result.data(), trimmed))),
  };
}

/** @param {any} data @param {string} query @returns {SearchResult} */
function toResult(data, query) {
  const { pathPrefix, typeLabels } = searchConfig();
  const type = data.meta.type ?? '';
  return {
    // The index holds the German pages; a reader of another interface language stays in it.
    url: `${pathPrefix}${data.url}`,
    title: data.meta.title ?? data.url,
    type: typeLabels[type] ?? type,
    context: data.meta.context ?? '',
    date: data.meta.date ?? '',
    excerptHtml: buildExcerpt(data, query),
  };
}

/** @param {SearchResult} result @param {'h2' | 'h3'} headingLevel */
export function renderResult(result, headingLevel) {
  const item = document.createElement('li');
  item.className = 'search-result';
  let excerptLang = '';
  const type = document.createElement('span');
  type.className = 'card__type';
  type.textContent = result.type;
  const heading = document.createElement(headingLevel);
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  // Titles and excerpts are German content, also when the interface is not.
  if (document.documentElement.lang !== CONTENT_LANG) {
    link.lang = CONTENT_LANG;
    excerptLang = CONTENT_LANG;
  }
  heading.append(link);
  const meta = document.createElement('span');
  meta.className = 'card__meta';
  meta.textContent = result.context;
  const excerpt = document.createElement('p');
  // Built by buildExcerpt from escaped page text; the only markup is <mark>.
  excerpt.innerHTML = result.excerptHtml;
  if (excerptLang) excerpt.lang = excerptLang;
  item.append(type, heading, meta, excerpt);
  return item;
}

/** "1 Ergebnis", "3 Ergebnisse" @param {number} count */
export function countLabel(count) {
  return count === 1 ? text('resultOne') : text('resultMany', { n: count });
}
