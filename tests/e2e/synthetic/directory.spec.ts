/**
 * Page types the real content does not exercise yet, on the synthetic site:
 * an experts directory with many entries, downloads with sizes, cities
 * without coordinates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const syntheticContent = 'tests/.output/synthetic/content';
const expertFiles = fs.readdirSync(path.join(syntheticContent, 'experts'));

test('experts directory lists every expert under each of their funding areas', async ({ page }) => {
  expect(expertFiles.length).toBeGreaterThan(10);
  await page.goto('/expertinnen/');
  await expect(page.getByRole('main')).toContainText(`${expertFiles.length} Einträge`);
  const areaLinks = page.getByRole('navigation', { name: 'Förderbereiche' }).getByRole('link');
  const areaCount = await areaLinks.count();
  expect(areaCount).toBeGreaterThan(2);

  // Every expert file appears at least once, and each area's table row count matches its link label.
  const listed = new Set(await page.locator('main table tbody tr td:first-child a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
  expect(listed.size).toBe(expertFiles.length);
  for (let index = 0; index < areaCount; index += 1) {
    const link = areaLinks.nth(index);
    const [, count] = /\((\d+)\)$/.exec((await link.textContent()) ?? '') ?? [];
    const target = (await link.getAttribute('href'))!;
    await expect(page.locator(`section:has(${target}) tbody tr`)).toHaveCount(Number(count));
  }
});

test('an expert page shows regions and languages in German', async ({ page }) => {
  await page.goto('/expertinnen/expertin-1/');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Deutsch');
  await expect(facts).toContainText('Förderbereich');
});

test('a meeting with documents offers them for download with their size', async ({ page }) => {
  await page.goto('/treffen/treffen-1/');
  const documents = page.getByRole('region', { name: 'Unterlagen' });
  const item = documents.locator('li', { has: page.getByRole('link', { name: 'Protokoll des Treffens (synthetisch)' }) });
  await expect(item.getByRole('link', { name: 'Datei herunterladen' })).toHaveAttribute('href', '/downloads/synthetisch/protokoll-treffen-1.txt');
  const bytes = fs.statSync('tests/.output/synthetic/public/downloads/synthetisch/protokoll-treffen-1.txt').size;
  await expect(documents).toContainText(`(Sonstiges, ${(bytes / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} KB)`);
  const response = await page.request.get('/downloads/synthetisch/protokoll-treffen-1.txt');
  expect(response.status()).toBe(200);
});

test('cities without coordinates are still listed', async ({ page }) => {
  const withoutCoordinates = fs
    .readdirSync(path.join(syntheticContent, 'cities'))
    .filter((file) => !fs.readFileSync(path.join(syntheticContent, 'cities', file), 'utf8').includes('coordinates'));
  expect(withoutCoordinates.length).toBeGreaterThan(0);
  await page.goto('/staedte/');
  for (const file of withoutCoordinates) {
    await expect(page.locator(`main a[href="/staedte/${file.replace(/\.md$/, '')}/"]`)).toBeVisible();
  }
});

test('meeting documents are found by their title, as a document of their meeting', async ({ page }) => {
  await page.goto('/suche/?q=Protokoll%20des%20Treffens');
  const first = page.locator('[data-results] > li').first();
  await expect(first.locator('h2 a')).toHaveText('Protokoll des Treffens (synthetisch)');
  await expect(first.locator('.card__type')).toHaveText('Unterlage');
  await expect(first.locator('.card__meta').first()).toContainText('Netzwerktreffen 1 (synthetisch)');
  await first.locator('h2 a').click();
  await expect(page.getByRole('navigation', { name: 'Brotkrümelnavigation' }).getByRole('link', { name: 'Netzwerktreffen 1 (synthetisch)' })).toHaveAttribute('href', '/treffen/treffen-1/');
});

test('a renamed entry redirects from its old address', async ({ page }) => {
  await page.goto('/erfolgsgeschichten/alter-name/');
  await expect(page).toHaveURL(/\/erfolgsgeschichten\/geschichte-1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erfolgsgeschichte 1 (synthetisch)');
  // The English interface's old address moves along.
  await page.goto('/en/erfolgsgeschichten/alter-name/');
  await expect(page).toHaveURL(/\/en\/erfolgsgeschichten\/geschichte-1\/$/);
});

test('a removed entry leaves an archive notice, not a 404', async ({ page }) => {
  const response = await page.goto('/erfolgsgeschichten/entfernte-geschichte/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entfernte Geschichte (synthetisch)');
  await expect(page.getByText('Die Angaben ließen sich nicht belegen.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zum Ersatz für diesen Eintrag' })).toHaveAttribute('href', '/erfolgsgeschichten/');
  await page.goto('/en/erfolgsgeschichten/entfernte-geschichte/');
  await expect(page.getByRole('link', { name: 'To the replacement for this entry' })).toHaveAttribute('href', '/en/erfolgsgeschichten/');
});

test('drafts are left out of the production build', async ({ page }) => {
  const response = await page.goto('/erfolgsgeschichten/entwurf/');
  expect(response?.status()).toBe(404);
  await page.goto('/erfolgsgeschichten/');
  await expect(page.getByRole('main')).not.toContainText('Unveröffentlichter Entwurf');
});

test('partner map lists cities without coordinates instead of dropping them', async ({ page }) => {
  await page.goto('/karte/');
  const listed = page.locator('[data-map-city]');
  const markers = page.locator('svg.map__svg a');
  const unmapped = page.locator('[data-map-city]', { hasText: 'nicht auf der Karte (keine Koordinaten)' });
  expect(await unmapped.count()).toBeGreaterThan(0);
  expect(await markers.count()).toBe((await listed.count()) - (await unmapped.count()));
});
