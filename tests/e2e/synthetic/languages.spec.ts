/**
 * Interface languages: the English interface mirrors every page, keeps
 * readers in their language, says that the content stays German and marks
 * German content with lang="de". Right-to-left: the layout mirrors for an
 * Arabic or Farsi interface, proven on one page of every page type of the
 * synthetic site (which has every template filled).
 */
import { expect, test, type Page } from '@playwright/test';
import { onePerPageType, SITES } from '../support/built-pages.ts';
import { axeViolations, VIEWPORTS } from '../support/axe.ts';
import { dateParts, entry, fixtures } from '../support/synthetic.ts';

const meeting = entry('meetings', fixtures.meeting);
const MEETING = meeting.url;

test('the English interface shows English navigation, a content notice and German content marked as German', async ({ page }) => {
  await page.goto(`/en${MEETING}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link')).toHaveText(['Meetings', 'Success stories', 'Training modules', 'Experts', 'Cities', 'Topics']);
  await expect(nav.getByRole('link', { name: 'Meetings' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByText('Only the interface of this site is in English.')).toBeVisible();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(meeting.data.title);
  await expect(title).toHaveAttribute('lang', 'de');
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'de');
  const start = dateParts(meeting.data.startDate, 'en-GB');
  const end = dateParts(meeting.data.endDate, 'en-GB');
  await expect(page.locator('.facts')).toContainText(`${start.day} – ${end.day} ${end.month} ${end.year}`);
  await expect(page.getByRole('heading', { name: 'Results and ideas' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
});

test('links in the English interface stay English; files and feeds keep their one address', async ({ page }) => {
  await page.goto(`/en${MEETING}`);
  // Language-switch links (hreflang) are the only ones meant to leave the language.
  const internal = await page.locator('a[href^="/"]:not([hreflang])').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  const pages = internal.filter((href) => href.split(/[?#]/)[0]!.endsWith('/'));
  const files = internal.filter((href) => !href.split(/[?#]/)[0]!.endsWith('/'));
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((href) => !href.startsWith('/en/') && href !== '/')).toEqual([]);
  expect(files).toContain(`/treffen/${meeting.id}.ics`);
  // The one link out of English is the language switch to the German page.
  const toGerman = page.getByRole('link', { name: 'Deutsch' });
  await expect(toGerman).toHaveAttribute('href', MEETING);
  await expect(toGerman).toHaveAttribute('lang', 'de');
});

test('the language switch leads to the same page in the other language and back', async ({ page }) => {
  await page.goto('/themen/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/themen\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/themen\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Themen');
});

test('hreflang alternates tie the language versions together', async ({ page }) => {
  await page.goto(`/en${MEETING}`);
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute('href', new RegExp(`${MEETING}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en${MEETING}$`));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en${MEETING}$`));
});

test('search in the English interface finds German content and opens results in English', async ({ page }) => {
  const story = entry('stories', fixtures.stories.naehcafes);
  await page.goto('/en/suche/');
  await page.getByRole('searchbox').fill('Nähcafé');
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-status]')).toHaveText(/^\d+ results? for “Nähcafé”\.$/);
  const first = results.first().getByRole('link');
  await expect(first).toHaveAttribute('href', `/en${story.url}`);
  await expect(first).toHaveAttribute('lang', 'de');
  await expect(results.first().locator('.card__type')).toHaveText('Success story');
  await expect(page.getByRole('group', { name: 'Content type' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Content type' }).getByRole('checkbox', { name: /Success story/ })).toBeVisible();
});

test('the header search dialog speaks English in the English interface', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const city = entry('cities', fixtures.cities.muehlbach).data.title as string;
  await dialog.getByRole('searchbox').fill(city);
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`results? for “${city}”`));
  await expect(dialog.getByRole('link', { name: 'Show all results with filters' })).toHaveAttribute('href', `/en/suche/?q=${encodeURIComponent(city)}`);
  // The first Escape clears the search field (the browser's own behaviour), the next closes the dialog.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

/** Switches a page to a right-to-left interface, as an Arabic or Farsi locale would render it. */
async function makeRightToLeft(page: Page) {
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
    document.documentElement.lang = 'ar';
  });
}

