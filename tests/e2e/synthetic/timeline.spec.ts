/**
 * The meetings timeline on the synthetic site, built as if today were
 * 2019-01-01 (WISSENSNETZ_TODAY in `npm run build:synthetic`): meetings from
 * then on are announced, earlier ones are past. Expectations come from the
 * generated content files, not from a copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const TODAY = '2019-01-01';
const folder = 'tests/.output/synthetic/content/meetings';
const meetings = fs.readdirSync(folder).map((file) => {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; startDate: string; endDate?: string };
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  return { title: data.title, start: iso(data.startDate), end: iso(data.endDate ?? data.startDate) };
});
const upcoming = meetings.filter((meeting) => meeting.end >= TODAY).sort((a, b) => a.start.localeCompare(b.start));
const past = meetings.filter((meeting) => meeting.end < TODAY);

test('announced meetings come first, soonest first, each with its calendar file; past ones follow by year', async ({ page }) => {
  expect(upcoming.length).toBeGreaterThan(0);
  expect(past.length).toBeGreaterThan(0);
  await page.goto('/treffen/');
  const announced = page.locator('[data-timeline="upcoming"] > li');
  await expect(announced.locator('h3')).toHaveText(upcoming.map((meeting) => meeting.title));
  for (const item of await announced.all()) {
    await expect(item.getByText('Angekündigt')).toBeVisible();
    await expect(item.getByRole('link', { name: 'In den Kalender eintragen (.ics)' })).toHaveAttribute('href', /^\/treffen\/[^/]+\.ics$/);
  }
  const pastTitles = await page.locator('[data-timeline="past"] > li h4').allTextContents();
  expect([...pastTitles].sort()).toEqual(past.map((meeting) => meeting.title).sort());
  // Years run newest first, and each past meeting sits under its own year.
  const years = await page.getByRole('region', { name: 'Vergangene Treffen' }).locator('h3').allTextContents();
  expect(years).toEqual([...years].sort().reverse());
  for (const meeting of past) {
    const year = meeting.start.slice(0, 4);
    await expect(page.locator(`section:has(> h3#jahr-${year}) [data-timeline="past"]`)).toContainText(meeting.title);
  }
});

test('the timeline is a list a screen reader can walk, with dates as machine-readable times', async ({ page }) => {
  await page.goto('/en/treffen/');
  await expect(page.getByRole('heading', { name: 'Announced meetings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Past meetings' })).toBeVisible();
  const first = page.locator('[data-timeline="upcoming"] > li').first();
  await expect(first.locator('time')).toHaveAttribute('datetime', upcoming[0]!.start);
  await expect(first.getByText('Announced')).toBeVisible();
});
