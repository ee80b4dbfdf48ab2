/**
 * The site's own inline scripts, each the single source of its text: the
 * components inline these strings (`<script is:inline set:html={…} />`) and
 * src/lib/csp.ts hashes the same strings into the Content-Security-Policy,
 * so a script and its hash cannot drift apart. Astro does not hash
 * `is:inline` scripts itself.
 *
 * Plain strings, not functions turned into text: the config (Node) and the
 * page renderer (Vite) would transform a function's source differently, and a
 * single changed byte breaks the hash. Keep `${…}` out of the scripts: these
 * are template literals. Page-specific values travel in data-* attributes.
 */

/** Applies a stored theme choice before the page paints (first thing in <body>, after the policy in <head>). */
export const THEME_SCRIPT = `
  try {
    const theme = localStorage.getItem('wissensnetz-theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {}
`;

/** The light/dark switch (src/components/ThemeToggle.astro). */
export const THEME_TOGGLE_SCRIPT = `
  (() => {
    const button = document.querySelector('[data-theme-toggle]');
    const root = document.documentElement;
    const isDark = () =>
      root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    const sync = () => button.setAttribute('aria-pressed', String(isDark()));
    button.hidden = false;
    sync();
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem('wissensnetz-theme', next); } catch {}
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  })();
`;

/**
 * Opens the search dialog, whose code is fetched only then (src/components/SearchButton.astro).
 * It adds a script element rather than calling import(): under 'strict-dynamic' only scripts
 * added that way may load (src/lib/csp.ts). public/search/open-dialog.js opens the dialog when
 * it arrives and listens for later requests. Pointing at or focusing the button (or a search
 * field marked data-search-preload) already loads the search engine and index entry
 * (public/search/preload.js), so results follow the first keystroke at once.
 */
export const SEARCH_BUTTON_SCRIPT = `
  (() => {
    const load = (src) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      document.head.append(script);
    };
    let requested = false;
    const open = (event) => {
      event.preventDefault();
      if (requested) {
        document.dispatchEvent(new Event('wissensnetz:open-search'));
        return;
      }
      requested = true;
      load('/search/open-dialog.js');
    };
    document.querySelector('[data-search-open]').addEventListener('click', open);
    // Delegated: this script runs in the header, before the page's own search fields exist.
    // Once loaded, the listeners go: nothing runs on later pointer moves.
    const preloadFrom = (event) => {
      if (!(event.target instanceof Element && event.target.closest('[data-search-open], [data-search-preload]'))) return;
      document.removeEventListener('pointerover', preloadFrom);
      document.removeEventListener('focusin', preloadFrom);
      load('/search/preload.js');
    };
    document.addEventListener('pointerover', preloadFrom);
    document.addEventListener('focusin', preloadFrom);
    document.addEventListener('keydown', (event) => {
      const typing = event.target.closest('input, textarea, select, [contenteditable="true"]');
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) open(event);
      else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) open(event);
    });
  })();
`;

/**
 * Ticking off the steps of a module and the checklists in its text, kept in
 * localStorage (src/components/StepProgress.astro). A checklist starts as the
 * Markdown writes it ([x] ticked) until the reader ticks something.
 */
export const STEP_PROGRESS_SCRIPT = `
  (() => {
    const box = document.querySelector('[data-progress]');
    const key = 'wissensnetz-fortschritt:' + box.dataset.progress;
    const total = Number(box.dataset.steps);
    const items = [...document.querySelectorAll('ol.steps > li')];
    const checklist = [...document.querySelectorAll('.prose .contains-task-list input[type="checkbox"]')];
    const status = box.querySelector('[data-progress-status]');
    const stored = () => { try { return JSON.parse(localStorage.getItem(key) ?? 'null'); } catch { return null; } };
    const read = () => {
      const saved = stored();
      if (Array.isArray(saved)) return new Set(saved);
      return new Set(checklist.flatMap((input, index) => (input.defaultChecked ? ['c' + index] : [])));
    };
    const write = (done) => { try { localStorage.setItem(key, JSON.stringify([...done])); } catch {} };
    const boxes = items.map((item, index) => {
      const label = document.createElement('label');
      label.className = 'progress__check';
      const input = document.createElement('input');
      input.type = 'checkbox';
      label.append(input, ' ' + box.dataset.stepDone.replace('{n}', String(index + 1)));
      item.append(label);
      return input;
    });
    const all = [...boxes.map((input, index) => [input, index]), ...checklist.map((input, index) => [input, 'c' + index])];
    const render = () => {
      const done = read();
      for (const [input, id] of all) input.checked = done.has(id);
      const steps = boxes.filter((input) => input.checked).length;
      status.textContent = box.dataset.status.replace('{done}', String(steps)).replace('{total}', String(total));
    };
    for (const [input, id] of all) {
      input.disabled = false;
      input.addEventListener('change', () => {
        const done = read();
        if (input.checked) done.add(id); else done.delete(id);
        write(done);
        render();
      });
    }
    box.querySelector('[data-progress-reset]').addEventListener('click', () => {
      try { localStorage.removeItem(key); } catch {}
      render();
    });
    box.hidden = false;
    render();
  })();
`;

/** Loads the search page's code (src/pages/suche.astro), as a script element for the same reason. */
export const SEARCH_PAGE_SCRIPT = `
  (() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/search/page.js';
    document.head.append(script);
  })();
`;

/** The worksheet's print button, which needs JavaScript and so appears only with it. */
export const PRINT_BUTTON_SCRIPT = `
  (() => {
    const button = document.getElementById('drucken');
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  })();
`;

/** Every inline script of the site; each is allowed by its hash. */
export const INLINE_SCRIPTS: readonly string[] = [
  THEME_SCRIPT,
  THEME_TOGGLE_SCRIPT,
  SEARCH_BUTTON_SCRIPT,
  STEP_PROGRESS_SCRIPT,
  PRINT_BUTTON_SCRIPT,
  SEARCH_PAGE_SCRIPT,
];
