/**
 * The share card of a page loads in a browser, from the site's own origin,
 * at the size the page announces, and the page still asks no other host.
 * The page is the synthetic story with the longest title.
 */
import { expect, test } from '@playwright/test';
import { entry, fixtures } from '../support/synthetic.ts';

const story = entry('stories', fixtures.stories.langerTitel);

test('an entry page announces its share card, and the card loads from the same origin at 1200×630', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  await page.goto(story.url);
  const announced = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(announced).toMatch(new RegExp(`^https?://[^/]+/og/erfolgsgeschichten/${story.id}\\.png$`));
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.data.title);
  expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toContain(story.data.title);

  // The absolute URL names the public host; the same path is served here.
  const { pathname } = new URL(announced!);
  const size = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, pathname);
  expect(size).toEqual({ width: 1200, height: 630 });
  expect(foreign, 'requests to other hosts').toEqual([]);
});
