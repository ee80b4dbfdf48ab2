/**
 * npm run docs:screenshots — the pictures in CONTRIBUTING.md, taken from the
 * real site and the real messages, so the guide shows what contributors see:
 *
 * - docs/images/seite-bearbeiten.png: an entry page's header with "Seite bearbeiten"
 *   (from the built site in dist/; run `npm run build` first);
 * - docs/images/meldungen-vorschau.png: the page `npm run dev` shows while content has errors;
 * - docs/images/meldungen-pruefung.png: the same problems as `npm run check:content` prints them.
 *
 * The broken entry is made up for the picture (synthetic, in a temporary folder).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { checkContent } from '../../tooling/content-check/check.ts';
import { formatReport } from '../../tooling/content-check/problems.ts';
import { problemsPage } from '../../tooling/content-check/problems-page.ts';

const out = path.resolve('docs/images');
fs.mkdirSync(out, { recursive: true });

// A story with the two mistakes contributors make most: a misspelt city, a field left empty.
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-screenshots-'));
fs.cpSync('tests/fixtures/content-check/base', site, { recursive: true });
fs.writeFileSync(
  path.join(site, 'content/stories/neue-geschichte.md'),
  '---\ntitle: "Eine neue Geschichte (Beispiel)"\nsummary: "Ein erfundenes Beispiel für die Anleitung, kein echter Eintrag."\nscope: "lokal"\nstand: "2026-01-01"\npartner: "testpartner"\ncity: "teststat"\nsecured: [{"kind": "Stellen", "label": "Stellen"}]\nstatus: ""\n---\n\nText.\n',
);
const { problems } = await checkContent({ siteDir: site, production: true, displayRoot: site });
fs.rmSync(site, { recursive: true, force: true });

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 1 });

await page.setContent(problemsPage(problems.filter((problem) => problem.severity !== 'warning')).replace('<script type="module" src="/@vite/client"></script>', ''));
await page.screenshot({ path: path.join(out, 'meldungen-vorschau.png'), fullPage: true });

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
await page.setContent(`<!doctype html><html lang="de"><body style="margin:0;background:#1e1e1e"><pre style="margin:0;padding:16px;color:#e6e6e6;font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap">$ npm run check:content\n\n${escape(formatReport(problems))}</pre></body></html>`);
await page.screenshot({ path: path.join(out, 'meldungen-pruefung.png'), fullPage: true });

// Any story of the built site: the picture shows the page's frame, not a particular entry.
const stories = path.resolve('dist/erfolgsgeschichten');
const first = fs.readdirSync(stories, { withFileTypes: true }).find((dirent) => dirent.isDirectory());
if (first) {
  await page.setViewportSize({ width: 1000, height: 560 });
  await page.goto(`file://${path.join(stories, first.name, 'index.html')}`);
  const edit = page.getByRole('link', { name: 'Seite bearbeiten' });
  await edit.evaluate((link) => { link.style.outline = '3px solid #b3541e'; link.style.outlineOffset = '3px'; });
  await page.screenshot({ path: path.join(out, 'seite-bearbeiten.png') });
}
await browser.close();
console.log(`✓ Bilder in ${path.relative(process.cwd(), out)}/ geschrieben.`);
