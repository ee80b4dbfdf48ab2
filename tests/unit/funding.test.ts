/**
 * The funding vocabulary: one schema module feeds the story and expert
 * schemas, the search facets, the browse pages and the contributors' guide.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FUNDING_DIMENSION_KEYS, FUNDING_DIMENSIONS, statedDimensions } from '../../src/schemas/funding.ts';
import { storySchema } from '../../src/schemas/stories.ts';
import { expertSchema } from '../../src/schemas/experts.ts';
import { FACET_KEYS } from '../../src/schemas/field-info.ts';
import { germanSlug } from '../../src/lib/german-text.ts';
import { facetValues } from '../../src/lib/search/facet-values.ts';
import { FUNDING_COLLECTIONS, fundingOverview, fundingValuePages, fundingValueUrl } from '../../src/lib/funding-browse.ts';
import type { AnyEntry, SiteIndex } from '../../src/lib/site-data.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { minimalEntry } from './support/minimal-entries.ts';

const story = (funding?: unknown) => ({ ...minimalEntry('stories'), ...(funding === undefined ? {} : { funding }) });

describe('vocabulary', () => {
  test('every dimension is a search facet with a label, and its values are unique', () => {
    for (const key of FUNDING_DIMENSION_KEYS) {
      const { facet, values } = FUNDING_DIMENSIONS[key];
      assert.ok(FACET_KEYS.includes(facet), `${key}: facet "${facet}" has a label in the dictionary`);
      assert.equal(new Set(values).size, values.length, `${key}: duplicate value`);
    }
  });

  test('every value has its own readable address', () => {
    assert.equal(germanSlug('Aus- & Weiterbildung'), 'aus-und-weiterbildung');
    assert.equal(germanSlug('Kultur, Medien & Sport'), 'kultur-medien-und-sport');
    assert.equal(germanSlug('Baden-Württemberg'), 'baden-wuerttemberg');
    assert.equal(germanSlug('Öffentliche Einrichtung'), 'oeffentliche-einrichtung');
    assert.equal(germanSlug('Bürgschaft'), 'buergschaft');
    const urls = FUNDING_DIMENSION_KEYS.flatMap((key) => FUNDING_DIMENSIONS[key].values.map((value) => fundingValueUrl(key, value)));
    assert.equal(new Set(urls).size, urls.length, 'two values share an address');
    for (const url of urls) assert.match(url, /^\/foerderung\/[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
  });
});

describe('schemas', () => {
  test('a story may state any subset of the dimensions, or none', () => {
    assert.equal(storySchema.parse(story()).funding, undefined);
    const parsed = storySchema.parse(story({ kinds: ['Zuschuss'], regions: ['Nordrhein-Westfalen'] }));
    assert.deepEqual(statedDimensions(parsed.funding), ['kinds', 'regions']);
  });

  for (const [name, funding, path] of [
    ['a value outside the vocabulary', { kinds: ['Spende'] }, ['funding', 'kinds', 0]],
    ['free text instead of a list', { areas: 'Integration & Teilhabe' }, ['funding', 'areas']],
    ['an empty list (leave the field out instead)', { eligible: [] }, ['funding', 'eligible']],
    ['the same value twice', { kinds: ['Zuschuss', 'Zuschuss'] }, ['funding', 'kinds']],
    ['an unknown dimension', { funder: 'Land' }, ['funding']],
  ] as const) {
    test(`refused: ${name}`, () => {
      const result = storySchema.safeParse(story(funding));
      assert.equal(result.success, false);
      assert.deepEqual(result.error!.issues[0]!.path, path);
    });
  }

  test('experts must name at least one funding area; the other dimensions stay optional', () => {
    const expert = minimalEntry('experts');
    assert.equal(expertSchema.safeParse(expert).success, true);
    assert.equal(expertSchema.safeParse({ ...expert, funding: {} }).success, false);
    assert.equal(expertSchema.safeParse({ ...expert, funding: { areas: ['Integration'] } }).success, false, 'old free-text area');
    assert.equal(expertSchema.safeParse({ ...expert, fundingAreas: ['Integration & Teilhabe'] }).success, false, 'old field name');
  });

  test('stated values become search facet values, unstated dimensions none', () => {
    const data = storySchema.parse(story({ kinds: ['Zuschuss'], eligible: ['Verein', 'Verband'] }));
    const values = facetValues('stories', 'eine-geschichte', data.title, data, { entry: () => undefined });
    assert.deepEqual(values.fundingKind, [{ id: 'zuschuss', label: 'Zuschuss' }]);
    assert.deepEqual(values.fundingEligible, [{ id: 'verband', label: 'Verband' }, { id: 'verein', label: 'Verein' }]);
    assert.deepEqual(values.fundingArea, []);
    assert.deepEqual(values.fundingRegion, []);
  });
});

describe('browse pages', () => {
  /** A site index over hand-made entries: three stories and one expert. */
  function fakeIndex(): SiteIndex {
    const entry = (collection: CollectionName, id: string, data: Record<string, unknown>) =>
      ({ collection, id, data: { ...data, title: id } }) as unknown as AnyEntry;
    const entries = [
      entry('stories', 'mit-zuschuss', storySchema.parse(story({ kinds: ['Zuschuss'], regions: ['Sachsen'] }))),
      entry('stories', 'mit-preis', storySchema.parse(story({ kinds: ['Preis'] }))),
      entry('stories', 'ohne-angaben', storySchema.parse(story())),
      entry('experts', 'beraterin', expertSchema.parse({ ...minimalEntry('experts'), funding: { areas: ['Kinder & Jugend'], kinds: ['Zuschuss'] } })),
    ];
    return {
      all: ((collection: CollectionName) => entries.filter((e) => e.collection === collection)) as SiteIndex['all'],
      get: (() => undefined) as SiteIndex['get'],
      referencesTo: () => [],
      referencesFrom: () => [],
    };
  }

  test('stories and experts are the collections with funding facts', () => {
    assert.deepEqual([...FUNDING_COLLECTIONS].sort(), ['experts', 'stories']);
  });

  test('each value lists the entries that state it, across collections', () => {
    const overview = fundingOverview(fakeIndex());
    const kinds = overview.dimensions.find((dimension) => dimension.key === 'kinds')!;
    assert.deepEqual(kinds.values.map((group) => group.value), [...FUNDING_DIMENSIONS.kinds.values], 'every value, in vocabulary order');
    const ids = (value: string) => kinds.values.find((group) => group.value === value)!.entries.map((entry) => entry.id);
    assert.deepEqual(ids('Zuschuss'), ['beraterin', 'mit-zuschuss']);
    assert.deepEqual(ids('Preis'), ['mit-preis']);
    assert.deepEqual(ids('Darlehen'), []);
  });

  test('entries without any funding facts are kept in the overview, not dropped', () => {
    assert.deepEqual(fundingOverview(fakeIndex()).withoutFunding.map((entry) => entry.id), ['ohne-angaben']);
  });

  test('only values somebody states get a page of their own', () => {
    const pages = fundingValuePages(fakeIndex()).map(({ group }) => group.href).sort();
    assert.deepEqual(pages, [
      '/foerderung/foerderart/preis/',
      '/foerderung/foerderart/zuschuss/',
      '/foerderung/foerderbereich/kinder-und-jugend/',
      '/foerderung/foerdergebiet/sachsen/',
    ]);
  });
});
