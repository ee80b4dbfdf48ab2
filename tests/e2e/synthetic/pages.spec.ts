/**
 * Every page type renders its key facts, on the synthetic site: expectations
 * come from the generated files and fixtures.json (tests/e2e/support/synthetic.ts),
 * so editing real content never breaks these tests.
 */
import { expect, test } from '@playwright/test';
import { dateParts, entries, entry, fixtures, germanDate, sortedTitles } from '../support/synthetic.ts';
import { STORY_SECTIONS } from '../../../src/schemas/stories.ts';
import { de } from '../../../src/i18n/de.ts';

/** Feeds carry the newest 50 changes (MAX_ITEMS in src/lib/feeds.ts). */
const FEED_ITEMS = 50;

const meeting = entry('meetings', fixtures.meeting);
const meetingCity = entry('cities', meeting.data.city);
const citing = (meetingId: string) => entries('stories').filter((story) => story.data.sources?.some((source: { meeting?: string }) => source.meeting === meetingId));
const referencing = (field: string, id: string) =>
  (['meetings', 'stories', 'partners', 'analyses'] as const).flatMap((collection) => entries(collection).filter((item) => item.data[field] === id));

test('home page serves the three reader tasks and entry points', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Wissensnetz/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Treffen nachlesen' })).toHaveAttribute('href', '/treffen/');
  await expect(main.getByRole('link', { name: 'Gute Beispiele finden' })).toHaveAttribute('href', '/erfolgsgeschichten/');
  await expect(main.getByRole('link', { name: 'Lernen und weiterbilden' })).toHaveAttribute('href', '/lernmodule/');
  await expect(main.getByRole('heading', { name: 'Neu und aktualisiert' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Nach Stadt' }).getByRole('link', { name: meetingCity.data.title, exact: true })).toHaveAttribute('href', meetingCity.url);
  const topic = entry('topics', fixtures.topics.many);
  await expect(main.getByRole('region', { name: 'Nach Thema' }).getByRole('link', { name: topic.data.title, exact: true })).toHaveAttribute('href', topic.url);
});

test('a meeting record shows dates, place, working groups, body, outcomes, its stories and announced documents', async ({ page }) => {
  await page.goto(meeting.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.data.title);
  const facts = page.locator('dl.facts');
  const start = dateParts(meeting.data.startDate, 'de-DE');
  const end = dateParts(meeting.data.endDate, 'de-DE');
  expect(start.month, 'the fixture meeting lies within one month').toBe(end.month);
  await expect(facts).toContainText(`${start.day}.–${end.day}. ${end.month} ${end.year}`);
  await expect(facts.getByRole('link', { name: meetingCity.data.title })).toHaveAttribute('href', meetingCity.url);
  await expect(facts).toContainText(`Arbeitsgruppen${meeting.data.workingGroups.count}`);

  // The Markdown body: a quotation and a table.
  const quote = /^> (.+)$/m.exec(meeting.body)![1]!;
  await expect(page.locator('.prose blockquote').getByText(quote)).toBeVisible();
  const firstCell = /^\| (?!-)(.+?) \|/m.exec(meeting.body.split(/^\| ---/m)[1]!)![1]!;
  await expect(page.getByRole('cell', { name: firstCell })).toBeVisible();

  const outcomes = page.getByRole('region', { name: 'Ergebnisse und Ideen' });
  await expect(outcomes).toContainText(`Aus ${meeting.data.workingGroups.count} Arbeitsgruppen`);
  for (const outcome of meeting.data.outcomes) await expect(outcomes.getByRole('heading', { name: outcome.title })).toBeVisible();

  const stories = page.getByRole('region', { name: 'Erfolgsgeschichten von diesem Treffen' });
  expect(citing(meeting.id).length).toBeGreaterThan(2);
  await expect(stories.getByRole('listitem')).toHaveCount(citing(meeting.id).length);

  expect(meeting.data.documents.status).toBe('angekündigt');
  const documents = page.getByRole('region', { name: 'Unterlagen' });
  await expect(documents).toContainText('Unterlagen angekündigt, noch nicht verfügbar.');
  await expect(documents.getByRole('link')).toHaveCount(0);

  const toc = page.getByRole('navigation', { name: 'Auf dieser Seite' });
  await expect(toc.getByRole('link', { name: 'Ergebnisse und Ideen' })).toHaveAttribute('href', '#ergebnisse');
});

test('a story names its organisation, city and what was secured, says what the source does not name, and lists the sections it lacks', async ({ page }) => {
  const story = entry('stories', fixtures.stories.naehcafes);
  const partner = entry('partners', story.data.partner);
  const city = entry('cities', story.data.city);
  await page.goto(story.url);
  const facts = page.locator('dl.facts');
  await expect(facts.getByRole('link', { name: partner.data.title })).toHaveAttribute('href', partner.url);
  await expect(facts.getByRole('link', { name: city.data.title, exact: true })).toHaveAttribute('href', city.url);
  const [secured] = story.data.secured;
  await expect(facts).toContainText(`${secured.count} × ${secured.label}`);
  expect(story.data.funder).toBeUndefined();
  await expect(facts.locator('dt', { hasText: 'Fördergeber' }).locator('+ dd')).toHaveText('in der Quelle nicht genannt');
  const present = [...story.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
  const missing = STORY_SECTIONS.filter((section) => !present.includes(section));
  expect(missing.length).toBeGreaterThan(0);
  await expect(page.getByRole('complementary', { name: 'Noch nicht dokumentiert' })).toContainText(missing.join(', '));
  await expect(page.getByRole('region', { name: 'Quellen' })).toContainText(germanDate(story.data.sources[0].date));
});

test('a secured post with a duration shows count, label and the duration in months and years', async ({ page }) => {
  const story = entry('stories', fixtures.stories.koordinierung);
  const [secured] = story.data.secured;
  expect(secured.durationMonths % 12).toBe(0);
  await page.goto(story.url);
  await expect(page.locator('dl.facts')).toContainText(
    `${secured.count} × ${secured.label}, Laufzeit ${secured.durationMonths} Monate (${secured.durationMonths / 12} Jahre)`,
  );
});

test('city pages list everything that references them; the city index groups cities by state', async ({ page }) => {
  const city = entry('cities', fixtures.cities.gruenhagen);
  await page.goto(city.url);
  await expect(page.locator('dl.facts')).toContainText(city.data.state);
  const own = (collection: string) => referencing('city', city.id).filter((item) => item.collection === collection);
  const linksIn = (name: RegExp) => page.getByRole('region', { name }).getByRole('listitem').getByRole('link').first();
  expect(own('stories').length).toBeGreaterThan(1);
  const storyTitles = await page.getByRole('region', { name: /^Erfolgsgeschichten/ }).locator('.card h3 a, li > a').allTextContents();
  expect(storyTitles.map((title) => title.trim()).sort((a, b) => a.localeCompare(b, 'de'))).toEqual(sortedTitles(own('stories')));
  const partnerTitles = await page.getByRole('region', { name: /^Partnerorganisationen/ }).locator('.card h3 a, li > a').allTextContents();
  expect(partnerTitles.map((title) => title.trim()).sort((a, b) => a.localeCompare(b, 'de'))).toEqual(sortedTitles(own('partners')));
  await expect(linksIn(/^Treffen/)).toHaveText(own('meetings')[0]!.data.title);

  // A city nothing refers to shows no lists at all.
  await page.goto(entry('cities', fixtures.cities.leer).url);
  await expect(page.getByRole('region', { name: /^(Erfolgsgeschichten|Partnerorganisationen|Treffen)/ })).toHaveCount(0);

  await page.goto('/staedte/');
  const inState = entries('cities').filter((item) => item.data.state === city.data.state);
  await expect(page.getByRole('region', { name: city.data.state, exact: true }).getByRole('link')).toHaveText(sortedTitles(inState));
});

test('partner, network and topic pages aggregate their references', async ({ page }) => {
  const partner = entry('partners', fixtures.partners.gruenhagen);
  await page.goto(partner.url);
  const partnerStories = entries('stories').filter((story) => story.data.partner === partner.id);
  expect(partnerStories.length).toBeGreaterThan(1);
  for (const story of partnerStories) await expect(page.getByRole('region', { name: /^Erfolgsgeschichten/ })).toContainText(story.data.title);

  const network = entry('networks', fixtures.network);
  await page.goto(network.url);
  await expect(page.locator('dl.facts')).toContainText(network.data.region);
  await expect(page.locator('dl.facts')).toContainText(String(network.data.founded));
  const members = entries('partners').filter((item) => item.data.networks?.includes(network.id));
  expect(members.length).toBeGreaterThan(1);
  await expect(page.getByRole('region', { name: /^Partnerorganisationen/ }).getByRole('listitem')).toHaveCount(members.length);

  const topic = entry('topics', fixtures.topics.many);
  await page.goto(topic.url);
  const withTopic = (collection: 'stories' | 'modules') => entries(collection).filter((item) => item.data.topics?.includes(topic.id));
  await expect(page.getByRole('region', { name: new RegExp(`^Erfolgsgeschichten \\(${withTopic('stories').length}\\)`) })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Lernmodule/ })).toContainText(withTopic('modules')[0]!.data.title);

  // A topic nothing refers to says so instead of showing empty lists.
  await page.goto(entry('topics', fixtures.topics.empty).url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry('topics', fixtures.topics.empty).data.title);
  await expect(page.getByRole('region', { name: /^(Erfolgsgeschichten|Lernmodule|Treffen) \(/ })).toHaveCount(0);
});

test('training modules have goals, steps and previous/next navigation in order', async ({ page }) => {
  const modules = [...entries('modules')].sort((a, b) => a.data.order - b.data.order);
  await page.goto('/lernmodule/');
  await expect(page.locator('main ol.steps h2')).toHaveCount(modules.length);

  await page.goto(modules[0]!.url);
  await expect(page.getByRole('region', { name: 'Lernziele' }).getByRole('listitem').first()).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Weitere Lernmodule' });
  await expect(pager.getByRole('link', { name: /Vorheriges Modul/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Nächstes Modul/ }).click();
  await expect(page).toHaveURL(new RegExp(`${modules[1]!.url}$`));
  await expect(page.locator('dl.facts')).toContainText(`2 von ${modules.length}`);
  await expect(page.getByRole('navigation', { name: 'Weitere Lernmodule' }).getByRole('link', { name: /Vorheriges Modul/ })).toHaveAttribute('href', modules[0]!.url);
  // The last module has no next one.
  await page.goto(modules.at(-1)!.url);
  await expect(page.getByRole('navigation', { name: 'Weitere Lernmodule' }).getByRole('link', { name: /Nächstes Modul/ })).toHaveCount(0);
});

test('legal pages show missing operator data as missing, never invented', async ({ page }) => {
  await page.goto('/impressum/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impressum');
  await expect(page.getByText('Noch nicht eingetragen (src/site.config.ts, legal.provider).')).toBeVisible();
  await page.goto('/barrierefreiheit/');
  await expect(page.getByRole('heading', { level: 2, name: de.legal.feedback })).toBeVisible();
  await expect(page.getByText('Noch nicht eingetragen (src/site.config.ts, legal.accessibilityContact).')).toBeVisible();
});

test('unknown addresses get the German 404 page with a 404 status', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});

test('a meeting can be put into the calendar', async ({ page }) => {
  await page.goto(meeting.url);
  const link = page.locator('dl.facts').getByRole('link', { name: 'In den Kalender eintragen (.ics)' });
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  expect(await response.text()).toContain(`DTSTART;VALUE=DATE:${meeting.data.startDate.replaceAll('-', '')}`);
  await page.goto('/treffen/');
  await expect(page.getByRole('link', { name: 'Alle Treffen als Kalender (.ics)' })).toHaveAttribute('href', '/treffen/kalender.ics');
});

test('feeds of new and updated entries are valid RSS, discoverable in <head> and linked on the pages', async ({ page }) => {
  await page.goto(entries('modules')[0]!.url);
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feeds/alle.xml');

  const count = (collection: 'meetings' | 'stories' | 'modules' | 'experts') => entries(collection).length;
  const feeds = {
    '/feeds/alle.xml': count('meetings') + count('stories') + count('modules') + count('experts'),
    '/feeds/erfolgsgeschichten.xml': count('stories'),
    '/feeds/treffen.xml': count('meetings'),
    '/feeds/lernmodule.xml': count('modules'),
    '/feeds/expertinnen.xml': count('experts'),
  };
  expect(feeds['/feeds/alle.xml'], 'the synthetic site exceeds one feed').toBeGreaterThan(FEED_ITEMS);
  for (const [url, entryCount] of Object.entries(feeds)) {
    const expected = Math.min(entryCount, FEED_ITEMS);
    const xml = await (await page.request.get(url)).text();
    const parsed = await page.evaluate((text) => {
      const documentXml = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: documentXml.querySelector('parsererror')?.textContent ?? null,
        language: documentXml.querySelector('channel > language')?.textContent,
        items: [...documentXml.querySelectorAll('channel > item')].map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
          date: item.querySelector('pubDate')?.textContent,
        })),
      };
    }, xml);
    expect(parsed.error, url).toBeNull();
    expect(parsed.language).toBe('de-de');
    expect(parsed.items, url).toHaveLength(expected);
    for (const item of parsed.items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/^https:\/\/.+\/$/);
      expect(Number.isNaN(Date.parse(item.date ?? ''))).toBe(false);
    }
  }

  await page.goto('/erfolgsgeschichten/');
  await expect(page.locator('head link[rel="alternate"][href="/feeds/erfolgsgeschichten.xml"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Neue Erfolgsgeschichten als Feed abonnieren (RSS)' }).click();
  await expect(page).toHaveURL(/\/feeds\/erfolgsgeschichten\.xml$/);
});

