// @ts-check
/**
 * The search page (/suche/): query, facet filters and sort live in the URL
 * (?q=…&type=…&city=…&sort=…), so a search can be shared, bookmarked and
 * reloaded. Facet values and counts come from the index, which took them
 * from the content schemas.
 */
import { allFacetValues, countLabel, describeRepairs, facetValueId, loadFacetLabels, preloadQuery, preloadSearch, renderResult, runSearch, searchConfig, SearchUnavailableError, text } from './core.js';

const PAGE_SIZE = 10;
const root = /** @type {HTMLElement} */ (document.querySelector('[data-search-page]'));
const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
const input = /** @type {HTMLInputElement} */ (form.querySelector('input[name="q"]'));
const sortSelect = /** @type {HTMLSelectElement} */ (form.querySelector('select[name="sort"]'));
const facetsContainer = /** @type {HTMLElement} */ (root.querySelector('[data-facets]'));
const status = /** @type {HTMLElement} */ (root.querySelector('[data-status]'));
const notice = /** @type {HTMLElement} */ (root.querySelector('[data-notice]'));
const list = /** @type {HTMLOListElement} */ (root.querySelector('[data-results]'));
const moreButton = /** @type {HTMLButtonElement} */ (root.querySelector('[data-more]'));
const emptyHelp = /** @type {HTMLElement} */ (root.querySelector('[data-empty-help]'));
const resetButton = /** @type {HTMLButtonElement} */ (root.querySelector('[data-reset]'));
const filtersBox = /** @type {HTMLDetailsElement} */ (root.querySelector('[data-filters]'));
const filterCount = /** @type {HTMLElement} */ (root.querySelector('[data-filter-count]'));

// Wide screens show the filters beside the results; phones fold them behind one line, results first.
const wide = matchMedia('(min-width: 52rem)');
const filtersSummary = /** @type {HTMLElement} */ (filtersBox.querySelector('summary'));
const unfoldOnWideScreens = () => {
  if (wide.matches) filtersBox.open = true;
  // Beside the results the filters are always open: their summary is a heading, not a control to tab to.
  filtersSummary.tabIndex = wide.matches ? -1 : 0;
};
unfoldOnWideScreens();
wide.addEventListener('change', unfoldOnWideScreens);
preloadSearch();
const { facets, typeLabels } = searchConfig();
/**
 * The query the reader asked to search as typed (the link under a
 * correction, ?exact=1); typing something else lets the search repair words again.
 * @type {string | undefined}
 */
let exactQuery;
/** @type {Record<string, Record<string, string>>} */
let labels = {};

root.querySelector('[data-requires-js]')?.remove();
// The query is in the field before the form shows: a reader (or a test) may type at once.
input.value = new URLSearchParams(location.search).get('q') ?? '';
form.hidden = false;

/**
 * Reads query, filters and sort from the URL. Filters carry ids
 * (?city=leipzig); links from before ids (?city=Leipzig) still work.
 */
function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const facet of facets) filters[facet.key] = params.getAll(facet.key).map((value) => facetValueId(facet.key, value, labels));
  const sort = /** @type {'relevance' | 'newest' | 'oldest'} */ (params.get('sort') ?? 'relevance');
  const query = params.get('q') ?? '';
  exactQuery = params.get('exact') === '1' ? query : undefined;
  return { query, filters, sort, exact: exactQuery !== undefined };
}

function stateFromForm() {
  const data = new FormData(form);
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const facet of facets) filters[facet.key] = /** @type {string[]} */ (data.getAll(facet.key));
  const sort = /** @type {'relevance' | 'newest' | 'oldest'} */ (sortSelect.value);
  return { query: input.value, filters, sort, exact: exactQuery !== undefined && input.value === exactQuery };
}

/** @param {ReturnType<typeof stateFromForm>} state */
function writeUrl(state) {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.exact) params.set('exact', '1');
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/**
 * Facet checkboxes with counts for the current search; chosen values stay visible even at zero.
 * @param {Record<string, Record<string, number>>} counts
 * @param {Record<string, Record<string, number>>} allValues
 * @param {Record<string, string[]>} chosen
 */
