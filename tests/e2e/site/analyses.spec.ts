/**
 * Potential analyses on the real site: none is published yet, so the listing
 * and every city page invite coordinators to start one; the worksheet asks
 * everything the schema defines and prints without the site's navigation.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { ANALYSIS_SECTIONS } from '../../../src/lib/analysis-sections.ts';

const WORKSHEET = '/potenzialanalysen/arbeitsblatt/';

test('the listing explains analyses with the 2018 source, says there are none yet and links the worksheet', async ({ page }) => {
  await page.goto('/potenzialanalysen/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Potenzialanalysen');
  await expect(main.locator('blockquote')).toContainText('systematische Potenzialanalysen vor Ort');
  await expect(main.getByRole('link', { name: 'Bundesnetzwerktreffen 2018 in Berlin' }).first()).toHaveAttribute('href', '/treffen/bundesnetzwerktreffen-2018-berlin/');
  await expect(main).toContainText('Noch keine Potenzialanalyse veröffentlicht.');
  await expect(main.locator('.card-list')).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'Arbeitsblatt zum Ausdrucken' })).toHaveAttribute('href', WORKSHEET);
  const template = main.getByRole('link', { name: /Leere Vorlage/ });
  const response = await page.request.get((await template.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^---\n[\s\S]*city: stadtname[\s\S]*# localActors:/);
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

test('every city page invites to start an analysis, and none lists one', async ({ page }) => {
  const cities = fs.readdirSync('content/cities').map((file) => file.replace(/\.md$/, ''));
  for (const city of cities) {
    await page.goto(`/staedte/${city}/`);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const box = page.getByRole('complementary', { name: `Noch keine Potenzialanalyse für ${title}` });
    await expect(box).toBeVisible();
    await expect(box.getByRole('link', { name: 'Arbeitsblatt zum Ausdrucken' })).toHaveAttribute('href', WORKSHEET);
    await expect(box.getByRole('link', { name: 'So tragen Sie eine Analyse bei' })).toHaveAttribute('href', '/potenzialanalysen/#mitmachen');
  }
});
