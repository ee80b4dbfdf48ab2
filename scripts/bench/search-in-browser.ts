/**
 * Measures the first search a reader makes, in headless Chromium against a
 * locally served build: bytes transferred from the moment the reader opens
 * the search (dialog code, Pagefind runtime, index and result fragments),
 * and the time from the keystroke to rendered results.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { TYPING_PAUSE_MS } from '../../public/search/dialog.js';

export interface SearchMeasurement {
  /** Bytes as the local preview server sent them (it does not compress). */
  bytes: number;
  /** The same responses gzip-compressed, as a typical static host would send them. */
  gzipBytes: number;
  requests: number;
  /** From typing the last character of the query to the results being on screen (includes the UI's typing pause). */
  firstResultsMs: number;
  /** The UI's typing pause: the search starts this long after the last keystroke. */
  pauseMs: number;
  /** A second, different query once everything is loaded. */
  secondResultsMs: number;
  /**
   * The first query on a fresh page where the reader pointed at the search button before clicking
   * (this site then loads the search while the pointer rests there): keystroke → results.
   */
  preloadedResultsMs: number;
}

async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, WISSENSNETZ_OUT_DIR: outDir },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`Vorschau-Server für ${outDir} startet nicht.`);
}

/** Where each site's search UI puts its input, results and status line. */
const UIS = {
  wissensnetz: { open: '[data-search-open]', input: '.search-dialog input', results: '.search-dialog .search-results > li', status: '.search-dialog .search-status', pauseMs: TYPING_PAUSE_MS },
  // Pagefind UI's own debounce (its default, which Starlight keeps).
  starlight: { open: 'button[data-open-modal]', input: '.pagefind-ui__search-input', results: '.pagefind-ui__result', status: '.pagefind-ui__message', pauseMs: 300 },
} as const;

export async function measureSearch(
  outDir: string,
  pagePath: string,
  queries: [string, string],
  port = 4390,
  ui: keyof typeof UIS = 'wissensnetz',
): Promise<SearchMeasurement> {
  const selectors = UIS[ui];
  const server = await startPreview(outDir, port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${pagePath}`, { waitUntil: 'networkidle' });
    let bytes = 0;
    let gzipBytes = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          const sizes = await request.sizes();
          requests += 1;
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          // Pagefind files are compressed already; a host compresses only what gets smaller.
          gzipBytes += Math.min(sizes.responseBodySize, gzipSync(body).length) + sizes.responseHeadersSize;
        })(),
      );
    });

    // Open the search the way a reader clicks it: the search button in the header.
    await page.locator(selectors.open).first().click();
    await page.locator(selectors.input).waitFor();
    const timeQuery = async (query: string, on = page) =>
      on.evaluate(
        async ({ text, selectors: s }) => {
          const field = document.querySelector<HTMLInputElement>(s.input)!;
          const statusText = () => document.querySelector(s.status)?.textContent ?? '';
          const firstResult = () => document.querySelector(s.results)?.textContent ?? '';
          const before = `${statusText()}|${firstResult()}`;
          const started = performance.now();
          field.value = text;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((resolve) => {
            const check = () =>
              document.querySelector(s.results) && `${statusText()}|${firstResult()}` !== before ? resolve() : requestAnimationFrame(check);
            check();
          });
          return performance.now() - started;
        },
        { text: query, selectors },
      );
    const firstResultsMs = await timeQuery(queries[0]);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    // The first search's transfer ends here; the second query's responses are not counted.
    const firstSearch = { bytes, gzipBytes, requests };
    const secondResultsMs = await timeQuery(queries[1]);
    // Their handlers must still finish before the browser closes.
    await page.waitForLoadState('networkidle');
    await Promise.allSettled(pending);

    const fresh = await browser.newPage();
    await fresh.goto(`http://127.0.0.1:${port}${pagePath}`, { waitUntil: 'networkidle' });
    await fresh.locator(selectors.open).first().hover();
    await fresh.waitForLoadState('networkidle');
    await fresh.waitForTimeout(500);
    await fresh.locator(selectors.open).first().click();
    await fresh.locator(selectors.input).waitFor();
    await fresh.waitForLoadState('networkidle');
    const preloadedResultsMs = await timeQuery(queries[0], fresh);
    return { ...firstSearch, firstResultsMs, secondResultsMs, preloadedResultsMs, pauseMs: selectors.pauseMs };
  } finally {
    await browser.close();
    // Wait until the port is free: the next measurement starts a server on it, and a request to a
    // server still shutting down would measure the previous site.
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  }
}
