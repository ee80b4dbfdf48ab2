/**
 * The Content-Security-Policy (src/lib/csp.ts) in the browser: every page
 * type of a built site loads, and its interactive parts work, without the
 * policy refusing anything and without a console error. Shared by the real
 * and the synthetic site (tests/e2e/site/csp.spec.ts, tests/e2e/synthetic/csp.spec.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';
import { builtPagePaths } from './built-pages.ts';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/**
 * Records every `securitypolicyviolation` of the page (from before its first
 * script runs) and every console error and uncaught exception.
 */
export async function watchPolicy(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => window.__cspViolations?.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
      true,
    );
  });
  return {
    errors,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
    /** Lets reports queued while the page loaded arrive. */
    flush: () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))),
    /** Expects no violation and no console error so far. */
    async expectClean() {
      await this.flush();
      expect(await this.violations(), 'Content-Security-Policy violations').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
  };
}

const builtHtml = (outDir: string, pagePath: string) =>
  fs.readFileSync(path.join(outDir, pagePath.endsWith('.html') ? pagePath : `${pagePath}index.html`), 'utf8');

/** Text of a hast node and its descendants. */
const textOf = (node: RootContent | Root): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * A word a built page is found by in the search: the first word of its title with four letters or more
 * (read from the built file, saving a page load). The first rather than the longest: test sites mark
 * every title with the same long word.
 */
export function titleWord(outDir: string, pagePath: string): string {
  const find = (node: RootContent | Root): Element | undefined =>
    node.type === 'element' && node.tagName === 'h1' ? node : 'children' in node ? node.children.map(find).find(Boolean) : undefined;
  const heading = find(htmlToHast(builtHtml(outDir, pagePath)) as Root);
  const title = heading ? textOf(heading) : '';
  const words = title.split(/[^\p{L}]+/u).filter((word) => word.length >= 4);
  expect(words.length, `a searchable word in the title "${title}" of ${pagePath}`).toBeGreaterThan(0);
  return words[0]!;
}

/** Redirect stubs for content/redirects.yaml leave at once, and carry no policy (tests/build/untrusted-output.test.ts checks them). */
const isRedirectStub = (outDir: string, pagePath: string) => /<meta http-equiv="refresh"/i.test(builtHtml(outDir, pagePath));

export function policyTests(site: { outDir: string; siteDir: string }) {
  const { outDir } = site;
  const pages = builtPagePaths(outDir).filter((pagePath) => !isRedirectStub(outDir, pagePath));
  // Routes of the site's code, not content: the worksheet and a module page carry the most script.
  const worksheet = '/potenzialanalysen/arbeitsblatt/';
  const modulePage = pages.find((pagePath) => /^\/lernmodule\/[^/]+\/$/.test(pagePath));

  // Every page type loads under the policy in the per-page-type checks (support/axe.ts); here the interactive paths.
  test('the built site has the pages the interactive checks use', () => {
    expect(pages).toContain(worksheet);
    expect(modulePage).toBeDefined();
  });

  test('search under the policy: the header dialog finds a page by a word of its title', async ({ page }) => {
    const watch = await watchPolicy(page);
    const word = titleWord(outDir, modulePage!);
    await page.goto(modulePage!);
    await page.locator('[data-search-open]').click();
    const dialog = page.locator('dialog.search-dialog');
    await dialog.getByRole('searchbox').fill(word);
    await expect(dialog.locator('.search-results a[href]').first()).toBeVisible();
    await watch.expectClean();
  });

  test('search under the policy: the header dialog opens again once its code is loaded', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.goto('/');
    const dialog = page.locator('dialog.search-dialog');
    await page.locator('[data-search-open]').click();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await dialog.locator('[data-close]').click();
    await expect(dialog).toBeHidden();
    // The second time the button's script asks the loaded dialog code (public/search/open-dialog.js).
    await page.keyboard.press('Control+k');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await watch.expectClean();
  });

  test('search under the policy: the search page shows results and filters for a word of a page title', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.goto(`/suche/?q=${encodeURIComponent(titleWord(outDir, modulePage!))}`);
    await expect(page.locator('[data-results] > li a[href]').first()).toBeVisible();
    await expect(page.locator('[data-facets] input[type="checkbox"]').first()).toBeVisible();
    await watch.expectClean();
  });

  test('the theme toggle and the stored theme work under the policy', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.locator('[data-theme-toggle]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Applied again on the next page by the theme script at the start of <body>.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
    await watch.expectClean();
  });

  test('ticking a step of a module works and is kept under the policy', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.goto(modulePage!);
    const status = page.locator('[data-progress-status]');
    const before = await status.textContent();
    await page.locator('ol.steps > li input[type="checkbox"]').first().check();
    await expect(status).not.toHaveText(before ?? '');
    await page.reload();
    await expect(page.locator('ol.steps > li input[type="checkbox"]').first()).toBeChecked();
    await watch.expectClean();
  });
}
