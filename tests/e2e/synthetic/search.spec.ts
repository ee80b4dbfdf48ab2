/**
 * Search as a reader uses it, in the real browser against the synthetic
 * site's index. Filters are set through the controls (group and checkbox
 * names), never by writing query strings, so a change of the URL format
 * touches only the one test that is about it ("the URL keeps the state").
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { entries, entry, fixtures } from '../support/synthetic.ts';

const results = (page: Page) => page.locator('[data-results] > li');
const resultLinks = (page: Page) => page.locator('[data-results] h2 a');
const facet = (page: Page, group: string) => page.getByRole('group', { name: group, exact: true });
/** A facet checkbox by its value; the label ends with the count, e.g. "Grünhagen (2)". */
const option = (page: Page, group: string, value: string) =>
  facet(page, group).getByRole('checkbox', { name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) });

/**
 * Ticks a facet value and waits until the results announce that many filters:
 * the facet list is drawn anew with each result, so the next click must wait
 * for it, as a reader's eyes do.
 */
async function tick(page: Page, group: string, value: string, activeFilters: number) {
  await option(page, group, value).check();
  await expect(page.locator('[data-status]')).toContainText(activeFilters === 1 ? ' mit 1 Filter.' : ` mit ${activeFilters} Filtern.`);
  await expect(option(page, group, value)).toBeChecked();
}

async function searchFor(page: Page, query: string) {
  await page.goto('/suche/');
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(query);
  await expect(page.locator('[data-status]')).toContainText(`für „${query}“`);
}

const naehcafes = entry('stories', fixtures.stories.naehcafes);
const koordinierung = entry('stories', fixtures.stories.koordinierung);
const aufbau = entry('stories', fixtures.stories.aufbau);

/** Compound parts, spellings without umlauts, and words of the body find the story among the first three. */
const TOP_HITS: [string, typeof naehcafes][] = [
  ['Nähcafé', naehcafes],
  ['Naehcafe', naehcafes],
  ['Koordinierung', koordinierung],
  ['Muehlbach', entry('cities', fixtures.cities.muehlbach)],
  ['Pressemitteilung', entry('modules', fixtures.modules.presse)],
  ['Fotos Konferenz', entry('meetings', fixtures.meeting)],
];

// One page for all queries, typed one after another as a reader does: a page load per query cost more than the searches.
test('compound parts, spellings without umlauts and words of the body find their entry among the first three results', async ({ page }) => {
  await page.goto('/suche/');
  for (const [query, expected] of TOP_HITS) {
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(query);
    await expect(page.locator('[data-status]')).toContainText(`für „${query}“`);
    const top = await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    expect(top, `"${query}" finds "${expected.data.title}" among the first three results`).toContain(expected.url);
  }
});

test('a phrase two stories share finds both', async ({ page }) => {
  await searchFor(page, fixtures.sharedPhrase);
  await expect(resultLinks(page).filter({ hasText: koordinierung.data.title })).toHaveCount(1);
  await expect(resultLinks(page).filter({ hasText: aufbau.data.title })).toHaveCount(1);
});

test('results show type, context and a highlighted excerpt from the visible text', async ({ page }) => {
  await searchFor(page, 'Nähcafé');
  const story = results(page).filter({ has: page.getByRole('link', { name: naehcafes.data.title }) });
  await expect(story.locator('.card__type')).toHaveText('Erfolgsgeschichte');
  const partner = entry('partners', naehcafes.data.partner);
  const city = entry('cities', naehcafes.data.city);
  await expect(story.locator('.card__meta')).toHaveText(`${partner.data.title} · ${city.data.title}`);
  await expect(story.locator('mark').first()).toBeVisible();
  // Extra index terms (compound parts, umlaut-free spellings) never show up in excerpts.
  await expect(story.locator('p')).not.toContainText(/naehcaf/i);
});

