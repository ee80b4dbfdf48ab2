/**
 * The label of every facet value in the index, by facet and id, for the
 * search page: filters and search URLs carry ids (?city=leipzig), readers
 * see labels ("Leipzig"). Written once per build to FACET_LABELS_URL and
 * fetched by the search page with the index, so no page carries the list.
 */
import { FACET_KEYS, type FacetKey } from '../../schemas/field-info.ts';
import { COLLECTION_NAMES } from '../../schemas/index.ts';
import type { SiteIndex } from '../site-index.ts';
import { DOCUMENT_TYPE, facetValues } from './facet-values.ts';
import { de } from '../../i18n/de.ts';

export const FACET_LABELS_URL = '/suche/facetten.json';

export type FacetLabels = Record<FacetKey, Record<string, string>>;

export function facetLabels(index: SiteIndex): FacetLabels {
  const labels = Object.fromEntries(FACET_KEYS.map((key) => [key, {}])) as FacetLabels;
  const lookup = {
    entry: (collection: Parameters<SiteIndex['get']>[0], id: string) => {
      const target = index.get(collection, id);
      return target && { title: target.data.title, data: target.data };
    },
  };
  for (const name of COLLECTION_NAMES) {
    for (const entry of index.all(name)) {
      const values = facetValues(name, entry.id, entry.data.title, entry.data, lookup);
      for (const key of FACET_KEYS) for (const value of values[key]) labels[key][value.id] = value.label;
      if (name === 'meetings' && (entry.data as { documents?: { files: unknown[] } }).documents?.files.length) {
        labels.type[DOCUMENT_TYPE] = de.document.singular;
      }
    }
  }
  return labels;
}
