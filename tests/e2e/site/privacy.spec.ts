/** No page asks any other host for anything, and none sets a cookie. */
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/built-pages.ts';

const pages = builtPagePaths('dist');

test('the built site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(30);
});

for (const pagePath of pages) {
  test(`${pagePath} loads only from its own origin and sets no cookie`, async ({ page, baseURL, context }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:') return;
      if (url.origin !== origin) foreign.push(request.url());
    });
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== new URL(pagePath, origin).href) failed.push(response.url());
    });
    await page.goto(pagePath, { waitUntil: 'networkidle' });
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(failed, 'failed requests').toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