test('each facet narrows the results, and values of one facet combine with "or"', async ({ page }) => {
  const [first, second] = [aufbau, koordinierung].map((story) => ({ story, city: entry('cities', story.data.city) }));
  expect(first!.city.data.state).not.toBe(second!.city.data.state);
  await searchFor(page, fixtures.sharedPhrase);
  expect(await results(page).count()).toBeGreaterThan(2);

  await tick(page, 'Inhaltstyp', 'Erfolgsgeschichte', 1);
  await expect(results(page)).toHaveCount(2);

  await tick(page, 'Stadt', first!.city.data.title, 2);
  await expect(resultLinks(page)).toHaveText([first!.story.data.title]);
  // Other cities keep their counts so they can be added.
  await expect(facet(page, 'Stadt').getByRole('checkbox', { name: `${second!.city.data.title} (1)` })).toBeVisible();
  await tick(page, 'Stadt', second!.city.data.title, 3);
  await expect(results(page)).toHaveCount(2);

  await tick(page, 'Bundesland', second!.city.data.state, 4);
  await expect(resultLinks(page)).toHaveText([second!.story.data.title]);
});

test('topic and type filters, set in the controls, narrow an empty query to the matching modules', async ({ page }) => {
  const topic = entry('topics', 'verstetigung');
  const modules = entries('modules').filter((module) => module.data.topics?.includes(topic.id));
  expect(modules.length).toBeGreaterThan(0);
  await page.goto('/suche/');
  await tick(page, 'Inhaltstyp', 'Lernmodul', 1);
  await tick(page, 'Thema', topic.data.title, 2);
  await expect(results(page)).toHaveCount(modules.length);
  expect((await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort()).toEqual(modules.map((module) => module.url).sort());
});

test('the year filter, set in the controls, narrows to the meetings of that year', async ({ page }) => {
  const year = entry('meetings', fixtures.meeting).data.startDate.slice(0, 4) as string;
  const meetings = entries('meetings').filter((meeting) => meeting.data.startDate.startsWith(year));
  await page.goto('/suche/');
  await tick(page, 'Inhaltstyp', 'Treffen', 1);
  await tick(page, 'Jahr', year, 2);
  expect((await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort()).toEqual(meetings.map((meeting) => meeting.url).sort());
});

test('when searches overlap, the list shows only the newest search\'s results', async ({ page }) => {
  // Result excerpts (Pagefind fragments) are held back until a second search is loading too,
  // as on a slow connection: the first search's excerpts must not end up in the list.
  const meetings = entries('meetings');
  const modules = entries('modules');
  await page.goto('/suche/');
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  const requested = new Set<string>();
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) requested.add(request.url());
  });
  const firstExcerpts = page.waitForRequest('**/pagefind/fragment/**');
  await option(page, 'Inhaltstyp', 'Treffen').check();
  await firstExcerpts;
  const before = new Set(requested);
  const secondExcerpts = page.waitForRequest((request) => request.url().includes('/pagefind/fragment/') && !before.has(request.url()));
  await option(page, 'Inhaltstyp', 'Treffen').uncheck();
  await option(page, 'Inhaltstyp', 'Lernmodul').check();
  await secondExcerpts;
  release();
  await expect(page.locator('[data-status]')).toHaveText(`${modules.length} Ergebnisse mit 1 Filter.`);
  await expect(results(page)).toHaveCount(Math.min(modules.length, 10));
  const shown = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(shown.filter((href) => meetings.some((meeting) => meeting.url === href))).toEqual([]);
});

