/**
 * Incremental-build keys (src/lib/page-keys.ts) change exactly for the
 * pages whose output a change reaches: too few, and a stale page is
 * published; too many, and a one-word fix rebuilds the site. Each scenario
 * changes one thing on a tiny hand-made site and names the pages whose key
 * must change; every other key must stay. (tests/incremental proves the
 * same on real builds; this says why, page by page, in milliseconds.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import { createSiteIndex, type AnyEntry } from '../../src/lib/site-index.ts';
import { buildPageModel } from '../../src/lib/page-model.ts';
import { pageCacheKeys } from '../../src/lib/page-keys.ts';
import { minimalEntry } from './support/minimal-entries.ts';

interface Draft {
  collection: CollectionName;
  id: string;
  data?: Record<string, unknown>;
  body?: string;
  gitDate?: string;
}

const SITE: Draft[] = [
  { collection: 'cities', id: 'teststadt', data: { title: 'Teststadt' } },
  { collection: 'cities', id: 'anderstadt', data: { title: 'Anderstadt' } },
  { collection: 'partners', id: 'testpartner', data: { title: 'Testverein', city: 'teststadt' } },
  { collection: 'partners', id: 'anderverein', data: { title: 'Anderverein', city: 'anderstadt' } },
  { collection: 'stories', id: 'erste', data: { title: 'Erste Geschichte' }, body: 'Text.' },
  { collection: 'stories', id: 'zweite', data: { title: 'Zweite Geschichte' }, body: 'Text.' },
  { collection: 'stories', id: 'fern', data: { title: 'Ferne Geschichte', partner: 'anderverein', city: 'anderstadt' }, body: 'Text.' },
  {
    collection: 'meetings',
    id: 'treffen',
    data: {
      title: 'Ein Treffen',
      city: 'anderstadt',
      documents: { status: 'verfügbar', files: [{ title: 'Protokoll', file: '/downloads/treffen/protokoll.pdf', type: 'PDF' }] },
    },
  },
];

function keysOf(site: Draft[], files: Record<string, string> = {}) {
  const entries = site.map(
    (draft) =>
      ({
        id: draft.id,
        collection: draft.collection,
        data: collections[draft.collection].schema.parse({ ...minimalEntry(draft.collection), ...draft.data }),
        // Astro's digest hashes the whole file; the store keeps no body (src/content.config.ts).
        digest: JSON.stringify([draft.data ?? {}, draft.body ?? '']),
        filePath: `content/${draft.collection}/${draft.id}.md`,
      }) as unknown as AnyEntry,
  );
  const index = createSiteIndex(entries);
  const pages = buildPageModel({ index, removed: [], changedAt: (entry) => entry.data.stand });
  const gitDates = new Map(site.filter((draft) => draft.gitDate).map((draft) => [`content/${draft.collection}/${draft.id}.md`, new Date(draft.gitDate!)]));
  return pageCacheKeys({
    index,
    pages,
    changedInGit: (entry) => gitDates.get(entry.filePath!),
    fileFingerprint: (href) => files[href] ?? 'original',
  });
}

function changedPages(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

const edit = (id: string, change: (draft: Draft) => Draft) => SITE.map((draft) => (draft.id === id ? change(draft) : draft));
const base = keysOf(SITE);

test('every entry page gets a key; pages without getStaticPaths() get none', () => {
  assert.ok(base.has('/erfolgsgeschichten/erste/'));
  assert.ok(base.has('/staedte/teststadt/'));
  assert.ok(!base.has('/erfolgsgeschichten/'), 'listing pages are always rendered');
  assert.ok(!base.has('/'));
});

test("an entry's body changes its own page only", () => {
  const after = keysOf(edit('erste', (draft) => ({ ...draft, body: 'Ein anderer Text.' })));
  assert.deepEqual(changedPages(base, after), ['/erfolgsgeschichten/erste/']);
});

test("an entry's git date changes its own page only", () => {
  const after = keysOf(edit('erste', (draft) => ({ ...draft, gitDate: '2026-11-30T10:00:00Z' })));
  assert.deepEqual(changedPages(base, after), ['/erfolgsgeschichten/erste/']);
});

test("an entry's title changes every page that shows or weighs it, and nothing else", () => {
  const after = keysOf(edit('erste', (draft) => ({ ...draft, data: { ...draft.data, title: 'Neuer Titel' } })));
  assert.deepEqual(changedPages(base, after), [
    '/erfolgsgeschichten/erste/',
    // Its sibling lists it as related (same city and partner).
    '/erfolgsgeschichten/zweite/',
    '/partner/testpartner/',
    '/staedte/teststadt/',
  ]);
});

test("a city's new title reaches the pages of what lies in it, through their cards", () => {
  const after = keysOf(edit('teststadt', (draft) => ({ ...draft, data: { ...draft.data, title: 'Umbenannt' } })));
  assert.deepEqual(changedPages(base, after), [
    '/erfolgsgeschichten/erste/',
    '/erfolgsgeschichten/zweite/',
    '/partner/testpartner/',
    '/staedte/teststadt/',
  ]);
});

test('a new entry changes the pages it appears on, and its own page appears', () => {
  const after = keysOf([...SITE, { collection: 'stories', id: 'dritte', data: { title: 'Dritte Geschichte' }, body: 'Text.' }]);
  assert.deepEqual(changedPages(base, after), [
    '/erfolgsgeschichten/dritte/',
    '/erfolgsgeschichten/erste/',
    '/erfolgsgeschichten/zweite/',
    '/partner/testpartner/',
    '/staedte/teststadt/',
  ]);
});

test("a download's new contents change the page that lists it and its own page only", () => {
  const after = keysOf(SITE, { '/downloads/treffen/protokoll.pdf': 'replaced' });
  assert.deepEqual(changedPages(base, after), ['/treffen/treffen/', '/treffen/treffen/unterlagen/protokoll/']);
});

test('a collection getting its first entry changes every page: the navigation shows it', () => {
  const after = keysOf([...SITE, { collection: 'modules', id: 'modul', data: { title: 'Ein Modul' } }]);
  const unchanged = [...base.keys()].filter((path) => base.get(path) === after.get(path));
  assert.deepEqual(unchanged, []);
});
