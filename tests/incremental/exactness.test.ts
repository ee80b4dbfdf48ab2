/**
 * Incremental builds are exact: after each kind of change, a warm build
 * (reusing the pages whose key did not change, src/lib/page-keys.ts) writes
 * the same files, byte for byte, as a cold build of the same content: HTML
 * in both languages, sitemap, feeds, calendars, share cards, the facet list.
 *
 * The changes run one after another on one synthetic site, so each warm
 * build starts from the cache and the output folder the previous warm build
 * left, as a contributor's builds do: unchanged pages stay in the output
 * folder, and what the build no longer produces must be swept from it
 * (src/integrations/reuse-output.ts). Each cold build starts from an empty
 * cache and an empty output folder. Each step also states how much the warm
 * build reused, so a key that stopped working (everything rendered) fails too.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build, createWorkspace, differences, removeWorkspace, replaceIn, type Workspace } from './support.ts';

let workspace: Workspace;
let today = '2019-01-01';
let step = 0;
const warmCache = () => path.join(workspace.root, 'cache-warm');
const warmOutput = () => path.join(workspace.root, 'out-warm');

before(async () => {
  workspace = await createWorkspace(10);
  await build(workspace, { project: 'warm', outDir: warmOutput(), cacheDir: warmCache(), today });
});

after(() => removeWorkspace(workspace));

const content = (...parts: string[]) => path.join(workspace.site, 'content', ...parts);

/** Builds the changed site warm and cold side by side (two cores) and compares them file by file. */
async function expectWarmEqualsCold() {
  step += 1;
  const [warm, cold] = await Promise.all([
    build(workspace, { project: 'warm', outDir: warmOutput(), cacheDir: warmCache(), today }),
    build(workspace, {
      project: 'cold',
      outDir: path.join(workspace.root, `out-cold-${step}`),
      cacheDir: path.join(workspace.root, `cache-cold-${step}`),
      today,
    }),
  ]);
  const found = differences(warm.outDir, cold.outDir);
  assert.deepEqual(found, [], `The warm build differs from a cold build of the same content:\n${found.slice(0, 8).join('\n')}`);
  return { warm, cold };
}

test("an entry's body: only its own pages are rendered again", async () => {
  replaceIn(content('stories', 'geschichte-1.md'), /\n## Ziele\n/, '\nEin neuer Satz im Text (synthetisch).\n\n## Ziele\n');
  const { warm } = await expectWarmEqualsCold();
  // Its page in two languages; pages that list the story show its front matter, not its body.
  assert.ok(warm.reused > 0, 'nothing was reused');
  assert.ok(warm.rendered < warm.reused / 4, `rendered ${warm.rendered} files, reused ${warm.reused}`);
});

test('the title of a city that several pages show', async () => {
  replaceIn(content('cities', 'stadt-2.md'), /^title: ".*"$/m, 'title: "Umbenannte Stadt (synthetisch)"');
  await expectWarmEqualsCold();
});

test('a new entry', async () => {
  const original = fs.readFileSync(content('stories', 'geschichte-1.md'), 'utf8');
  fs.writeFileSync(content('stories', 'neue-geschichte.md'), original.replace(/^title: ".*"$/m, 'title: "Neue Geschichte (synthetisch)"'));
  await expectWarmEqualsCold();
});

test('a new topic, used by an entry', async () => {
  const topic = fs.readFileSync(content('topics', 'bildung.md'), 'utf8');
  fs.writeFileSync(content('topics', 'neues-thema.md'), topic.replace(/^title: ".*"$/m, 'title: "Neues Thema (synthetisch)"'));
  replaceIn(content('stories', 'neue-geschichte.md'), /^topics: \[/m, 'topics: ["neues-thema",');
  await expectWarmEqualsCold();
});

test('downloads replaced by other files', async () => {
  const downloads = path.join(workspace.site, 'public/downloads/synthetisch');
  fs.appendFileSync(path.join(downloads, 'protokoll-treffen-1.txt'), '\nNachtrag zum Protokoll (synthetisch).\n');
  // Another page count, text and preview under the same name.
  fs.copyFileSync(path.join(downloads, 'teilnahmeliste-gescannt.pdf'), path.join(downloads, 'ergebnisprotokoll-treffen-1.pdf'));
  await expectWarmEqualsCold();
});

test('a document withdrawn: its file and its mention removed', async () => {
  // Its download, its document page and the page's preview must leave the output folder too.
  fs.rmSync(path.join(workspace.site, 'public/downloads/synthetisch/arbeitsgruppen-treffen-1.odt'));
  replaceIn(content('meetings', 'treffen-1.md'), /,\{"title":"[^"]*","file":"\/downloads\/synthetisch\/arbeitsgruppen-treffen-1\.odt"[^}]*\}/, '');
  const { warm } = await expectWarmEqualsCold();
  assert.ok(!fs.existsSync(path.join(warm.outDir, 'treffen/treffen-1/unterlagen/arbeitsgruppen-treffen-1')), 'the document page is still published');
});

test('a deleted entry with its archive notice', async () => {
  fs.rmSync(content('stories', 'neue-geschichte.md'));
  replaceIn(
    content('redirects.yaml'),
    /^removed:\n/m,
    'removed:\n  - path: /erfolgsgeschichten/neue-geschichte/\n    title: "Neue Geschichte (synthetisch)"\n    date: 2026-03-01\n    reason: "Doppelt eingetragen (synthetisch)."\n',
  );
  await expectWarmEqualsCold();
});

test('a new day for the meeting timeline', async () => {
  today = '2030-06-01';
  await expectWarmEqualsCold();
});

test('a changed dictionary string', async () => {
  for (const project of Object.values(workspace.projects)) {
    replaceIn(path.join(project, 'src/i18n/de.ts'), "edit: 'Seite bearbeiten'", "edit: 'Diese Seite bearbeiten'");
  }
  const { warm } = await expectWarmEqualsCold();
  // Every page's code changed with it: nothing may be copied from the last build.
  assert.match(fs.readFileSync(path.join(warm.outDir, 'erfolgsgeschichten/geschichte-1/index.html'), 'utf8'), /Diese Seite bearbeiten/);
});
