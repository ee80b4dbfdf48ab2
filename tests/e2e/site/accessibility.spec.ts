/**
 * axe on every built page, in light and dark mode, at desktop and mobile
 * width. Zero violations; any exception must be listed with its reason in
 * tests/e2e/support/axe.ts.
 */
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/built-pages.ts';
import { axeViolations, VIEWPORTS } from '../support/axe.ts';

for (const pagePath of builtPagePaths('dist')) {
  test(`${pagePath} has no WCAG A/AA violations`, async ({ page }) => {
    await page.goto(pagePath);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${colorScheme}, ${width}`).toEqual([]);
      }
    }
  });
}
