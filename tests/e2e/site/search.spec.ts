/** Search as a reader uses it, in the real browser against the built index. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

const results = (page: Page) => page.locator('[data-results] > li');
const resultLinks = (page: Page) => page.locator('[data-results] h2 a');

async function searchFor(page: Page, query: string) {
  await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).toContainText('für „');
}

const TOP_HITS: [string, string][] = [
  ['Begegnungscafés', 'Mepa Leipzig sichert zwei Stellen für Begegnungscafés'],
  ['Begegnungscafe', 'Mepa Leipzig sichert zwei Stellen für Begegnungscafés'],
  ['Cafés', 'Mepa Leipzig sichert zwei Stellen für Begegnungscafés'],
  ['Koordinierungsstelle', 'Haus der Kulturen Lübeck sichert eine Koordinierungsstelle'],
  ['Koordinierung', 'Haus der Kulturen Lübeck sichert eine Koordinierungsstelle'],
  ['Luebeck', 'Haus der Kulturen Lübeck sichert eine Koordinierungsstelle'],
  ['Förderanträge', 'Förderanträge schreiben und Finanzen planen'],
  ['Unterlagen Bundesnetzwerksitzung', 'Bundesnetzwerktreffen 2018 in Berlin'],
];

for (const [query, title] of TOP_HITS) {
  test(`"${query}" finds "${title}" among the first three results`, async ({ page }) => {
    await searchFor(page, query);
    const top = await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((link) => link.textContent));
    expect(top).toContain(title);
  });
}

test('"Haus der Kulturen" finds both Reutlingen and Lübeck', async ({ page }) => {
  await searchFor(page, 'Haus der Kulturen');
  await expect(resultLinks(page).filter({ hasText: 'BIM Reutlingen baut ein Haus der Kulturen auf' })).toHaveCount(1);
  await expect(resultLinks(page).filter({ hasText: 'Haus der Kulturen Lübeck sichert eine Koordinierungsstelle' })).toHaveCount(1);
});

test('results show type, context and a highlighted excerpt from the visible text', async ({ page }) => {
  await searchFor(page, 'Cafés');
  const story = results(page).filter({ has: page.getByRole('link', { name: 'Mepa Leipzig sichert zwei Stellen für Begegnungscafés' }) });
  await expect(story.locator('.card__type')).toHaveText('Erfolgsgeschichte');
  await expect(story.locator('.card__meta')).toHaveText('Mepa · Leipzig');
  await expect(story.locator('mark').first()).toBeVisible();
  // Extra index terms (compound parts, umlaut-free spellings) never show up in excerpts.
  await expect(story.locator('p')).not.toContainText('begegnungscafes');
});

test('each facet narrows the results, and values of one facet combine with "or"', async ({ page }) => {
  await searchFor(page, 'Haus der Kulturen');
  const all = await results(page).count();
  expect(all).toBeGreaterThan(2);

  await page.getByRole('group', { name: 'Inhaltstyp' }).getByRole('checkbox', { name: /Erfolgsgeschichte/ }).check();
  await expect(results(page)).toHaveCount(2);
  await expect(page).toHaveURL(/type=Erfolgsgeschichte/);

  const cities = page.getByRole('group', { name: 'Stadt' });
  await cities.getByRole('checkbox', { name: /Lübeck/ }).check();
  await expect(resultLinks(page)).toHaveText(['Haus der Kulturen Lübeck sichert eine Koordinierungsstelle']);
  // Other cities keep their counts so they can be added.
  await cities.getByRole('checkbox', { name: /Reutlingen \(1\)/ }).check();
  await expect(results(page)).toHaveCount(2);

  await page.getByRole('group', { name: 'Bundesland' }).getByRole('checkbox', { name: /Baden-Württemberg/ }).check();
  await expect(resultLinks(page)).toHaveText(['BIM Reutlingen baut ein Haus der Kulturen auf']);
});

test('topic, year and sort work from the URL, and the state survives a reload', async ({ page }) => {
  await page.goto('/suche/?q=&topic=Verstetigung&type=Lernmodul&sort=newest');
  await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('');
  await expect(page.getByRole('group', { name: 'Thema' }).getByRole('checkbox', { name: /Verstetigung/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sortierung' })).toHaveValue('newest');
  await expect(resultLinks(page)).toHaveText(['Verstetigung: Wie gute Angebote nach der Bundesförderung weitergehen']);

  await page.goto('/suche/?year=2018&type=Treffen');
  await expect(resultLinks(page)).toHaveText(['Bundesnetzwerktreffen 2018 in Berlin']);

  await page.goto('/suche/?q=Stellen');
  await page.getByRole('group', { name: 'Stadt' }).getByRole('checkbox', { name: /Leipzig/ }).check();
  await expect(page).toHaveURL(/\?q=Stellen&city=Leipzig$/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('Stellen');
  await expect(page.getByRole('group', { name: 'Stadt' }).getByRole('checkbox', { name: /Leipzig/ })).toBeChecked();
  await expect(resultLinks(page).first()).toHaveText('Mepa Leipzig sichert zwei Stellen für Begegnungscafés');
});

test('sorting by date puts the newest first', async ({ page }) => {
  await page.goto('/suche/?type=Erfolgsgeschichte&type=Treffen&sort=newest');
  await expect(results(page)).toHaveCount(4);
  await page.getByRole('combobox', { name: 'Sortierung' }).selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(resultLinks(page).first()).toHaveText('Bundesnetzwerktreffen 2018 in Berlin');
});

test('no results: the count is announced and help offers to drop filters or browse', async ({ page }) => {
  await page.goto('/suche/?q=Quantencomputer&type=Treffen');
  const status = page.getByRole('status');
  await expect(status).toHaveText('0 Ergebnisse für „Quantencomputer“ mit 1 Filter.');
  const help = page.locator('[data-empty-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'nach Thema' })).toHaveAttribute('href', '/themen/');
  await help.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
  await expect(page).toHaveURL(/\?q=Quantencomputer$/);
  await expect(status).toHaveText('0 Ergebnisse für „Quantencomputer“.');
});

test('header search works with the keyboard alone: "/" opens, typing shows results, Enter follows, Escape closes', async ({ page }) => {
  await page.goto('/lernmodule/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Suche' });
  const input = dialog.getByRole('searchbox', { name: 'Suchbegriff' });
  await expect(input).toBeFocused();
  await page.keyboard.type('Koordinierung');
  await expect(dialog.getByRole('status')).toContainText('für „Koordinierung“');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('link').first()).toBeFocused();
  await expect(dialog.getByRole('link').first()).toHaveText('Haus der Kulturen Lübeck sichert eine Koordinierungsstelle');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/erfolgsgeschichten\/haus-der-kulturen-luebeck-koordinierungsstelle\/$/);

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Suche' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Suche' })).toBeHidden();
});

test('the search button returns focus to itself when the dialog closes, and links to the full search', async ({ page }) => {
  await page.goto('/');
  const trigger = page.getByRole('link', { name: /Suchen/ });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Suche' });
  await dialog.getByRole('searchbox').fill('Mepa');
  await expect(dialog.getByRole('link', { name: 'Alle Ergebnisse mit Filtern anzeigen' })).toHaveAttribute('href', '/suche/?q=Mepa');
  await dialog.getByRole('button', { name: /Schließen/ }).click();
  await expect(trigger).toBeFocused();
});

test('reading pages load no script files; the search code arrives only when search is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/erfolgsgeschichten/mepa-leipzig-begegnungscafes/', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Suche' }).getByRole('searchbox').fill('Mepa');
  await expect(page.getByRole('dialog', { name: 'Suche' }).getByRole('status')).toContainText('Ergebnis');
  expect(scripts).toContain('/search/dialog.js');
  expect(scripts).toContain('/pagefind/pagefind.js');
});

test('without JavaScript the search page says so and links to the indexes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: /Suchen/ }).click();
  await expect(page).toHaveURL(/\/suche\/$/);
  await expect(page.getByText('Die Suche braucht JavaScript.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'nach Stadt' })).toHaveAttribute('href', '/staedte/');
  await context.close();
});

test('search page and open dialog have no accessibility violations', async ({ page }) => {
  await searchFor(page, 'Haus der Kulturen');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/themen/');
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Suche' }).getByRole('searchbox').fill('Verstetigung');
  await expect(page.getByRole('dialog', { name: 'Suche' }).getByRole('status')).toContainText('Ergebnis');
  expect(await axeViolations(page)).toEqual([]);
});
