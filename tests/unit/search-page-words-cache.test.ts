/**
 * The index step keeps what it learned from each built page in the cache
 * folder (tooling/search-index/page-words-cache.ts). Whatever the cache
 * holds, the index must be the one a step without a cache writes: here on a
 * tiny built site, file by file, after an unchanged page, a changed page, a
 * deleted page and a cache written by other code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { buildSearchIndex } from '../../tooling/search-index/build-index.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-page-words-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

const page = (title: string, body: string, date?: string) =>
  `<!doctype html><html lang="de"><head><title>${title}</title><style>p{color:red}</style></head><body><nav>Menü</nav>` +
  `<main data-pagefind-body${date ? ` data-search-date="${date}"` : ''}><h1>${title}</h1><p>${body}</p><span hidden data-site-terms></span></main></body></html>`;

const PAGES: Record<string, string> = {
  'index.html': '<!doctype html><html lang="de"><body><h1>Start</h1></body></html>',
  'treffen/bundesnetzwerktreffen/index.html': page('Bundesnetzwerktreffen in Berlin', 'Das Netzwerk traf sich. Netzwerk und Treffen, Treffen und Austausch.', '2018-06-01'),
  'geschichten/raeume/index.html': page('Räume für das Begegnungscafé', 'Die Förderung für Räume wurde gesichert. Förderung!', '2019-02-03'),
  'themen/foerderung/index.html': page('Förderung', 'Anträge, Förderanträge und Beratung zur Förderung.'),
};

function writeSite(folder: string, pages: Record<string, string>) {
  fs.rmSync(folder, { recursive: true, force: true });
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), html);
  }
}

/** Every file of the written index, by its path in the index folder. */
function indexFiles(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(outDir, 'pagefind'), { recursive: true, encoding: 'utf8' })) {
    const absolute = path.join(outDir, 'pagefind', file);
    if (fs.statSync(absolute).isFile()) files.set(file, fs.readFileSync(absolute).toString('base64'));
  }
  return files;
}

/** The index written with the cache, and the one written without it, for the same pages. */
async function withAndWithoutCache(pages: Record<string, string>, cacheDir: string) {
  const cachedOut = path.join(root, 'cached');
  const freshOut = path.join(root, 'fresh');
  writeSite(cachedOut, pages);
  writeSite(freshOut, pages);
  const cached = await buildSearchIndex({ outDir: cachedOut, siteDir: root, indexFolder: 'pagefind', cacheDir });
  const fresh = await buildSearchIndex({ outDir: freshOut, siteDir: root, indexFolder: 'pagefind' });
  return { cached, fresh, cachedFiles: indexFiles(cachedOut), freshFiles: indexFiles(freshOut) };
}

describe('the page-words cache of the index step', () => {
  const cacheDir = path.join(root, 'cache');

  it('an empty cache reads every page, and the index is the one written without a cache', async () => {
    const run = await withAndWithoutCache(PAGES, cacheDir);
    assert.equal(run.cached.pagesRead, 4);
    assert.equal(run.cached.pagesReused, 0);
    assert.equal(run.cached.pages, 3);
    assert.deepEqual(run.cachedFiles, run.freshFiles);
  });

  it('unchanged pages are not read again, and the index stays the same', async () => {
    const run = await withAndWithoutCache(PAGES, cacheDir);
    assert.deepEqual([run.cached.pagesRead, run.cached.pagesReused], [0, 4]);
    assert.deepEqual(run.cachedFiles, run.freshFiles);
  });

  it('a page changed without changing its size is read again', async () => {
    const file = 'geschichten/raeume/index.html';
    const changed = { ...PAGES, [file]: PAGES[file]!.replace('gesichert', 'erweitert') };
    assert.equal(Buffer.byteLength(changed[file]!), Buffer.byteLength(PAGES[file]!));
    const run = await withAndWithoutCache(changed, cacheDir);
    assert.deepEqual([run.cached.pagesRead, run.cached.pagesReused], [1, 3]);
    assert.deepEqual(run.cachedFiles, run.freshFiles);
  });

  it('a changed page is read again: its new words, title and date reach the index and the vocabulary', async () => {
    const changed = { ...PAGES, 'geschichten/raeume/index.html': page('Räume für die Beratungsstelle', 'Die Beratungsstelle zog um.', '2020-05-06') };
    const run = await withAndWithoutCache(changed, cacheDir);
    assert.deepEqual([run.cached.pagesRead, run.cached.pagesReused], [1, 3]);
    assert.deepEqual(run.cachedFiles, run.freshFiles);
    const words = JSON.parse(Buffer.from(run.cachedFiles.get('woerter.json')!, 'base64').toString('utf8')) as { words: string[] };
    assert.ok(words.words.includes('Beratungsstelle'), 'the new word is in the vocabulary');
    assert.ok(!words.words.includes('Begegnungscafé'), 'the old word has left the vocabulary');
  });

  it('a deleted page leaves the index, and the cache keeps only the pages of the last step', async () => {
    const { ['themen/foerderung/index.html']: _deleted, ...rest } = PAGES;
    const run = await withAndWithoutCache(rest, cacheDir);
    assert.equal(run.cached.pages, 2);
    assert.deepEqual(run.cachedFiles, run.freshFiles);
    const stored = JSON.parse(fs.readFileSync(path.join(cacheDir, 'search-page-words.json'), 'utf8')) as { entries: object };
    assert.equal(Object.keys(stored.entries).length, 3);
  });

  it('a cache written by other code is not trusted', async () => {
    const file = path.join(cacheDir, 'search-page-words.json');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; entries: Record<string, { forms?: string }> };
    // Same pages, but words the reader would never have found in them, under another code version.
    for (const words of Object.values(stored.entries)) if (words.forms !== undefined) words.forms = 'Falschwort';
    fs.writeFileSync(file, JSON.stringify({ ...stored, version: 'other-code' }));
    const run = await withAndWithoutCache(PAGES, cacheDir);
    assert.equal(run.cached.pagesReused, 0);
    assert.deepEqual(run.cachedFiles, run.freshFiles);
  });
});
