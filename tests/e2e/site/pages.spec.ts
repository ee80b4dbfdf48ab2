/**
 * Every page type of the real site renders its key facts, taken from the
 * 2018 Berlin report in content/.
 */
import { expect, test } from '@playwright/test';

test('home page serves the three reader tasks and entry points', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Wissensnetz/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Treffen nachlesen' })).toHaveAttribute('href', '/treffen/');
  await expect(main.getByRole('link', { name: 'Gute Beispiele finden' })).toHaveAttribute('href', '/erfolgsgeschichten/');
  await expect(main.getByRole('link', { name: 'Lernen und weiterbilden' })).toHaveAttribute('href', '/lernmodule/');
  await expect(main.getByRole('heading', { name: 'Neu und aktualisiert' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Nach Stadt' }).getByRole('link', { name: 'Leipzig' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Nach Thema' }).getByRole('link', { name: 'Verstetigung' })).toBeVisible();
});

test('Berlin meeting record shows dates, assessment, working groups and announced documents', async ({ page }) => {
  await page.goto('/treffen/bundesnetzwerktreffen-2018-berlin/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bundesnetzwerktreffen 2018 in Berlin');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('28.–29. November 2018');
  await expect(facts.getByRole('link', { name: 'Berlin' })).toHaveAttribute('href', '/staedte/berlin/');
  await expect(facts).toContainText('Arbeitsgruppen3');

  await expect(page.getByText('Alle haben ihre Präsenz verbessert und vor Ort Wirkung erzielt.')).toBeVisible();
  await expect(page.getByText('Wir müssen gemeinsam besser werden', { exact: false })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Vernetzung mit Wohlfahrtsverbänden' })).toBeVisible();

  const outcomes = page.getByRole('region', { name: 'Ergebnisse und Ideen' });
  await expect(outcomes).toContainText('Aus 3 Arbeitsgruppen');
  for (const idea of [
    'Datenbank mit internen und externen Expert*innen für Fördermöglichkeiten',
    'Systematische Potenzialanalysen vor Ort',
    'Weiterbildung im Projektmanagement',
    'Überlokale Netzwerke nutzen und Stärke zeigen',
  ]) {
    await expect(outcomes.getByRole('heading', { name: idea })).toBeVisible();
  }

  const stories = page.getByRole('region', { name: 'Erfolgsgeschichten von diesem Treffen' });
  await expect(stories.getByRole('listitem')).toHaveCount(3);

  const documents = page.getByRole('region', { name: 'Unterlagen' });
  await expect(documents).toContainText('Unterlagen angekündigt, noch nicht verfügbar.');
  await expect(documents.getByRole('link')).toHaveCount(0);

  const toc = page.getByRole('navigation', { name: 'Auf dieser Seite' });
  await expect(toc.getByRole('link', { name: 'Ergebnisse und Ideen' })).toHaveAttribute('href', '#ergebnisse');
});

test('Leipzig story names Mepa, the café positions, and what is not documented yet', async ({ page }) => {
  await page.goto('/erfolgsgeschichten/mepa-leipzig-begegnungscafes/');
  const facts = page.locator('dl.facts');
  await expect(facts.getByRole('link', { name: 'Mepa' })).toHaveAttribute('href', '/partner/mepa-leipzig/');
  await expect(facts.getByRole('link', { name: 'Leipzig' })).toHaveAttribute('href', '/staedte/leipzig/');
  await expect(facts).toContainText('2 × Stellen für Begegnungscafés');
  await expect(facts).toContainText('in der Quelle nicht genannt');
  const gaps = page.getByRole('complementary', { name: 'Noch nicht dokumentiert' });
  await expect(gaps).toContainText('Ziele, Vorgehen, Übertragbarkeit');
  await expect(page.getByRole('region', { name: 'Quellen' })).toContainText('4. Dezember 2018');
});

test('funding browse page: the source states no funding facts, so no value is invented and every story is listed as missing them', async ({ page }) => {
  await page.goto('/erfolgsgeschichten/mepa-leipzig-begegnungscafes/');
  await expect(page.locator('dl.facts dt', { hasText: 'Förderangaben' }).locator('+ dd')).toHaveText('in der Quelle nicht genannt');

  await page.goto('/erfolgsgeschichten/');
  await page.getByRole('link', { name: /^Nach Förderung stöbern/ }).click();
  await expect(page).toHaveURL('/foerderung/');
  for (const dimension of ['Förderart', 'Förderbereich', 'Fördergebiet', 'Förderberechtigte']) {
    await expect(page.getByRole('heading', { level: 2, name: dimension, exact: true })).toBeVisible();
  }
  await expect(page.locator('[data-funding-values]')).toHaveCount(0);
  await expect(page.locator('[data-funding-unused]').first()).toContainText('Zuschuss');
  const missing = page.locator('section:has(#ohne-angaben) .card h3 a');
  await expect(missing).toHaveText([
    'BIM Reutlingen baut ein Haus der Kulturen auf',
    'Haus der Kulturen Lübeck sichert eine Koordinierungsstelle',
    'Mepa Leipzig sichert zwei Stellen für Begegnungscafés',
  ]);
});

test('Lübeck story shows the two-year coordination post', async ({ page }) => {
  await page.goto('/erfolgsgeschichten/haus-der-kulturen-luebeck-koordinierungsstelle/');
  await expect(page.locator('dl.facts')).toContainText('1 × Koordinierungsstelle, Laufzeit 24 Monate (2 Jahre)');
});

test('city pages list everything that references them', async ({ page }) => {
  await page.goto('/staedte/leipzig/');
  await expect(page.locator('dl.facts')).toContainText('Sachsen');
  await expect(page.getByRole('region', { name: /Erfolgsgeschichten/ }).getByRole('link')).toHaveText([
    'Mepa Leipzig sichert zwei Stellen für Begegnungscafés',
  ]);
  await expect(page.getByRole('region', { name: /Partnerorganisationen/ }).getByRole('link')).toHaveText(['Mepa']);

  await page.goto('/staedte/berlin/');
  await expect(page.getByRole('region', { name: /Treffen/ }).getByRole('link')).toHaveText([
    'Bundesnetzwerktreffen 2018 in Berlin',
  ]);

  await page.goto('/staedte/');
  await expect(page.getByRole('region', { name: 'Schleswig-Holstein' }).getByRole('link')).toHaveText(['Lübeck']);
});

test('partner, network and topic pages aggregate their references', async ({ page }) => {
  await page.goto('/partner/bim-reutlingen/');
  await expect(page.getByRole('region', { name: /Erfolgsgeschichten/ })).toContainText('BIM Reutlingen baut ein Haus der Kulturen auf');

  await page.goto('/netzwerke/landesverband-nrw/');
  await expect(page.locator('dl.facts')).toContainText('Nordrhein-Westfalen');
  await expect(page.locator('dl.facts')).toContainText('2018');

  await page.goto('/netzwerke/samo-fa/');
  await expect(page.getByRole('region', { name: /Partnerorganisationen/ }).getByRole('listitem')).toHaveCount(3);

  await page.goto('/themen/finanzierung/');
  await expect(page.getByRole('region', { name: /Erfolgsgeschichten \(3\)/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Lernmodule/ })).toContainText('Förderanträge');
});

test('training modules have goals, steps and previous/next navigation in order', async ({ page }) => {
  await page.goto('/lernmodule/');
  const titles = page.locator('main ol.steps h2');
  await expect(titles).toHaveCount(6);

  await page.goto('/lernmodule/01-projektidee-und-potenzialanalyse/');
  await expect(page.getByRole('region', { name: 'Lernziele' }).getByRole('listitem').first()).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Weitere Lernmodule' });
  await expect(pager.getByRole('link', { name: /Vorheriges Modul/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Nächstes Modul/ }).click();
  await expect(page).toHaveURL(/\/lernmodule\/02-planung-und-meilensteine\/$/);
  await expect(page.locator('dl.facts')).toContainText('2 von 6');
  await expect(page.getByRole('navigation', { name: 'Weitere Lernmodule' }).getByRole('link', { name: /Vorheriges Modul/ })).toHaveAttribute(
    'href',
    '/lernmodule/01-projektidee-und-potenzialanalyse/',
  );
});

test('experts directory explains that it is being built and links the meeting that proposed it', async ({ page }) => {
  await page.goto('/expertinnen/');
  await expect(page.getByText('Die Datenbank ist im Aufbau.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Bundesnetzwerktreffen 2018 in Berlin' })).toBeVisible();
});

test('legal pages show missing operator data as missing, never invented', async ({ page }) => {
  await page.goto('/impressum/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impressum');
  await expect(page.getByText('Noch nicht eingetragen (src/site.config.ts, legal.provider).')).toBeVisible();
  await page.goto('/barrierefreiheit/');
  await expect(page.getByRole('heading', { name: 'Schlichtungsverfahren' })).toBeVisible();
});

test('unknown addresses get the German 404 page with a 404 status', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});

