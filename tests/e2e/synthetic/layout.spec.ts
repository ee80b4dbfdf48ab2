/**
 * The frame around every page: navigation, breadcrumbs, theme, edit link,
 * keyboard use; on the synthetic site, with titles and dates read from its
 * files. (That every entry of the real site shows its last change from git
 * is a rule over all its pages: tests/build/page-rules.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { entries, entry, fixtures, germanDate } from '../support/synthetic.ts';

const meeting = entry('meetings', fixtures.meeting);
const story = entry('stories', fixtures.stories.naehcafes);
const longModule = entry('modules', fixtures.modules.kasse);

test('header navigation leads to every main section and marks where the reader is', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  const sections = ['Treffen', 'Erfolgsgeschichten', 'Lernmodule', 'Expert*innen', 'Städte', 'Themen'];
  await expect(nav.getByRole('link')).toHaveText(sections);
  await nav.getByRole('link', { name: 'Erfolgsgeschichten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erfolgsgeschichten');
  await expect(nav.getByRole('link', { name: 'Erfolgsgeschichten' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('main').getByRole('link', { name: story.data.title }).click();
  await expect(page).toHaveURL(new RegExp(`${story.url}$`));
  await expect(nav.getByRole('link', { name: 'Erfolgsgeschichten' })).toHaveAttribute('aria-current', 'true');
});

test('breadcrumbs show the path and lead back to the listing', async ({ page }) => {
  await page.goto(meeting.url);
  const crumbs = page.getByRole('navigation', { name: 'Brotkrümelnavigation' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Start', 'Treffen', meeting.data.title]);
  await expect(crumbs.getByText(meeting.data.title)).toHaveAttribute('aria-current', 'page');
  await crumbs.getByRole('link', { name: 'Treffen' }).click();
  await expect(page).toHaveURL(/\/treffen\/$/);
});

test('an entry shows its Stand and an edit link to its source file', async ({ page }) => {
  await page.goto(story.url);
  const meta = page.locator('.entry-meta');
  await expect(meta).toContainText(`Stand: ${germanDate(story.data.stand)}`);
  await expect(meta.getByRole('link', { name: 'Seite bearbeiten' })).toHaveAttribute('href', new RegExp(`/edit/main/${story.file.replaceAll('.', '\\.')}$`));
});

test('skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/lernmodule/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('header navigation works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const target = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Lernmodule' });
  for (let presses = 0; presses < 15; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  // The focus outline must be visible, not suppressed.
  const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lernmodule\/$/);
});

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('dark mode follows the system setting without any choice', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  expect(await background(page)).toBe('rgb(20, 24, 29)');
  await expect(page.getByRole('button', { name: 'Dunkles Design' })).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});

test('theme toggle switches to dark, is remembered across pages and reloads, and switches back', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  const toggle = page.getByRole('button', { name: 'Dunkles Design' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe('rgb(20, 24, 29)');

  await page.goto('/themen/');
  expect(await background(page)).toBe('rgb(20, 24, 29)');
  await page.reload();
  expect(await background(page)).toBe('rgb(20, 24, 29)');

  await page.getByRole('button', { name: 'Dunkles Design' }).click();
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('long pages get a table of contents whose links jump to their sections', async ({ page }) => {
  await page.goto(longModule.url);
  const toc = page.getByRole('navigation', { name: 'Auf dieser Seite' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThan(3);
  const first = links.nth(1);
  const href = await first.getAttribute('href');
  await first.click();
  await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(href);
  await expect(page.locator(`[id="${href!.slice(1)}"]`)).toBeInViewport();
});

test('print stylesheet hides navigation chrome and keeps the content', async ({ page }) => {
  await page.goto(meeting.url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  for (const toc of await page.locator('.toc').all()) await expect(toc).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ergebnisse und Ideen' })).toBeVisible();
});

test('on a phone every entry page opens with its title, summary and facts; the table of contents folds after them', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const url of [meeting.url, entries('modules')[0]!.url, entries('stories')[0]!.url]) {
    await page.goto(url);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height, `${url}: the header takes two short rows`).toBeLessThan(140);
    const lead = (await page.locator('main .lead').first().boundingBox())!;
    expect(lead.y + lead.height, `${url}: the summary ends on the first screen`).toBeLessThan(740);
    const facts = await page.locator('main dl.facts').first().boundingBox();
    if (facts) expect(facts.y, `${url}: the facts start on the first screen`).toBeLessThan(740);
    const folded = page.locator('details.toc--inline');
    if ((await folded.count()) > 0) {
      await expect(folded).not.toHaveAttribute('open');
      await expect(page.locator('.toc--aside')).toBeHidden();
      const summary = folded.locator('summary');
      await summary.click();
      await expect(folded.getByRole('link').first()).toBeVisible();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }
});

test('on a phone the theme switch shows only its icon, keeps its name, and shows when it is pressed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(meeting.url);
  const toggle = page.getByRole('button', { name: 'Dunkles Design' });
  await expect(toggle).toBeVisible();
  const before = await toggle.evaluate((element) => getComputedStyle(element).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await toggle.evaluate((element) => getComputedStyle(element).backgroundColor), 'the pressed state is visible').not.toBe(before);
});

async function tabTo(page: import('@playwright/test').Page, target: import('@playwright/test').Locator, maxPresses = 40) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('not reachable with Tab');
}

test('table of contents and theme toggle are reachable and usable with the keyboard, with a visible focus', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(entry('modules', fixtures.modules.presse).url);
  const toggle = page.getByRole('button', { name: 'Dunkles Design' });
  await tabTo(page, toggle);
  expect(await toggle.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  const firstTocLink = page.getByRole('navigation', { name: 'Auf dieser Seite' }).getByRole('link').first();
  await tabTo(page, firstTocLink);
  await expect(firstTocLink).toBeInViewport();
  await page.keyboard.press('Enter');
  const target = (await firstTocLink.getAttribute('href'))!.slice(1);
  await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
});
