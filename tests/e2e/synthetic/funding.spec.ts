/**
 * The funding vocabulary on the synthetic site, where stories and experts
 * state funding facts (the real site's source names none): the overview and
 * each value page list exactly the entries whose files state the value, the
 * search filters by the same values, and entry pages link to them. (axe
 * checks the overview and a value page in the covering variants (light desktop, dark phone):
 * tests/e2e/synthetic/accessibility.spec.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { FUNDING_DIMENSION_KEYS, FUNDING_DIMENSIONS, type FundingData } from '../../../src/schemas/funding.ts';
import { fundingValueUrl } from '../../../src/lib/funding-browse.ts';
import { de } from '../../../src/i18n/de.ts';

const content = 'tests/.output/synthetic/content';
interface FileEntry {
  url: string;
  funding: FundingData | undefined;
}
/** Published entries of a collection, read from the files a contributor would write. */
function entriesOf(folder: string, route: string): FileEntry[] {
  return fs
    .readdirSync(path.join(content, folder))
    .map((file) => ({ id: file.replace(/\.mdx?$/, ''), data: parse(fs.readFileSync(path.join(content, folder, file), 'utf8').split('---\n')[1]!) }))
    .filter(({ data }) => !data.draft)
    .map(({ id, data }) => ({ url: `/${route}/${id}/`, funding: data.funding as FundingData | undefined }));
}
const entries = [...entriesOf('stories', 'erfolgsgeschichten'), ...entriesOf('experts', 'expertinnen')];
const stating = (key: (typeof FUNDING_DIMENSION_KEYS)[number], value: string) =>
  entries.filter((entry) => (entry.funding?.[key] as string[] | undefined)?.includes(value)).map((entry) => entry.url).sort();

test('the overview counts every value as the files state it, names unused values and lists stories without funding facts', async ({ page }) => {
  await page.goto('/foerderung/');
  for (const key of FUNDING_DIMENSION_KEYS) {
    const { facet, values } = FUNDING_DIMENSIONS[key];
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: de.facets[facet], exact: true }) });
    for (const value of values) {
      const count = stating(key, value).length;
      const link = section.locator(`a[href="${fundingValueUrl(key, value)}"]`);
      if (count > 0) await expect(link).toHaveText(`${value} (${count})`);
      else {
        await expect(link).toHaveCount(0);
        await expect(section.locator('[data-funding-unused]')).toContainText(value);
      }
    }
  }
  const without = entries.filter((entry) => !entry.funding).map((entry) => entry.url).sort();
  expect(without.length).toBeGreaterThan(0);
  const listed = await page
    .locator('section:has(#ohne-angaben) .card h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!).sort());
  expect(listed).toEqual(without);

  // The full list has a page of its own (the overview shows the first few on large sites).
  await page.goto('/foerderung/ohne-angaben/');
  const all = await page.locator('main .card h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!).sort());
  expect(all).toEqual(without);
});

test('a value page lists exactly the stories and experts that state the value', async ({ page }) => {
  const expected = stating('areas', 'Integration & Teilhabe');
  expect(expected.length).toBeGreaterThan(1);
  await page.goto(fundingValueUrl('areas', 'Integration & Teilhabe'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förderbereich: Integration & Teilhabe');
  const listed = await page.locator('main .card h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!).sort());
  expect(listed).toEqual(expected);

  // "Open in the search" carries the same value as a facet filter and finds the same entries.
  await page.getByRole('link', { name: 'In der Suche öffnen und weiter filtern' }).click();
  // The filter travels in the address (its format is tested once, in search.spec.ts); here: the control shows it.
  await expect(page).toHaveURL(/\/suche\/\?./);
  await expect(page.getByRole('group', { name: 'Förderbereich' }).getByRole('checkbox', { name: /Integration & Teilhabe/ })).toBeChecked();
  await expect(page.locator('[data-status]')).toContainText(`${expected.length} Ergebnisse`);
});

test('search offers all four funding facets, and a facet narrows to the entries stating the value', async ({ page }) => {
  await page.goto('/suche/');
  await page.getByRole('group', { name: 'Inhaltstyp' }).getByRole('checkbox', { name: /^Erfolgsgeschichte \(\d+\)$/ }).check();
  await expect(page.locator('[data-status]')).toContainText(' mit 1 Filter.');
  for (const name of ['Förderart', 'Förderbereich', 'Fördergebiet', 'Förderberechtigte']) {
    await expect(page.getByRole('group', { name })).toBeVisible();
  }
  const expected = stating('kinds', 'Zuschuss').filter((url) => url.startsWith('/erfolgsgeschichten/'));
  await page.getByRole('group', { name: 'Förderart' }).getByRole('checkbox', { name: /^Zuschuss/ }).check();
  await expect(page.locator('[data-results] > li')).toHaveCount(expected.length);
});

test('an entry page links its stated values and names the dimensions it does not state', async ({ page }) => {
  const partial = entries.find((entry) => entry.url.startsWith('/erfolgsgeschichten/') && entry.funding && !entry.funding.areas)!;
  await page.goto(partial.url);
  const facts = page.locator('dl.facts');
  for (const value of partial.funding!.kinds ?? []) {
    await expect(facts.getByRole('link', { name: value, exact: true })).toHaveAttribute('href', fundingValueUrl('kinds', value));
  }
  await expect(facts.locator('dt', { hasText: 'Nicht genannt' }).locator('+ dd')).toContainText('Förderbereich');

  const none = entries.find((entry) => entry.url.startsWith('/erfolgsgeschichten/') && !entry.funding)!;
  await page.goto(none.url);
  await expect(page.locator('dl.facts dt', { hasText: 'Förderangaben' }).locator('+ dd')).toHaveText('in der Quelle nicht genannt');
});

test('the story listing leads to the funding overview, which has a section for each dimension', async ({ page }) => {
  await page.goto('/erfolgsgeschichten/');
  await page.getByRole('link', { name: /^Nach Förderung stöbern/ }).click();
  await expect(page).toHaveURL('/foerderung/');
  for (const key of FUNDING_DIMENSION_KEYS) {
    await expect(page.getByRole('heading', { level: 2, name: de.facets[FUNDING_DIMENSIONS[key].facet], exact: true })).toBeVisible();
  }
});
