/**
 * Records what a browser requests while a page loads: nothing from another
 * host, no failed request, no cookie. Once per page type (the static check of
 * every page's resources is tests/build/privacy.test.ts).
 */
import { expect, test } from '@playwright/test';

export function loadsOnlyFromItsOwnOrigin(pages: readonly { type: string; path: string }[]) {
  test('there are page types to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  for (const { type, path: pagePath } of pages) {
    test(`${type} (${pagePath}) loads only from its own origin, without failed requests or cookies`, async ({ page, baseURL, context }) => {
      const origin = new URL(baseURL!).origin;
      const requested: string[] = [];
      const foreign: string[] = [];
      const failed: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        requested.push(request.url());
        if (url.protocol === 'data:') return;
        if (url.origin !== origin) foreign.push(request.url());
      });
      page.on('requestfailed', (request) => failed.push(request.url()));
      page.on('response', (response) => {
        if (response.status() >= 400 && response.url() !== new URL(pagePath, origin).href) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(pagePath, { waitUntil: 'networkidle' });
      expect(requested.length, 'the recorder saw the page load').toBeGreaterThan(0);
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(failed, 'failed requests').toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }
}
