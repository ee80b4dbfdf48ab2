/**
 * The index step's pieces (tooling/search-index/): what text of a built
 * page counts, which compound parts and synonyms a page gets, and the
 * vocabulary file the browser reads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compoundSplitter } from '../../tooling/search-index/compound-terms.ts';
import { isIndexedPage, pageText } from '../../tooling/search-index/page-text.ts';
import { synonymMatcher } from '../../tooling/search-index/synonym-terms.ts';
import { VocabularyCollector } from '../../tooling/search-index/vocabulary-file.ts';
import { stemKey } from '../../src/lib/german-text.ts';
import { createVocabulary } from '../../public/search/vocabulary.js';

describe('pageText: the words Pagefind indexes', () => {
  const html = `<html><body><nav>Menü</nav><article data-pagefind-body>
    <h1>Treffen &amp; Austausch</h1><p>Text über <em>Förderung</em></p>
    <p data-pagefind-ignore>Faktenbox</p><script>var geheim = 1;</script>
    <span hidden data-pagefind-index-attrs="data-terms" data-terms="luebeck lubeck"></span>
  </article><footer>Fuß</footer></body></html>`;
  it('reads the marked body, its extra-term attributes, and not what is ignored', () => {
    const text = pageText(html);
    assert.equal(text.title, 'Treffen & Austausch');
    assert.match(text.text, /Treffen & Austausch/);
    assert.match(text.text, /Förderung/);
    assert.match(text.text, /luebeck lubeck/);
    for (const absent of ['Menü', 'Faktenbox', 'geheim', 'Fuß']) assert.doesNotMatch(text.text, new RegExp(absent));
  });
  it('knows which pages are indexed', () => {
    assert.equal(isIndexedPage(html), true);
    assert.equal(isIndexedPage('<main><h1>Karte</h1></main>'), false);
  });
});

describe('compoundSplitter: parts and tails from the site\'s own nouns', () => {
  const splitter = compoundSplitter(['Netzwerk', 'Treffen', 'Antrag', 'Koordinierung', 'Stelle', 'Planung']);
  it('gives the parts and tails of a compound with an unknown head', () => {
    assert.deepEqual(splitter.termsOf('Bundesnetzwerktreffen').sort(), ['netzwerk', 'netzwerktreffen', 'treffen']);
    assert.deepEqual(splitter.termsOf('Förderanträge').sort(), ['anträge']);
  });
  it('gives every part of a compound of known nouns', () => {
    assert.deepEqual(splitter.termsOf('Koordinierungsstelle').sort(), ['koordinierungs', 'stelle']);
  });
  it('splits off the tail after a known noun, even if the site never writes the tail alone', () => {
    assert.deepEqual(splitter.termsOf('Planungscafés').sort(), ['cafés', 'planungs']);
  });
  it('leaves short words and words without known parts alone', () => {
    assert.deepEqual(splitter.termsOf('Treffen'), []);
    assert.deepEqual(splitter.termsOf('Reutlingen'), []);
  });
});

describe('synonymMatcher: a page using one term gets the others', () => {
  const matcher = synonymMatcher([['Förderantrag', 'Zuwendungsantrag', 'Antrag auf Förderung'], ['Kommune', 'Gemeinde']]);
  const stems = (...words: string[]) => new Set(words.map(stemKey));
  it('adds the other terms of a group, in any inflection', () => {
    assert.deepEqual(matcher.termsFor(stems('die', 'förderanträge')).sort(), ['antrag', 'auf', 'förderung', 'zuwendungsantrag']);
    assert.deepEqual(matcher.termsFor(stems('kommunen')), ['gemeinde']);
  });
  it('matches a term of several words only when the page holds its longer words', () => {
    assert.deepEqual(matcher.termsFor(stems('antrag')), []);
    assert.deepEqual(matcher.termsFor(stems('antrag', 'förderung')).sort(), ['förderantrag', 'zuwendungsantrag']);
  });
  it('adds nothing to a page without any term', () => {
    assert.deepEqual(matcher.termsFor(stems('leipzig')), []);
  });
});

describe('the vocabulary file', () => {
  it('keeps each word once, in its commonest form, with its page count, readable by the browser side', () => {
    const collector = new VocabularyCollector();
    collector.addPage(['Treffen', 'treffen', 'Berlin']);
    collector.addPage(['Treffen', 'Leipzig']);
    const file = collector.toFile();
    assert.deepEqual(file.words, ['Berlin', 'Leipzig', 'Treffen']);
    assert.deepEqual(file.counts, [1, 1, 2]);
    const vocabulary = createVocabulary(JSON.parse(JSON.stringify(file)));
    assert.equal(vocabulary.isKnown('treff'), true);
    assert.equal(vocabulary.typoOf('Leipizg'), 'Leipzig');
  });
  it('reads a file of another version as empty rather than guessing', () => {
    assert.equal(createVocabulary({ version: 99, words: ['a'], counts: [1] }).size, 0);
  });
});
