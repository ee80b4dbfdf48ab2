/**
 * Meeting documents as readers use them, on the synthetic site's generated
 * PDFs and Word file (scripts/synthetic/documents.ts): a phrase from one
 * page of a PDF is found by the site's search and leads to that page's
 * section; the document page shows page count, preview and text; a scan
 * says it has no searchable text. Axe runs on the document page type in
 * accessibility.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { fixtures } from '../support/synthetic.ts';
import { entryUrl } from '../../../src/lib/urls.ts';

const { documents } = fixtures;
const meetingUrl = entryUrl('meetings', documents.meeting);
const documentUrl = (slug: string) => `${meetingUrl}unterlagen/${slug}/`;
const { protocol, scan, word, openDocument } = documents;

test('a phrase from page 2 of a PDF is found by the search and opens that page of the document page', async ({ page }) => {
  await page.goto('/suche/');
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(protocol.phrase);
  const result = page.locator('[data-results] > li').first();
  await expect(result.locator('.card__type')).toHaveText('Unterlage');
  const link = result.getByRole('link', { name: protocol.title });
  await expect(link).toHaveAttribute('href', `${documentUrl(protocol.slug)}#seite-${protocol.phrasePage}`);
  await link.click();
  const section = page.locator(`section:has(> h3#seite-${protocol.phrasePage})`);
  await expect(section).toContainText(protocol.phrase);
  await expect(page.locator('h3:target')).toHaveText(`Seite ${protocol.phrasePage}`);
  await expect(section.getByRole('link', { name: `Seite ${protocol.phrasePage} in der Datei öffnen` }))
    .toHaveAttribute('href', `${protocol.file}#page=${protocol.phrasePage}`);
});

test('a document page shows page count, preview, download and the text of every page', async ({ page }) => {
  await page.goto(documentUrl(protocol.slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(protocol.title);
  await expect(page.locator('[data-document-pages]')).toHaveText(String(protocol.pages));
  const preview = page.getByRole('img', { name: `Vorschau der ersten Seite von „${protocol.title}“` });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: 'Datei herunterladen' })).toHaveAttribute('href', protocol.file);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(Array.from({ length: protocol.pages }, (_, index) => `Seite ${index + 1}`));
  await expect(page.locator('[data-document-no-text]')).toHaveCount(0);
});

test('a scan shows its recognised text and says so; Word and OpenDocument files show their text', async ({ page }) => {
  await page.goto(documentUrl(scan.slug));
  await expect(page.locator('[data-document-recognised]')).toContainText('automatisch erkannt');
  await expect(page.locator('[data-document-no-text]')).toHaveCount(0);
  // The scan is a picture of text; only recognition (tesseract.js, German data) puts these words on the page.
  await expect(page.locator('.document__page').first()).toContainText('erfundene Zeilen');
  await page.goto(documentUrl(word.slug));
  await expect(page.getByRole('region', { name: 'Text des Dokuments' })).toContainText(word.phrase);
  await page.goto(documentUrl(openDocument.slug));
  await expect(page.getByRole('region', { name: 'Text des Dokuments' })).toContainText(openDocument.phrase);
});

test('the meeting page lists its documents with page count, preview and a link to read them', async ({ page }) => {
  await page.goto(meetingUrl);
  const list = page.getByRole('region', { name: 'Unterlagen' });
  const item = list.locator('li', { has: page.getByRole('link', { name: protocol.title }) });
  await expect(item).toContainText(`${protocol.pages} Seiten`);
  await expect(item.locator('img')).toHaveAttribute('src', `${documentUrl(protocol.slug)}vorschau.jpg`);
  await expect(item.getByRole('link', { name: protocol.title })).toHaveAttribute('href', documentUrl(protocol.slug));
  await expect(item.getByRole('link', { name: 'Datei herunterladen' })).toHaveAttribute('href', protocol.file);
  await expect(list.locator('li', { has: page.getByRole('link', { name: scan.title }) })).toContainText('Text automatisch erkannt');
});
