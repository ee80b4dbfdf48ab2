/**
 * How the search treats what a German reader actually types, in the real
 * browser against the synthetic site's index: a compound the site never
 * writes, a typo with its notice and the way back to what was typed, words
 * no page holds together, synonyms from content/search/synonyme.yaml, the
 * preload before the first keystroke and the search field on the start page.
 * Queries are made from the fixture entries' own titles, so a change of
 * the synthetic texts changes the query, not the test.
 */
import { expect, test, type Page } from '@playwright/test';
import { SYNONYMS } from '../../../scripts/synthetic/scenario.ts';
import { axeViolations } from '../support/axe.ts';
import { entry, fixtures } from '../support/synthetic.ts';

const status = (page: Page) => page.locator('[data-status]');
const notice = (page: Page) => page.locator('[data-notice]');
const resultHrefs = (page: Page) => page.locator('[data-results] h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

async function searchFor(page: Page, query: string) {
  await page.goto('/suche/');
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(query);
  await expect(status(page)).toContainText(/Ergebnis/);
}

const muehlbach = entry('cities', fixtures.cities.muehlbach);
const naehcafes = entry('stories', fixtures.stories.naehcafes);

test('a compound the site never writes is searched as its parts', async ({ page }) => {
  // "Stadtteil" and "Nähcafés" are in the story's summary; their compound is nowhere on the site.
  expect(naehcafes.data.summary).toMatch(/Nähcafés im Stadtteil/);
  await searchFor(page, 'Stadtteilnähcafé');
  expect((await resultHrefs(page)).slice(0, 3)).toContain(naehcafes.url);
  await expect(notice(page)).toBeHidden();
});

test('a typo is corrected, said on the page, and the reader can search what they typed', async ({ page }) => {
  const name = muehlbach.data.title as string;
  const typo = name.replace('l', 'll');
  await searchFor(page, typo);
  await expect(notice(page)).toHaveText(`Ergebnisse für ${name} (statt ${typo}). Stattdessen nach „${typo}“ suchen`);
  await expect(status(page)).toContainText(`für „${name}“`);
  expect((await resultHrefs(page)).slice(0, 3)).toContain(muehlbach.url);

  await notice(page).getByRole('link', { name: `Stattdessen nach „${typo}“ suchen` }).click();
  await expect(page).toHaveURL(/[?&]exact=1/);
  await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue(typo);
  await expect(status(page)).toContainText(`für „${typo}“`);
  await expect(notice(page)).toBeHidden();
  expect(await resultHrefs(page)).not.toContain(muehlbach.url);
});

test('when no page holds every word, the pages with most of them come first and the missing word is named', async ({ page }) => {
  const missing = 'Zebrastreifenkunde';
  await searchFor(page, `${muehlbach.data.title} ${missing}`);
  await expect(status(page)).toContainText(`Keine Seite enthält alle Wörter – ohne: ${missing}.`);
  expect((await resultHrefs(page)).slice(0, 3)).toContain(muehlbach.url);
  await expect(page.locator('[data-results] > li').first()).toContainText(`Ohne: ${missing}`);
});

test('a synonym from content/search/synonyme.yaml finds the page that uses another term of its group', async ({ page }) => {
  const story = entry('stories', fixtures.stories.koordinierung);
  const pageText = `${story.data.title} ${story.data.summary} ${story.body}`;
  const group = SYNONYMS.find((terms) => terms.some((term) => pageText.includes(term)))!;
  // A one-word term of the group that the story itself never uses.
  const other = group.find((term) => !/\s/.test(term) && !pageText.includes(term))!;
  expect(other).toBeTruthy();
  // With a word of the story: Pagefind demands every word it knows, so the story is among the
  // complete matches only if the index step gave it the synonym.
  await searchFor(page, `${other} Anfragen`);
  expect(story.body).toContain('Anfragen');
  expect((await resultHrefs(page)).slice(0, 3)).toContain(story.url);
  const result = page.locator('[data-results] > li').filter({ has: page.getByRole('link', { name: story.data.title }) });
  await expect(result.locator('.search-result__missing')).toHaveCount(0);
  await expect(notice(page)).toBeHidden();
});

test('the search page with a correction and partial matches has no accessibility violations', async ({ page }) => {
  const name = muehlbach.data.title as string;
  await searchFor(page, `${name.replace('l', 'll')} Zebrastreifenkunde`);
  await expect(notice(page)).toBeVisible();
  await expect(page.locator('.search-result__missing').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the header dialog tells the same: correction notice and its link to the search page', async ({ page }) => {
  const name = muehlbach.data.title as string;
  const typo = name.replace('l', 'll');
  await page.goto('/');
  await page.locator('[data-search-open]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(typo);
  await expect(dialog.locator('.search-notice')).toContainText(`Ergebnisse für ${name} (statt ${typo})`);
  await expect(dialog.getByRole('link', { name: `Stattdessen nach „${typo}“ suchen` })).toHaveAttribute('href', /\/suche\/\?q=.*&exact=1$/);
});

test('pointing at or focusing the search button loads the search before the first keystroke', async ({ page }) => {
  await page.goto(muehlbach.url);
  const loads = (file: string) => page.waitForRequest((request) => request.url().endsWith(file));
  const engine = loads('/pagefind/pagefind.js');
  const words = loads('/pagefind/woerter.json');
  await page.locator('[data-search-open]').hover();
  await Promise.all([engine, words]);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goto('/');
  const byKeyboard = loads('/pagefind/pagefind.js');
  // Keyboard only: Tab from the start of the page until the search button has focus.
  for (let step = 0; step < 15; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.locator('[data-search-open]').evaluate((element) => element === document.activeElement)) break;
  }
  await expect(page.locator('[data-search-open]')).toBeFocused();
  await byKeyboard;
});

test('the start page has a search field that leads to the results', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('searchbox', { name: 'Im Wissensnetz suchen' });
  const preloaded = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
  await field.focus();
  await preloaded;
  await field.fill(muehlbach.data.title);
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/suche/\\?q=${encodeURIComponent(muehlbach.data.title)}$`));
  await expect(status(page)).toContainText(`für „${muehlbach.data.title}“`);
  expect((await resultHrefs(page)).slice(0, 3)).toContain(muehlbach.url);
});