test('sorting by date puts the newest or the oldest first (meeting date, else source date, else Stand)', async ({ page }) => {
  const dated = [
    ...entries('meetings').map((meeting) => ({ title: meeting.data.title, date: meeting.data.startDate as string })),
    ...entries('stories').map((story) => ({ title: story.data.title, date: (story.data.sources?.find((source: { date?: string }) => source.date)?.date ?? story.data.stand) as string })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  expect(dated[0]!.date < dated[1]!.date, 'one oldest entry').toBe(true);
  await page.goto('/suche/');
  await tick(page, 'Inhaltstyp', 'Erfolgsgeschichte', 1);
  await tick(page, 'Inhaltstyp', 'Treffen', 2);
  await expect(page.locator('[data-status]')).toContainText(`${dated.length} Ergebnisse`);
  await page.getByRole('combobox', { name: 'Sortierung' }).selectOption('oldest');
  await expect(resultLinks(page).first()).toHaveText(dated[0]!.title);
  await page.getByRole('combobox', { name: 'Sortierung' }).selectOption('newest');
  await expect(resultLinks(page).first()).not.toHaveText(dated[0]!.title);
});

test('a search link in the old form, with labels instead of ids, still opens the same search and is rewritten with ids', async ({ page }) => {
  const story = entry('stories', fixtures.stories.koordinierung);
  const city = entry('cities', story.data.city);
  await page.goto(`/suche/?q=Koordinierungsstelle&city=${encodeURIComponent(city.data.title)}&type=Erfolgsgeschichte`);
  await expect(option(page, 'Stadt', city.data.title)).toBeChecked();
  await expect(option(page, 'Inhaltstyp', 'Erfolgsgeschichte')).toBeChecked();
  await expect(resultLinks(page).first()).toHaveText(story.data.title);
  await expect(page).toHaveURL(new RegExp(`city=${city.id}`));
  await expect(page).toHaveURL(/type=stories/);
});

test('result details read as written: no escape characters from the index (a duration "2,5 Stunden")', async ({ page }) => {
  const withComma = entries('modules').find((module) => module.data.durationMinutes % 60 !== 0);
  test.skip(!withComma, 'the synthetic site has no module with a fractional duration');
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(withComma!.data.title);
  const meta = dialog.locator('.card__meta').first();
  await expect(meta).toContainText(',');
  await expect(meta).not.toContainText('\\');
});

// The two tests that know the URL format (/suche/?q=…&<facet>=<value>&sort=…).
test('the URL keeps query and filters, and a reload restores them', async ({ page }) => {
  const story = entry('stories', fixtures.stories.koordinierung);
  const city = entry('cities', story.data.city);
  await searchFor(page, 'Koordinierungsstelle');
  await tick(page, 'Stadt', city.data.title, 1);
  // Filters carry ids (the city's file name), not labels: renaming a city keeps shared links working.
  await expect(page).toHaveURL(new RegExp(`\\?q=Koordinierungsstelle&city=${city.id}$`));
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('Koordinierungsstelle');
  await expect(option(page, 'Stadt', city.data.title)).toBeChecked();
  await expect(resultLinks(page).first()).toHaveText(story.data.title);
});

test('opening a search URL restores filters and sort; changing the sort updates the URL', async ({ page }) => {
  await page.goto('/suche/?q=&type=modules&sort=newest');
  await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('');
  await expect(option(page, 'Inhaltstyp', 'Lernmodul')).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sortierung' })).toHaveValue('newest');
  await expect(results(page)).toHaveCount(entries('modules').length);
  await page.getByRole('combobox', { name: 'Sortierung' }).selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/);
});

test('no results: the count is announced and help offers to drop filters or browse', async ({ page }) => {
  // The filter first: with no results, the facets offer no values to check.
  await page.goto('/suche/');
  await tick(page, 'Inhaltstyp', 'Treffen', 1);
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Quantencomputer');
  const status = page.getByRole('status');
  await expect(status).toHaveText('0 Ergebnisse für „Quantencomputer“ mit 1 Filter.');
  const help = page.locator('[data-empty-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'nach Thema' })).toHaveAttribute('href', '/themen/');
  await help.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
  await expect(status).toHaveText('0 Ergebnisse für „Quantencomputer“.');
  await expect(option(page, 'Inhaltstyp', 'Treffen')).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('Quantencomputer');
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
  await expect(dialog.getByRole('link').first()).toHaveText(koordinierung.data.title);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${koordinierung.url}$`));

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
  await dialog.getByRole('searchbox').fill('Nähcafé');
  await expect(dialog.getByRole('link', { name: 'Alle Ergebnisse mit Filtern anzeigen' })).toHaveAttribute('href', `/suche/?q=${encodeURIComponent('Nähcafé')}`);
  await dialog.getByRole('button', { name: /Schließen/ }).click();
  await expect(trigger).toBeFocused();
});

test('reading pages load no script files; the search code arrives only when search is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(naehcafes.url, { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Suche' }).getByRole('searchbox').fill('Nähcafé');
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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`search page with results has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await searchFor(page, fixtures.sharedPhrase);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the open search dialog with results has no accessibility violations', async ({ page }) => {
  await page.goto('/themen/');
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Suche' }).getByRole('searchbox').fill('Koordinierung');
  await expect(page.getByRole('dialog', { name: 'Suche' }).getByRole('status')).toContainText('Ergebnis');
  expect(await axeViolations(page)).toEqual([]);
});
