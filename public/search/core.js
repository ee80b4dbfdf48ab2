// @ts-check
/**
 * Shared search logic for the header dialog and the search page: loads the
 * Pagefind index of this site (only when a search is opened), runs queries
 * with facet filters and sort, and renders result items.
 */
import { buildExcerpt, escapeHtml } from './excerpt.js';
import { DATE_ORDER_FILE, dateRanks } from './date-order.js';
import { NO_VOCABULARY, parseVocabulary, searchSite } from './engine.js';
import { VOCABULARY_FILE } from './vocabulary.js';

/** @typedef {{ key: string, label: string }} Facet */
/** @typedef {{ url: string, title: string, type: string, context: string, date: string, excerptHtml: string, missing: string[] }} SearchResult */

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
    // noWorker: Pagefind's web worker is another 12 KB to fetch before the first result, and a
    // search of this site's index takes a few milliseconds on the main thread (docs/benchmarks.md).
    await pagefind.options({ ranking: searchConfig().ranking, excerptLength: 28, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

/** @type {Promise<import('./vocabulary.js').Vocabulary> | undefined} */
let vocabularyPromise;

/** The site's words (written by the index step): without them the search runs on what was typed. */
export function loadVocabulary() {
  vocabularyPromise ??= fetch(`${location.origin}/pagefind/${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((json) => parseVocabulary(json))
    .catch(() => NO_VOCABULARY);
  return vocabularyPromise;
}

/**
 * Starts loading the search engine, index entry and vocabulary before the
 * reader types (search button hovered or focused, search page opened), so
 * the first keystroke only waits for the index chunk of its word.
 */
export function preloadSearch() {
  loadPagefind().catch(() => {});
  loadVocabulary();
}

/**
 * While the reader types, before the typing pause ends: fetches the index
 * chunks of the words so far, so the search after the pause finds them loaded.
 * @param {string} query
 */
export function preloadQuery(query) {
  if (!query.trim()) return;
  loadPagefind()
    .then((pagefind) => pagefind.preload(query.trim()))
    .catch(() => {});
}

/** @type {Promise<Map<string, number>> | undefined} */
let dateRanksPromise;

/** The pages' date order, fetched the first time a reader sorts by date. */
function loadDateRanks() {
  dateRanksPromise ??= fetch(`${location.origin}/pagefind/${DATE_ORDER_FILE}`)
    .then((response) => (response.ok ? response.json() : undefined))
    .then(dateRanks)
    .catch(() => new Map());
  return dateRanksPromise;
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
 * @param {{ filters?: Record<string, string[]>, sort?: 'relevance' | 'newest' | 'oldest', exact?: boolean }} [options]
 *   exact: search the words as typed, without the vocabulary's repairs
 */
export async function runSearch(query, options = {}) {
  const [pagefind, vocabulary] = await Promise.all([loadPagefind(), loadVocabulary()]);
  const filters = Object.fromEntries(
    Object.entries(options.filters ?? {})
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
  const direction = options.sort === 'newest' || options.sort === 'oldest' ? options.sort : undefined;
  const trimmed = query.trim();
  if (!trimmed && Object.keys(filters).length === 0) {
    /** @type {(from: number, to: number) => Promise<SearchResult[]>} */
    const nothing = async () => [];
    return { results: [], total: 0, counts: await pagefind.filters(), corrections: [], partial: false, complete: 0, missingEverywhere: [], searchedFor: '', page: nothing };
  }
  const byDate = direction ? { byDate: { ranks: await loadDateRanks(), direction } } : {};
  const found = await searchSite(pagefind, vocabulary, trimmed, { filters, exact: options.exact === true, ...byDate });
  return {
    ...found,
    /** @param {number} from @param {number} to @returns {Promise<SearchResult[]>} */
    page: (from, to) =>
      Promise.all(found.results.slice(from, to).map(async (result) => toResult(await result.data(), found.searchedFor || trimmed, result.missing))),
  };
}

/**
 * What the search did with the reader's words, for the status line and the
 * notice above the results: the corrected query with a link that searches
 * what was typed, and which words no page held.
 * @param {{ corrections: { from: string, to: string }[], partial: boolean, complete: number, missingEverywhere: string[], total: number }} found
 * @param {string} typed
 */
export function describeRepairs(found, typed) {
  let shownQuery = typed.trim();
  for (const { from, to } of found.corrections) shownQuery = shownQuery.replace(from, to);
  /** @type {string} */
  let noticeHtml = '';
  if (found.corrections.length > 0) {
    const to = found.corrections.map((correction) => `<strong>${escapeHtml(correction.to)}</strong>`).join(', ');
    const from = found.corrections.map((correction) => correction.from).join(', ');
    const asTyped = `${searchPagePath()}?${new URLSearchParams({ q: typed.trim(), exact: '1' })}`;
    // The dictionary's sentence escaped as text; only the corrected words are set in bold.
    noticeHtml = `${escapeHtml(text('correctedTo', { to: '\u0000' })).replace('\u0000', to)}${escapeHtml(text('correctedFrom', { from }))}. `
      + `<a href="${escapeHtml(asTyped)}" data-search-as-typed>${escapeHtml(text('searchAsTyped', { query: typed.trim() }))}</a>`;
  }
  let partialNote = '';
  if (found.partial && found.complete > 0) partialNote = ` ${text('partialAfter')}.`;
  else if (found.partial && found.total > 0) {
    partialNote = ` ${found.missingEverywhere.length ? text('partialWithout', { words: found.missingEverywhere.join(', ') }) : text('partial')}.`;
  }
  return { shownQuery, noticeHtml, partialNote };
}

/**
 * "#id" of the section holding a page's first matching word, for pages that ask for it
 * (meta linkSection: a document's hit opens the page of the file where the words are), else "".
 * @param {any} data
 */
export function sectionAnchor(data) {
  if (!data.meta?.linkSection) return '';
  const visible = String(data.content ?? '').split(/\s+/).filter(Boolean).length - Number(data.meta.extraTerms ?? 0);
  const matches = (data.locations ?? []).filter((/** @type {number} */ location) => location < visible);
  if (matches.length === 0) return '';
  const first = Math.min(...matches);
  /** @type {{ id?: string, location: number }[]} */
  const anchors = data.anchors ?? [];
  const section = anchors.filter((anchor) => anchor.id && anchor.location <= first).at(-1);
  return section ? `#${encodeURIComponent(section.id ?? '')}` : '';
}

/** @param {any} data @param {string} query @param {string[]} missing @returns {SearchResult} */
function toResult(data, query, missing) {
  const { pathPrefix, typeLabels } = searchConfig();
  const type = data.meta.type ?? '';
  return {
    // The index holds the German pages; a reader of another interface language stays in it.
    url: `${pathPrefix}${data.url}${sectionAnchor(data)}`,
    title: data.meta.title ?? data.url,
    type: typeLabels[type] ?? type,
    context: data.meta.context ?? '',
    date: data.meta.date ?? '',
    excerptHtml: buildExcerpt(data, query),
    missing,
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
  if (result.missing.length > 0) {
    const missing = document.createElement('p');
    missing.className = 'search-result__missing card__meta';
    missing.textContent = text('missingOnPage', { words: result.missing.join(', ') });
    item.append(missing);
  }
  return item;
}

/** "1 Ergebnis", "3 Ergebnisse" @param {number} count */
export function countLabel(count) {
  return count === 1 ? text('resultOne') : text('resultMany', { n: count });
}