test('a meeting can be put into the calendar', async ({ page }) => {
  await page.goto('/treffen/bundesnetzwerktreffen-2018-berlin/');
  const link = page.locator('dl.facts').getByRole('link', { name: 'In den Kalender eintragen (.ics)' });
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  expect(await response.text()).toContain('DTSTART;VALUE=DATE:20181128');
  await page.goto('/treffen/');
  await expect(page.getByRole('link', { name: 'Alle Treffen als Kalender (.ics)' })).toHaveAttribute('href', '/treffen/kalender.ics');
});

test('feeds of new and updated entries are valid RSS, discoverable in <head> and linked on the pages', async ({ page }) => {
  await page.goto('/lernmodule/02-planung-und-meilensteine/');
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feeds/alle.xml');

  const feeds = { '/feeds/alle.xml': 10, '/feeds/erfolgsgeschichten.xml': 3, '/feeds/treffen.xml': 1, '/feeds/lernmodule.xml': 6, '/feeds/expertinnen.xml': 0 };
  for (const [url, count] of Object.entries(feeds)) {
    const xml = await (await page.request.get(url)).text();
    const parsed = await page.evaluate((text) => {
      const documentXml = new DOMParser().parseFromString(text, 'application/xml');
      const items = [...documentXml.querySelectorAll('channel > item')];
      return {
        error: documentXml.querySelector('parsererror')?.textContent ?? null,
        language: documentXml.querySelector('channel > language')?.textContent,
        items: items.map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
          date: item.querySelector('pubDate')?.textContent,
        })),
      };
    }, xml);
    expect(parsed.error, url).toBeNull();
    expect(parsed.language).toBe('de-de');
    expect(parsed.items, url).toHaveLength(count);
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