test('partner map: a linked marker for every city with content and coordinates, and every city with content in the list', async ({ page }) => {
  const withContent = entries('cities').filter((city) => referencing('city', city.id).length > 0);
  const mapped = withContent.filter((city) => city.data.coordinates);
  expect(withContent.length).toBeLessThan(entries('cities').length);
  await page.goto('/karte/');
  const markers = page.locator('svg.map__svg a');
  await expect(markers).toHaveCount(mapped.length);
  const labels = await markers.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')!));
  expect(labels.map((label) => label.replace(/: \d+ (Eintrag|Einträge)$/, '')).sort((a, b) => a.localeCompare(b, 'de'))).toEqual(sortedTitles(mapped));
  for (const city of mapped) {
    expect(labels).toContain(`${city.data.title}: ${referencing('city', city.id).length} ${referencing('city', city.id).length === 1 ? 'Eintrag' : 'Einträge'}`);
  }
  const list = await page.getByRole('list', { name: 'Städte mit Inhalten' }).getByRole('link').allTextContents();
  expect(list.map((name) => name.trim()).sort((a, b) => a.localeCompare(b, 'de'))).toEqual(sortedTitles(withContent));
  const target = entry('cities', fixtures.cities.gruenhagen);
  await page.locator(`svg.map__svg a[aria-label^="${target.data.title}:"]`).click();
  await expect(page).toHaveURL(new RegExp(`${target.url}$`));
});