function renderFacets(counts, allValues, chosen) {
  // Re-rendering replaces the checkboxes; keep keyboard focus on the one the reader just ticked.
  const focused = document.activeElement instanceof HTMLInputElement && facetsContainer.contains(document.activeElement)
    ? { name: document.activeElement.name, value: document.activeElement.value }
    : undefined;
  const groups = facets
    .filter((facet) => Object.keys(allValues[facet.key] ?? {}).length > 0)
    .map((facet) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = facet.label;
      fieldset.append(legend);
      /** @param {string} id */
      const labelOf = (id) => (facet.key === 'type' ? typeLabels[id] : labels[facet.key]?.[id]) ?? id;
      const values = Object.keys(allValues[facet.key] ?? {}).sort((a, b) => b.localeCompare(a, 'de'));
      if (facet.key !== 'year') values.sort((a, b) => labelOf(a).localeCompare(labelOf(b), 'de'));
      for (const value of values) {
        const count = counts[facet.key]?.[value] ?? 0;
        const checked = (chosen[facet.key] ?? []).includes(value);
        if (count === 0 && !checked) continue;
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet.key;
        box.value = value;
        box.checked = checked;
        label.append(box, ` ${labelOf(value)} `);
        const number = document.createElement('span');
        number.className = 'card__meta';
        number.textContent = `(${count})`;
        label.append(number);
        fieldset.append(label);
      }
      return fieldset;
    })
    .filter((fieldset) => fieldset.querySelector('input'));
  facetsContainer.replaceChildren(...groups);
  if (focused) {
    const again = [...facetsContainer.querySelectorAll('input')].find((box) => box.name === focused.name && box.value === focused.value);
    again?.focus();
  }
}

/**
 * Counts per facet value. Values of one facet combine with "or", so a facet
 * in use is counted as if its own choice were not made (otherwise every
 * other city would show 0 once one city is ticked).
 * @param {ReturnType<typeof stateFromForm>} state
 * @param {Record<string, Record<string, number>>} counts
 */
async function facetCounts(state, counts) {
  const result = { ...counts };
  for (const [key, values] of Object.entries(state.filters)) {
    if (values.length === 0) continue;
    const without = await runSearch(state.query, { ...state, filters: { ...state.filters, [key]: [] } });
    result[key] = without.counts[key] ?? {};
  }
  return result;
}

let latest = 0;
let shown = 0;
/** @type {Awaited<ReturnType<typeof runSearch>> | undefined} */
let current;

/** @param {ReturnType<typeof stateFromForm>} state */
async function search(state) {
  const run = ++latest;
  writeUrl(state);
  try {
    const allValues = await allFacetValues();
    const found = await runSearch(state.query, state);
    const counts = await facetCounts(state, found.counts);
    if (run !== latest) return;
    current = found;
    renderFacets(counts, allValues, state.filters);
    const activeFilters = Object.values(state.filters).flat().length;
    filterCount.textContent = activeFilters ? `(${activeFilters})` : '';
    shown = 0;
    const repairs = describeRepairs(found, state.query);
    notice.innerHTML = repairs.noticeHtml;
    notice.hidden = !repairs.noticeHtml;
    if (!state.query.trim() && activeFilters === 0) {
      list.replaceChildren();
      status.textContent = text('enterQuery');
      emptyHelp.hidden = true;
      moreButton.hidden = true;
      return;
    }
    await showMore();
    if (run !== latest) return;
    // Announce the count once the results are on the page.
    const subject = repairs.shownQuery ? text('forQuery', { query: repairs.shownQuery }) : '';
    const filterNote = activeFilters ? (activeFilters === 1 ? text('withOneFilter') : text('withFilters', { n: activeFilters })) : '';
    status.textContent = `${countLabel(found.total)}${subject}${filterNote}.${repairs.partialNote}`;
    emptyHelp.hidden = found.total > 0;
    resetButton.hidden = activeFilters === 0;
  } catch (error) {
    status.textContent = error instanceof SearchUnavailableError ? error.message : text('unavailable');
  }
}

async function showMore() {
  const run = latest;
  if (!current?.page) {
    list.replaceChildren();
    return;
  }
  const results = await current.page(shown, shown + PAGE_SIZE);
  // A newer search started while these results loaded: its own results replace the list.
  if (run !== latest) return;
  const items = results.map((result) => renderResult(result, 'h2'));
  if (shown === 0) list.replaceChildren(...items);
  else list.append(...items);
  shown += results.length;
  moreButton.hidden = shown >= current.total;
}

let timer = 0;
form.addEventListener('input', (event) => {
  clearTimeout(timer);
  if (event.target === input) preloadQuery(input.value);
  // Typing waits a moment; ticking a filter or changing the sort searches at once.
  timer = window.setTimeout(() => search(stateFromForm()), event.target === input ? 150 : 0);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(stateFromForm());
});
moreButton.addEventListener('click', async () => {
  const firstNew = shown;
  await showMore();
  list.querySelectorAll('a')[firstNew]?.focus();
});
resetButton.addEventListener('click', () => {
  for (const box of facetsContainer.querySelectorAll('input')) box.checked = false;
  search(stateFromForm());
  input.focus();
});

labels = await loadFacetLabels().catch(() => ({}));
const initial = stateFromUrl();
sortSelect.value = initial.sort;
// What the reader typed while the labels loaded wins over the address; their typing has started its own search.
if (input.value === initial.query) search(initial);
