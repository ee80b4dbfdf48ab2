/**
 * Search facets carry ids, labels are looked up: a city renamed in its
 * title keeps every shared search link (?city=leipzig), and each kind of
 * value has a stable id.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facetValues } from '../../src/lib/search/facet-values.ts';
import { facetLabels } from '../../src/lib/search/facet-labels.ts';
import { createSiteIndex, type AnyEntry } from '../../src/lib/site-index.ts';
import { minimalEntry } from './support/minimal-entries.ts';
import { storySchema } from '../../src/schemas/stories.ts';
import { citySchema } from '../../src/schemas/cities.ts';

const city = { id: 'neustadt', collection: 'cities', data: citySchema.parse({ ...minimalEntry('cities'), title: 'Neustadt an der Weinstraße', state: 'Rheinland-Pfalz' }) } as unknown as AnyEntry;

test('references give the referenced file name as id, inherited and text values a slug, dates their year', () => {
  const data = storySchema.parse({
    ...minimalEntry('stories'),
    city: 'neustadt',
    funding: { areas: ['Integration & Teilhabe'] },
    sources: [{ title: 'Bericht', date: '2018-12-04' }],
  });
  const values = facetValues('stories', 'eine-geschichte', data.title, data, {
    entry: (collection, id) => (collection === 'cities' && id === 'neustadt' ? { title: city.data.title, data: city.data } : undefined),
  });
  assert.deepEqual(values.type, [{ id: 'stories', label: 'Erfolgsgeschichte' }]);
  assert.deepEqual(values.city, [{ id: 'neustadt', label: 'Neustadt an der Weinstraße' }]);
  assert.deepEqual(values.state, [{ id: 'rheinland-pfalz', label: 'Rheinland-Pfalz' }]);
  assert.deepEqual(values.fundingArea, [{ id: 'integration-und-teilhabe', label: 'Integration & Teilhabe' }]);
  assert.deepEqual(values.year, [{ id: '2018', label: '2018' }]);
});

test('a city is its own facet value, with its file name as id', () => {
  const values = facetValues('cities', city.id, city.data.title, city.data, { entry: () => undefined });
  assert.deepEqual(values.city, [{ id: 'neustadt', label: 'Neustadt an der Weinstraße' }]);
});

test('the labels file maps every id in the index to its label', () => {
  const labels = facetLabels(createSiteIndex([city]));
  assert.equal(labels.city['neustadt'], 'Neustadt an der Weinstraße');
  assert.equal(labels.state['rheinland-pfalz'], 'Rheinland-Pfalz');
  assert.equal(labels.type['cities'], 'Stadt');
});
