/** axe in the real browser, with the WCAG 2.0/2.1/2.2 A and AA rules (BITV 2.0 refers to WCAG AA). */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { RunOptions } from 'axe-core';
import { expect, test as base, type ConsoleMessage, type Page, type Request, type Response } from '@playwright/test';

/**
 * One page per worker for all the page-type checks below, instead of a new
 * context and page for each page type. In this Chromium (Debian's 156) a new
 * page costs about 0.3 s, and axe injected into a page of the same renderer
 * again costs about 0.17 s instead of 0.6 s, its first run 0.2 instead of
 * 0.5 s: about a second of CPU per page type (README, "Tests"). Before each
 * page type the page leaves the previous one, its cookies are cleared and its
 * colour scheme and size reset (checkEveryPageType); storage needs no clearing,
 * since these checks only load pages and run axe, and nothing writes it on load.
 */
const test = base.extend<object, { checkPage: Page }>({
  checkPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL! });
      await context.addInitScript(() => {
        const seen: unknown[] = [];
        (window as unknown as { __policyViolations: unknown[] }).__policyViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.blockedURI}`), true);
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** A new page's viewport and colour scheme (Playwright's defaults), restored before each page type. */
const FRESH_VIEWPORT = { width: 1280, height: 720 };

/**
 * axe's minified build. The package's `source` export is the unminified
 * build, twice the size: evaluating it took about 100 ms longer per page
 * (README, "Tests").
 */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Rules switched off, each with its reason. Keep this list empty unless a reason is written here. */
const DISABLED_RULES: string[] = [];

/**
 * The options @axe-core/playwright's AxeBuilder would pass for
 * .options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).disableRules(DISABLED_RULES):
 * resultTypes: ['violations'] keeps one example node of passes, inapplicable
 * and incomplete results instead of collecting all of them.
 */
export const AXE_OPTIONS: RunOptions = {
  resultTypes: ['violations'],
  runOnly: { type: 'tag', values: WCAG_TAGS },
  rules: Object.fromEntries(DISABLED_RULES.map((rule) => [rule, { enabled: false }])),
};

/**
 * Runs axe in the page. Unlike AxeBuilder.analyze(), which evaluates axe's
 * 560 KB source again on every call and opens a second blank page to merge
 * frame results (together three times the checks' own time on a busy
 * two-core machine), axe is injected once per loaded page and run in it, so a
 * page can be checked in several colour schemes and widths without reloading.
 * Frames would need AxeBuilder: the site has none (the sanitiser removes
 * iframes, tests/build/privacy.test.ts refuses them), and this asserts it.
 */
export async function axeViolations(page: Page) {
  if (page.frames().length !== 1) throw new Error(`${page.url()} has frames: use AxeBuilder, which checks them`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((options) => (window as unknown as { axe: typeof axe }).axe.run(document, options), AXE_OPTIONS);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 375, height: 740 },
} as const;

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** The four variants a page can be checked in: light/dark × desktop/mobile. */
export const AXE_VARIANTS = COLOR_SCHEMES.flatMap((colorScheme) =>
  (Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]).map((width) => ({ colorScheme, width, viewport: VIEWPORTS[width] })),
);

/**
 * Two variants that cover both colour schemes and both widths: light at
 * desktop width, dark at phone width. Colours come from one set of custom
 * properties and the layout from one stylesheet, so a contrast failure shows
 * in its scheme and a reflow failure at its width whichever the other is;
 * all four cost twice the time, and npm test must stay within 10 minutes.
 */
export const COVERING_VARIANTS = AXE_VARIANTS.filter(
  (variant) => (variant.colorScheme === 'light' && variant.width === 'desktop') || (variant.colorScheme === 'dark' && variant.width === 'mobile'),
);

/**
 * Everything checked per page type, with one page load: while the page
 * loads, no request goes to another host, none fails, no cookie is set, the
 * Content-Security-Policy refuses nothing and nothing logs an error; then
 * axe in the covering variants, one test each, on the same loaded page. The number of tests grows with page types, not with content.
 */
export function checkEveryPageType(
  pages: readonly { type: string; path: string }[],
  variants: readonly (typeof AXE_VARIANTS)[number][] = COVERING_VARIANTS,
) {
  test('there are page types to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });
  for (const { type, path: pagePath } of pages) {
    test.describe(`${type} (${pagePath})`, () => {
      // In order in one worker, so the page is loaded and axe injected once.
      test.describe.configure({ mode: 'default' });
      let page: Page;
      const load = { requested: 0, foreign: [] as string[], failed: [] as string[], errors: [] as string[], cookies: [] as unknown[], violations: [] as unknown[] };
      test.beforeAll(async ({ checkPage, baseURL }) => {
        page = checkPage;
        // Leave the previous page type first: leaving aborts its requests, which must not count as this page's.
        await page.goto('about:blank');
        await page.context().clearCookies();
        await page.emulateMedia({ colorScheme: 'light' });
        await page.setViewportSize(FRESH_VIEWPORT);
        const origin = new URL(baseURL!).origin;
        const onRequest = (request: Request) => {
          load.requested += 1;
          const url = new URL(request.url());
          if (url.protocol !== 'data:' && url.origin !== origin) load.foreign.push(request.url());
        };
        const onFailed = (request: Request) => load.failed.push(request.url());
        const onResponse = (response: Response) => {
          if (response.status() >= 400 && response.url() !== new URL(pagePath, origin).href) load.failed.push(`${response.status()} ${response.url()}`);
        };
        const onConsole = (message: ConsoleMessage) => { if (message.type() === 'error') load.errors.push(message.text()); };
        const onPageError = (error: Error) => load.errors.push(error.message);
        page.on('request', onRequest);
        page.on('requestfailed', onFailed);
        page.on('response', onResponse);
        page.on('console', onConsole);
        page.on('pageerror', onPageError);
        try {
          // 'load': every resource the page asks for has been requested; nothing here loads later by itself.
          const response = await page.goto(pagePath, { waitUntil: 'load' });
          if (!response || (response.status() >= 400 && pagePath !== '/404.html')) throw new Error(`${pagePath}: ${response?.status()}`);
          load.violations = await page.evaluate(() => (window as unknown as { __policyViolations: unknown[] }).__policyViolations);
          load.cookies = await page.context().cookies();
        } finally {
          page.off('request', onRequest);
          page.off('requestfailed', onFailed);
          page.off('response', onResponse);
          page.off('console', onConsole);
          page.off('pageerror', onPageError);
        }
      });
      test('loads only from its own origin, without failed requests, cookies, policy violations or errors', () => {
        expect(load.requested, 'the recorder saw the page load').toBeGreaterThan(0);
        expect(load.foreign, 'requests to other hosts').toEqual([]);
        expect(load.failed, 'failed requests').toEqual([]);
        expect(load.cookies, 'cookies').toEqual([]);
        expect(load.violations, 'Content-Security-Policy violations').toEqual([]);
        expect(load.errors, 'console errors').toEqual([]);
      });
      for (const { colorScheme, width, viewport } of variants) {
        test(`${colorScheme}, ${width}: no WCAG A/AA violations`, async () => {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize(viewport);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}