test('learners tick off module steps; progress survives a reload, stays in the browser and can be reset', async ({ page, context }) => {
  const module = entry('modules', fixtures.modules.kasse);
  const other = entry('modules', fixtures.modules.presse);
  expect(module.data.steps.length).toBeGreaterThanOrEqual(3);
  await page.goto(module.url);
  const steps = page.getByRole('region', { name: 'Schritt für Schritt' });
  const status = steps.getByRole('status');
  await expect(status).toHaveText(`0 von ${module.data.steps.length} Schritten erledigt.`);
  await steps.getByRole('checkbox', { name: 'Schritt 1 erledigt' }).check();
  await steps.getByRole('checkbox', { name: 'Schritt 3 erledigt' }).check();
  await expect(status).toHaveText(`2 von ${module.data.steps.length} Schritten erledigt.`);

  await page.reload();
  await expect(steps.getByRole('checkbox', { name: 'Schritt 1 erledigt' })).toBeChecked();
  await expect(steps.getByRole('checkbox', { name: 'Schritt 2 erledigt' })).not.toBeChecked();
  await expect(status).toHaveText(/^2 von/);
  expect(await context.cookies()).toEqual([]);

  // Another module keeps its own progress.
  await page.goto(other.url);
  await expect(page.getByRole('region', { name: 'Schritt für Schritt' }).getByRole('status')).toHaveText(/^0 von/);

  await page.goto(module.url);
  await steps.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
  await expect(status).toHaveText(/^0 von/);
  await page.reload();
  await expect(steps.getByRole('checkbox', { name: 'Schritt 1 erledigt' })).not.toBeChecked();
});
