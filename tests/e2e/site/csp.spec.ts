/**
 * The Content-Security-Policy on the real site: every page type and the
 * interactive paths run under it (tests/e2e/support/csp.ts), and it stops
 * markup that contributed content could carry past the sanitiser.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPagePaths, SITES } from '../support/built-pages.ts';
import { policyTests, titleWord, watchPolicy } from '../support/csp.ts';

policyTests(SITES.site);

declare global {
  interface Window {
    __injected?: string[];
  }
}

/** What a contributed page could carry if the Markdown pipeline let it through. */
const INJECTED = [
  `<img src="/csp-probe-missing.png" onerror="(window.__injected ??= []).push('event handler')" alt="">`,
  `<script>(window.__injected ??= []).push('inline script')</script>`,
  `<p id="csp-probe" style="color: rgb(255, 0, 0)">probe</p>`,
  `<img src="https://example.invalid/probe.png" alt="">`,
  `<iframe src="/" title="probe"></iframe>`,
  // A script file on the site's own origin, as a contributor could add one to public/downloads/.
  `<script src="/downloads/csp-probe.js"></script>`,
].join('');
const UPLOADED_SCRIPT = `(window.__injected ??= []).push('same-origin script file')`;

// A page with an inline script of the site's own (the step progress), served by the preview.
const target = builtPagePaths('dist').find((path) => /^\/lernmodule\/[^/]+\/$/.test(path))!;

/** Serves the built page with the injected markup at the end of its main content, optionally without its policy. */
async function serveInjected(page: Page, { withPolicy }: { withPolicy: boolean }) {
  await page.route(`**${target}`, async (route) => {
    const response = await route.fetch();
    let html = (await response.text()).replace('</main>', `${INJECTED}</main>`);
    if (!withPolicy) html = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
    await route.fulfill({ response, body: html });
  });
  await page.route('**/downloads/csp-probe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: UPLOADED_SCRIPT }));
  // Nothing leaves the machine, whatever the policy allows.
  await page.route('https://example.invalid/**', (route) => route.abort());
  await page.goto(target);
}

const probeColour = (page: Page) => page.locator('#csp-probe').evaluate((element) => getComputedStyle(element).color);

test('the policy refuses injected handlers, scripts, script files, style attributes, foreign images and frames, while the site’s own scripts run', async ({ page, baseURL }) => {
  const watch = await watchPolicy(page);
  await serveInjected(page, { withPolicy: true });
  await expect
    .poll(async () => (await watch.violations()).map((violation) => `${violation.directive} ${violation.blocked}`).sort())
    .toEqual([
      `frame-src ${baseURL}/`,
      'img-src https://example.invalid/probe.png',
      'script-src-attr inline',
      `script-src-elem ${baseURL}/downloads/csp-probe.js`,
      'script-src-elem inline',
      'style-src-attr inline',
    ]);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  expect(await probeColour(page)).not.toBe('rgb(255, 0, 0)');
  // The page's own inline scripts still ran: the step boxes exist and the theme toggle shows.
  await expect(page.locator('ol.steps > li input[type="checkbox"]').first()).toBeVisible();
  await expect(page.locator('[data-theme-toggle]')).toBeVisible();
});

test('without the policy the same injected markup runs, so the test above measures the policy', async ({ page }) => {
  await serveInjected(page, { withPolicy: false });
  await expect
    .poll(() => page.evaluate(() => [...(window.__injected ?? [])].sort()))
    .toEqual(['event handler', 'inline script', 'same-origin script file']);
  expect(await probeColour(page)).toBe('rgb(255, 0, 0)');
});

test('markup added at run time, as the search adds result excerpts, cannot run handlers either', async ({ page }) => {
  const watch = await watchPolicy(page);
  await page.goto(target);
  const ran = await page.evaluate(async () => {
    const results: string[] = [];
    Object.assign(window, { record: (what: string) => results.push(what) });
    document.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      `<img src="/csp-probe-missing.png" onerror="record('error handler')" alt=""><button onclick="record('click handler')">probe</button>`,
    );
    document.querySelector<HTMLButtonElement>('main button:last-of-type')!.click();
    await new Promise((resolve) => document.querySelector('main img:last-of-type')!.addEventListener('error', resolve));
    return results;
  });
  expect(ran).toEqual([]);
  await expect.poll(async () => (await watch.violations()).map((violation) => violation.directive)).toEqual(['script-src-attr', 'script-src-attr']);
});

test('search runs on the page, without Pagefind’s worker: its WebAssembly compiles under the policy', async ({ page }) => {
  const watch = await watchPolicy(page);
  // The site asks Pagefind not to use its worker (public/search/core.js): 12 KB less before the first result.
  let workerRequested = 0;
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/pagefind-worker')) workerRequested += 1;
  });
  await page.goto(`/suche/?q=${encodeURIComponent(titleWord('dist', target))}`);
  await expect(page.locator('[data-results] > li a[href]').first()).toBeVisible();
  expect(workerRequested, 'Pagefind fetched its worker').toBe(0);
  await watch.expectClean();
});
