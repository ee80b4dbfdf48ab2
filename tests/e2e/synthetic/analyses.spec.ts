/**
 * Potential analyses on the synthetic site (the real site has none yet):
 * the detail page renders every section from the structure, a partial one
 * says what is missing, and city pages show their analysis once; the
 * worksheet asks everything the schema defines and prints without the
 * site's navigation. (The real site's empty states, a listing without
 * analyses and city pages inviting to start one, are rules over all its
 * pages in tests/build/page-rules.test.ts. axe checks both analyses and a
 * city with one, light at desktop and dark at phone width: tests/e2e/synthetic/accessibility.spec.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { ANALYSIS_SECTIONS } from '../../../src/lib/analysis-sections.ts';

const folder = 'tests/.output/synthetic/content/analyses';
const analyses = fs.readdirSync(folder).map((file) => {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  return { id: file.replace(/\.md$/, ''), data: parse(text.split('---\n')[1]!) as Record<string, unknown> };
});
const WORKSHEET = '/potenzialanalysen/arbeitsblatt/';
const complete = analyses.find((analysis) => ANALYSIS_SECTIONS.every((section) => analysis.data[section.key]))!;
const partial = analyses.find((analysis) => analysis !== complete)!;

test('a complete analysis shows every section, with links to partners and its city', async ({ page }) => {
  expect(complete).toBeDefined();
  await page.goto(`/potenzialanalysen/${complete.id}/`);
  const main = page.getByRole('main');
  for (const section of ANALYSIS_SECTIONS) {
    const region = main.getByRole('region', { name: section.heading, exact: true });
    await expect(region).toBeVisible();
    const items = complete.data[section.key] as unknown[];
    if (section.columns) await expect(region.locator('tbody tr')).toHaveCount(items.length);
    else await expect(region.getByRole('listitem')).toHaveCount(items.length);
  }
  const actor = (complete.data['localActors'] as { partner?: string }[]).find((item) => item.partner)!;
  await expect(main.getByRole('region', { name: ANALYSIS_SECTIONS[0]!.heading }).locator(`a[href="/partner/${actor.partner}/"]`)).toBeVisible();
  await expect(page.locator('dl.facts').locator(`a[href="/staedte/${complete.data['city']}/"]`)).toBeVisible();
  await expect(page.locator('dl.facts')).toContainText(`${ANALYSIS_SECTIONS.length} von ${ANALYSIS_SECTIONS.length} Abschnitten`);
  await expect(main.getByRole('heading', { name: 'Wie die Analyse entstanden ist' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Noch nicht erhoben' })).toHaveCount(0);
});

test('a partial analysis lists the sections not assessed yet instead of leaving them out silently', async ({ page }) => {
  await page.goto(`/potenzialanalysen/${partial.id}/`);
  const missing = ANALYSIS_SECTIONS.filter((section) => !partial.data[section.key]);
  expect(missing.length).toBeGreaterThan(0);
  const box = page.getByRole('complementary', { name: 'Noch nicht erhoben' });
  await expect(box.getByRole('listitem')).toHaveText(missing.map((section) => section.heading));
  for (const section of missing) await expect(page.getByRole('region', { name: section.heading, exact: true })).toHaveCount(0);
});

test('a city with an analysis shows it once and links to it; a city without invites to start one', async ({ page }) => {
  await page.goto(`/staedte/${complete.data['city']}/`);
  const box = page.getByRole('region', { name: 'Potenzialanalyse', exact: true });
  await expect(box.getByRole('link', { name: /Zur Potenzialanalyse für/ })).toHaveAttribute('href', `/potenzialanalysen/${complete.id}/`);
  await expect(page.locator(`main a[href="/potenzialanalysen/${complete.id}/"]`)).toHaveCount(2);
  await expect(page.getByRole('region', { name: /^Potenzialanalysen/ })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: /Noch keine Potenzialanalyse/ })).toHaveCount(0);

  const cityIds = fs.readdirSync('tests/.output/synthetic/content/cities').map((file) => file.replace(/\.md$/, ''));
  const without = cityIds.find((id) => !analyses.some((analysis) => analysis.data['city'] === id))!;
  await page.goto(`/staedte/${without}/`);
  await expect(page.getByRole('complementary', { name: /^Noch keine Potenzialanalyse für / })).toBeVisible();
});

test('the listing links every analysis, the worksheet and the blank template; analyses are found by the search with their type', async ({ page }) => {
  await page.goto('/potenzialanalysen/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Potenzialanalysen');
  for (const analysis of analyses) await expect(page.locator(`main a[href="/potenzialanalysen/${analysis.id}/"]`)).toBeVisible();
  await expect(main).not.toContainText('Noch keine Potenzialanalyse veröffentlicht.');
  await expect(main.getByRole('link', { name: 'Arbeitsblatt zum Ausdrucken' })).toHaveAttribute('href', WORKSHEET);
  const template = main.getByRole('link', { name: /Leere Vorlage/ });
  const response = await page.request.get((await template.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^---\n[\s\S]*city: stadtname[\s\S]*# localActors:/);
  const html = await (await page.request.get(`/potenzialanalysen/${complete.id}/`)).text();
  expect(html).toContain('data-pagefind-body');
  // Content types travel by id; the interface shows their name.
  expect(html).toContain('data-pagefind-filter="type:analyses"');
  expect(html).toContain('data-pagefind-meta="type:analyses"');
});

test('the worksheet has every section of the schema, with its question and columns', async ({ page }) => {
  await page.goto(WORKSHEET);
  const main = page.getByRole('main');
  for (const section of ANALYSIS_SECTIONS) {
    const region = main.getByRole('region', { name: section.heading, exact: true });
    await expect(region).toBeVisible();
    await expect(region).toContainText(section.prompt);
    if (section.columns) {
      const headers = region.getByRole('columnheader');
      await expect(headers).toHaveCount(section.columns.length);
      for (const [position, column] of section.columns.entries()) {
        const header = headers.nth(position);
        await expect(header).toContainText(column.label);
        await expect(header).toContainText(column.hint);
        for (const choice of column.choices ?? []) await expect(header).toContainText(choice);
      }
      expect(await region.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    } else {
      expect(await region.locator('ol li').count()).toBeGreaterThanOrEqual(5);
    }
  }
});

test('the print button prints; in print the navigation, header and footer are hidden and sections start new pages', async ({ page }) => {
  await page.goto(WORKSHEET);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => { (window as unknown as { printed: number }).printed += 1; };
  });
  await page.getByRole('button', { name: 'Drucken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const breaks = await page.locator('.worksheet__section').evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
  expect(breaks[0]).not.toBe('page');
  expect(breaks.slice(1).every((value) => value === 'page')).toBe(true);
  expect(breaks.length).toBe(ANALYSIS_SECTIONS.length + 2);
  // A4 paper: the sheet declares it in an @page rule, which the browser's print dialog preselects.
  const pageSizes = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
      .map((rule) => rule.style.getPropertyValue('size').toLowerCase()),
  );
  expect(pageSizes).toContain('a4');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the worksheet tells readers to use the browser print function instead of showing a dead button', async ({ page }) => {
    await page.goto(WORKSHEET);
    await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
    await expect(page.getByText('Druckfunktion des Browsers')).toBeVisible();
  });
});
