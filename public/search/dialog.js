// @ts-check
/**
 * The header search: a modal dialog with results as you type. Loaded only
 * when a reader opens it (button, "/" or Ctrl/Cmd+K); Escape closes it and
 * focus returns to where it was.
 */
import { countLabel, describeRepairs, preloadQuery, renderResult, runSearch, searchPagePath, SearchUnavailableError, text } from './core.js';
import { escapeHtml } from './excerpt.js';

/** How long typing must pause before the dialog searches (npm run bench reports the time after it). */
export const TYPING_PAUSE_MS = 120;
/** Each shown result loads its page fragment; five keep the first search light. */
const MAX_RESULTS = 5;
/** @type {HTMLDialogElement | undefined} */
let dialog;
/** @type {Element | null} */
let returnFocusTo = null;

function build() {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');
  /** @param {string} key */
  const label = (key) => escapeHtml(text(key));
  element.innerHTML = `
    <div class="search-dialog__header">
      <h2 id="search-dialog-title">${label('dialogTitle')}</h2>
      <button type="button" class="button" data-close>${label('close')} <kbd>Esc</kbd></button>
    </div>
    <form role="search" action="${searchPagePath()}" method="get" class="search-form">
      <label for="search-dialog-input">${label('query')}</label>
      <input id="search-dialog-input" name="q" type="search" autocomplete="off" spellcheck="false"
        placeholder="${label('placeholder')}" />
    </form>
    <p class="search-notice" hidden></p>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ol class="search-results"></ol>
    <p class="search-dialog__more" hidden><a href="${searchPagePath()}">${label('allResults')}</a></p>`;
  document.body.append(element);

  const input = /** @type {HTMLInputElement} */ (element.querySelector('input'));
  const status = /** @type {HTMLElement} */ (element.querySelector('.search-status'));
  const notice = /** @type {HTMLElement} */ (element.querySelector('.search-notice'));
  const list = /** @type {HTMLOListElement} */ (element.querySelector('.search-results'));
  const more = /** @type {HTMLElement} */ (element.querySelector('.search-dialog__more'));
  const moreLink = /** @type {HTMLAnchorElement} */ (more.querySelector('a'));
  let latest = 0;

  const update = async () => {
    const query = input.value;
    const run = ++latest;
    moreLink.href = `${searchPagePath()}?q=${encodeURIComponent(query)}`;
    if (!query.trim()) {
      list.replaceChildren();
      notice.hidden = true;
      status.textContent = '';
      more.hidden = true;
      return;
    }
    try {
      const found = await runSearch(query);
      if (run !== latest) return;
      const results = found.page ? await found.page(0, MAX_RESULTS) : [];
      if (run !== latest) return;
      list.replaceChildren(...results.map((result) => renderResult(result, 'h3')));
      const repairs = describeRepairs(found, query);
      notice.innerHTML = repairs.noticeHtml;
      notice.hidden = !repairs.noticeHtml;
      status.textContent =
        found.total === 0
          ? text('noResults', { query })
          : `${countLabel(found.total)}${text('forQuery', { query: repairs.shownQuery })}${found.total > MAX_RESULTS ? text('firstShown', { n: MAX_RESULTS }) : ''}.${repairs.partialNote}`;
      more.hidden = false;
    } catch (error) {
      status.textContent = error instanceof SearchUnavailableError ? error.message : text('unavailable');
    }
  };

  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    preloadQuery(input.value);
    timer = window.setTimeout(update, TYPING_PAUSE_MS);
  });
  element.querySelector('[data-close]')?.addEventListener('click', () => element.close());
  // A click on the backdrop (outside the dialog box) closes it, as readers expect from a modal.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  element.addEventListener('close', () => {
    if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus();
  });
  return element;
}

export function openSearchDialog() {
  returnFocusTo = document.activeElement;
  dialog ??= build();
  if (!dialog.open) dialog.showModal();
  const input = /** @type {HTMLInputElement} */ (dialog.querySelector('input'));
  input.focus();
  input.select();
}