/**
 * Page types whose layout mirrors most (facts grids, steps, timelines, the
 * search with its filters, the map and the worksheet tables) are also
 * checked with axe in RTL; every page type is checked for overflow. axe's
 * rules do not depend on the direction, and logical CSS properties are
 * enforced for all styles (tests/unit/logical-css.test.ts), so axe on
 * every mirrored page type would repeat the LTR checks at twice the time.
 */
const RTL_AXE_TYPES = new Set(['home', 'entry:stories', 'entry:meetings', 'entry:modules', 'listing:meetings', 'search', 'map', 'worksheet']);

test('right-to-left: the header mirrors: brand at the right, tools to its left', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/');
  const brandBefore = (await page.locator('.site-brand').boundingBox())!;
  await makeRightToLeft(page);
  const brandAfter = await page.locator('.site-brand').boundingBox();
  // The brand starts the header: at the left edge in German, at the right edge in RTL.
  expect(brandBefore.x).toBeLessThan(VIEWPORTS.desktop.width / 2);
  expect(brandAfter!.x + brandAfter!.width).toBeGreaterThan(VIEWPORTS.desktop.width / 2);
  const tools = await page.locator('.header-tools').boundingBox();
  expect(tools!.x).toBeLessThan(brandAfter!.x);
});

async function overflowAtBothWidths(page: Page, pagePath: string): Promise<string[]> {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto(pagePath);
  await makeRightToLeft(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const found: string[] = [];
  for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.mobile]) {
    await page.setViewportSize(viewport);
    const pixels = await overflow();
    if (pixels > 0) found.push(`${pagePath}: ${pixels}px horizontal overflow at ${viewport.width}px`);
  }
  return found;
}

const pageTypes = onePerPageType(SITES.synthetic);

/**
 * Every page type, switched to RTL, for overflow at both widths, and axe at
 * the narrow width on the page types whose layout mirrors most (where a
 * mirrored layout is most likely to break): one test walking them in one
 * browser page, since each is a load and a few checks, and a context and a
 * load per page type cost more than the checks.
 */
test('right-to-left: no page type overflows horizontally at either width, and the chosen ones have no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  const overflowing: string[] = [];
  const violations: string[] = [];
  for (const { type, path: pagePath } of pageTypes) {
    overflowing.push(...(await overflowAtBothWidths(page, pagePath)));
    if (!RTL_AXE_TYPES.has(type)) continue;
    for (const violation of await axeViolations(page)) violations.push(`${type} (${pagePath}): ${violation.rule} ${violation.targets.join(', ')}`);
  }
  expect(overflowing, 'horizontal overflow').toEqual([]);
  expect(violations, 'axe violations at phone width').toEqual([]);
});

test('right-to-left: the page types chosen for axe exist', () => {
  const types = onePerPageType(SITES.synthetic).map((page) => page.type);
  for (const type of RTL_AXE_TYPES) expect(types, type).toContain(type);
});

test('right-to-left: the table of contents changes sides and step numbers sit at the start (right)', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto(entry('modules', fixtures.modules.kasse).url);
  const tocBefore = await page.locator('.toc--aside').boundingBox();
  const mainBefore = await page.locator('main').boundingBox();
  expect(tocBefore!.x).toBeGreaterThan(mainBefore!.x);
  await makeRightToLeft(page);
  const toc = await page.locator('.toc--aside').boundingBox();
  const main = await page.locator('main').boundingBox();
  // The table of contents follows the text at its end: right in German, left in RTL.
  expect(toc!.x).toBeLessThan(main!.x);
  const step = page.locator('ol.steps > li').first();
  const stepBox = await step.boundingBox();
  const marker = await step.evaluate((item) => {
    const style = getComputedStyle(item);
    return { paddingRight: parseFloat(style.paddingRight), paddingLeft: parseFloat(style.paddingLeft) };
  });
  expect(stepBox).not.toBeNull();
  // padding-inline-start makes room for the step number on the right in RTL.
  expect(marker.paddingRight).toBeGreaterThan(marker.paddingLeft);
});