test('partner map: a linked marker and a list entry for every city with content', async ({ page }) => {
  await page.goto('/karte/');
  const markers = page.locator('svg.map__svg a');
  await expect(markers).toHaveCount(4);
  const labels = await markers.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
  for (const label of labels) expect(label).toMatch(/^(Berlin|Leipzig|Lübeck|Reutlingen): \d+ (Eintrag|Einträge)$/);
  const list = page.getByRole('list', { name: 'Städte mit Inhalten' }).getByRole('link');
  await expect(list).toHaveText(['Berlin', 'Leipzig', 'Lübeck', 'Reutlingen']);
  await page.locator('svg.map__svg a[aria-label^="Leipzig"]').click();
  await expect(page).toHaveURL(/\/staedte\/leipzig\/$/);
});

test('learners tick off module steps; progress survives a reload, stays in the browser and can be reset', async ({ page, context }) => {
  await page.goto('/lernmodule/02-planung-und-meilensteine/');
  const steps = page.getByRole('region', { name: 'Schritt für Schritt' });
  const status = steps.getByRole('status');
  await expect(status).toHaveText(/^0 von \d+ Schritten erledigt\.$/);
  await steps.getByRole('checkbox', { name: 'Schritt 1 erledigt' }).check();
  await steps.getByRole('checkbox', { name: 'Schritt 3 erledigt' }).check();
  await expect(status).toHaveText(/^2 von \d+ Schritten erledigt\.$/);

  await page.reload();
  await expect(steps.getByRole('checkbox', { name: 'Schritt 1 erledigt' })).toBeChecked();
  await expect(steps.getByRole('checkbox', { name: 'Schritt 2 erledigt' })).not.toBeChecked();
  await expect(status).toHaveText(/^2 von/);
  expect(await context.cookies()).toEqual([]);

  // Another module keeps its own progress.
  await page.goto('/lernmodule/01-projektidee-und-potenzialanalyse/');
  await expect(page.getByRole('region', { name: 'Schritt für Schritt' }).getByRole('status')).toHaveText(/^0 von/);

  await page.goto('/lernmodule/02-planung-und-meilensteine/');
  await steps.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
  await expect(status).toHaveText(/^0 von/);
  await page.reload();
  await expect(steps.getByRole('checkbox', { name: 'Schritt 1 erledigt' })).not.toBeChecked();
});
