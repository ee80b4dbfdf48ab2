/**
 * The word-level rules of the German search (public/search/german.js,
 * vocabulary.js, engine.js, date-order.js): spelling keys, stems, edit
 * distance, compound splitting, how a typed query is repaired with a small
 * vocabulary, partial matches, and the date sort.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, spellingKey, splitCompound, stemKey } from '../../src/lib/german-text.ts';
import { createVocabulary, typoTolerance, VOCABULARY_VERSION } from '../../public/search/vocabulary.js';
import { planQuery, searchSite } from '../../public/search/engine.js';
import { dateRanks, sortByDate } from '../../public/search/date-order.js';

function vocabulary(words: string[]) {
  const sorted = [...words].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return createVocabulary({ version: VOCABULARY_VERSION, words: sorted, counts: sorted.map(() => 1) });
}

describe('spellingKey: spellings a German reader may use count as one', () => {
  const pairs: [string, string][] = [
    ['Potentialanalyse', 'Potenzialanalyse'],
    ['München', 'Muenchen'],
    ['München', 'Munchen'],
    ['Straße', 'Strasse'],
    ['Reutlinngen', 'Reutlingen'],
    ['Café', 'Kafe'],
    ['Photovoltaik', 'Fotovoltaik'],
    ['essentiell', 'essenziell'],
  ];
  for (const [a, b] of pairs) {
    it(`${a} ~ ${b}`, () => assert.equal(spellingKey(a), spellingKey(b)));
  }
  it('keeps different words apart', () => {
    assert.notEqual(spellingKey('Leipzig'), spellingKey('Lübeck'));
    assert.notEqual(spellingKey('Rat'), spellingKey('Rad'));
  });
});

describe('stemKey: inflections and linking letters', () => {
  it('groups singular, plural and linking forms', () => {
    assert.equal(stemKey('Förderanträge'), stemKey('Förderantrag'));
    assert.equal(stemKey('Koordinierungs'), stemKey('Koordinierung'));
    assert.equal(stemKey('Kommunen'), stemKey('Kommune'));
  });
  it('does not merge spelling variants (Pagefind would not find them)', () => {
    assert.notEqual(stemKey('Potential'), stemKey('Potenzial'));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit', () => {
    assert.equal(editDistance('reutlingen', 'reutlngen'), 1);
    assert.equal(editDistance('reutlingen', 'reutlinggen'), 1);
    assert.equal(editDistance('reutlingen', 'reutlinden'), 1);
    assert.equal(editDistance('reutlingen', 'reutlnigen'), 1);
    assert.equal(editDistance('planung', 'plnaugn'), 2);
    assert.equal(editDistance('planung', 'lpnaugn'), 3);
  });
  it('gives up past the bound', () => {
    assert.equal(editDistance('leipzig', 'dresden', 2), 3);
  });
  it('grows the tolerance with the word', () => {
    assert.deepEqual([3, 4, 7, 8, 14].map(typoTolerance), [0, 1, 1, 2, 2]);
  });
});

describe('splitCompound', () => {
  const known = new Set(['projekt', 'planung', 'netzwerk', 'treffen', 'koordinierung', 'stelle'].map(stemKey));
  const isPart = (part: string) => known.has(stemKey(part));
  it('splits into known parts, linking letters included', () => {
    assert.deepEqual(splitCompound('projektplanung', isPart), ['projekt', 'planung']);
    assert.deepEqual(splitCompound('netzwerktreffen', isPart), ['netzwerk', 'treffen']);
    assert.deepEqual(splitCompound('koordinierungsstelle', isPart), ['koordinierungs', 'stelle']);
  });
  it('gives nothing for a word that is not made of known parts', () => {
    assert.equal(splitCompound('reutlingen', isPart), undefined);
    assert.equal(splitCompound('projekt', isPart), undefined);
  });
});

describe('planQuery: what is searched for each typed word', () => {
  const words = vocabulary(['Reutlingen', 'Potenzialanalyse', 'Projekt', 'Planung', 'Meilensteine', 'Leipzig', 'Lübeck', 'Förderanträge']);
  const plan = (query: string, exact = false) => planQuery(words, query, exact).map((word) => ({ terms: word.terms, correction: word.correction }));
  it('keeps known words, word beginnings and other inflections', () => {
    assert.deepEqual(plan('Meilensteine Reutl Förderantrag'), [
      { terms: ['Meilensteine'], correction: undefined },
      { terms: ['Reutl'], correction: undefined },
      { terms: ['Förderantrag'], correction: undefined },
    ]);
  });
  it('replaces a spelling variant and reports it', () => {
    assert.deepEqual(plan('Potentialanalyse'), [{ terms: ['Potenzialanalyse'], correction: { from: 'Potentialanalyse', to: 'Potenzialanalyse' } }]);
  });
  it('splits a compound the site never writes, without calling it a correction', () => {
    assert.deepEqual(plan('Projektplanung'), [{ terms: ['projekt', 'planung'], correction: undefined }]);
  });
  it('corrects a typo within the tolerance', () => {
    assert.deepEqual(plan('Leipizg'), [{ terms: ['Leipzig'], correction: { from: 'Leipizg', to: 'Leipzig' } }]);
  });
  it('leaves a word far from everything as typed, and numbers alone', () => {
    assert.deepEqual(plan('Protokoll 2018'), [
      { terms: ['Protokoll'], correction: undefined },
      { terms: ['2018'], correction: undefined },
    ]);
  });
  it('leaves out function words when the query has others, keeps them when it has nothing else', () => {
    assert.deepEqual(planQuery(words, 'Wie plane ich die Meilensteine?').map((word) => word.typed), ['plane', 'Meilensteine']);
    assert.deepEqual(planQuery(words, 'wer wie was').map((word) => word.typed), ['wer', 'wie', 'was']);
  });
  it('repairs nothing when asked to search as typed', () => {
    assert.deepEqual(plan('Reutlinngen', true), [{ terms: ['Reutlinngen'], correction: undefined }]);
  });
});

describe('searchSite: partial matches when no page holds every word', () => {
  // A stand-in for Pagefind over three pages: a page matches when it holds every searched word.
  const pages: Record<string, string[]> = { a: ['treffen', 'berlin'], b: ['treffen'], c: ['protokoll', 'server'] };
  const pagefind = {
    async search(query: string | null) {
      const wanted = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([, words]) => wanted.every((word) => words.includes(word)))
        .map(([id, words]) => ({ id, score: words.length, data: async () => ({ url: `/${id}/` }) }));
      return { results, filters: {} };
    },
  };
  const words = vocabulary(['treffen', 'berlin', 'protokoll', 'server']);
  it('ranks pages by the number of words they hold and names what each lacks', async () => {
    const found = await searchSite(pagefind, words, 'Treffen Berlin Protokoll');
    assert.equal(found.partial, true);
    assert.deepEqual(found.results.map((result) => [result.id, result.missing]), [
      ['a', ['Protokoll']],
      // One word each: the higher score first.
      ['c', ['Treffen', 'Berlin']],
      ['b', ['Berlin', 'Protokoll']],
    ]);
    assert.deepEqual(found.missingEverywhere, []);
  });
  it('names the words no page holds, also when the other words are on one page', async () => {
    const found = await searchSite(pagefind, words, 'Treffen Berlin Zebrastreifenkunde');
    assert.equal(found.partial, true);
    assert.deepEqual(found.missingEverywhere, ['Zebrastreifenkunde']);
    assert.deepEqual(found.results[0], { ...found.results[0], id: 'a', missing: ['Zebrastreifenkunde'] });
  });
  it('names the words no page holds', async () => {
    const found = await searchSite(pagefind, words, 'Treffen Tagesordnung');
    assert.deepEqual(found.missingEverywhere, ['Tagesordnung']);
    assert.deepEqual(found.results.map((result) => result.id).sort(), ['a', 'b']);
  });
  it('puts the few pages holding every word first, then the pages holding some', async () => {
    const found = await searchSite(pagefind, words, 'Treffen Berlin');
    assert.equal(found.complete, 1);
    assert.equal(found.partial, true);
    assert.deepEqual(found.results.map((result) => [result.id, result.missing]), [
      ['a', []],
      ['b', ['Berlin']],
    ]);
  });
  it('is not partial when enough pages hold every word', async () => {
    const many = { ...pagefind, search: async () => ({ results: ['x', 'y', 'z'].map((id) => ({ id, score: 1, data: async () => ({}) })), filters: {} }) };
    const found = await searchSite(many, words, 'Treffen Berlin');
    assert.equal(found.partial, false);
    assert.equal(found.complete, 3);
  });
});

describe('date order: read from its own file, applied to results', () => {
  const ranks = dateRanks({ version: 1, oldestFirst: ['old', 'middle', 'new'] });
  const results = [{ id: 'middle' }, { id: 'undated' }, { id: 'new' }, { id: 'old' }];
  it('sorts newest or oldest first, undated results last in their order', () => {
    assert.deepEqual(sortByDate(results, ranks, 'newest').map((result) => result.id), ['new', 'middle', 'old', 'undated']);
    assert.deepEqual(sortByDate(results, ranks, 'oldest').map((result) => result.id), ['old', 'middle', 'new', 'undated']);
  });
  it('reads a file of another version as no order', () => {
    assert.equal(dateRanks({ version: 2, oldestFirst: ['a'] }).size, 0);
  });
});
