/**
 * Search facet values of an entry, read off its schema: every field marked
 * with a `facet` in its field info contributes its value (references the
 * referenced entry, dates their year). Nothing here names a field.
 */
import { de } from '../../i18n/de.ts';
import type { z } from 'astro/zod';
import { collections, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { FACET_KEYS, infoOf, type FacetKey } from '../../schemas/field-info.ts';
import { referenceTargetOf } from '../../schemas/fields.ts';
import { walkSchema, walkValues } from '../schema-walk.ts';
import { germanSlug } from '../german-text.ts';


export interface FacetLookup {
  /** Title and data of a referenced entry, if it is published. */
  entry(collection: CollectionName, id: string): { title: string; data: unknown } | undefined;
}

const facetMetaOf = infoOf;

/** Collections whose own entries belong to a facet because other entries point at them through it (cities → city). */
export const SELF_FACETS: ReadonlyMap<CollectionName, FacetKey> = (() => {
  const map = new Map<CollectionName, FacetKey>();
  for (const name of COLLECTION_NAMES) {
    walkSchema(collections[name].schema as z.ZodType, (field) => {
      const target = referenceTargetOf(field);
      const facet = facetMetaOf(field).facet;
      if (target && facet) map.set(target, facet);
    });
  }
  return map;
})();

/** The collections that have at least one field feeding each facet (stories and experts feed the funding facets). */
export const FACET_COLLECTIONS: ReadonlyMap<FacetKey, readonly CollectionName[]> = (() => {
  const map = new Map<FacetKey, CollectionName[]>();
  for (const name of COLLECTION_NAMES) {
    const facets = new Set<FacetKey>();
    walkSchema(collections[name].schema as z.ZodType, (field) => {
      const facet = facetMetaOf(field).facet;
      if (facet) facets.add(facet);
    });
    for (const facet of facets) map.set(facet, [...(map.get(facet) ?? []), name]);
  }
  return map;
})();

/**
 * A facet value: the id filters and search URLs carry (?city=leipzig), and
 * the German label the index and the pages show. References use the
 * referenced entry's file name as id, content types their collection name,
 * everything else its German text as a slug ("Nordrhein-Westfalen" →
 * "nordrhein-westfalen"): renaming a city keeps every shared search link.
 */
export interface FacetValue {
  id: string;
  label: string;
}

export type FacetValues = Record<FacetKey, FacetValue[]>;

/** The id of a facet value that is plain text (a state, a funding value, a year). */
export const textValueId = (label: string) => germanSlug(label);

function emptyValues(): Record<FacetKey, Map<string, string>> {
  return Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, string>()])) as Record<FacetKey, Map<string, string>>;
}

/** Values an entry passes on to entries that reference it (a city's state). */
function inheritedValues(collection: CollectionName, data: unknown, into: Record<FacetKey, Map<string, string>>) {
  walkValues(collections[collection].schema as z.ZodType, data, ({ schema, value }) => {
    const meta = facetMetaOf(schema);
    if (meta.facet && meta.facetInherit && typeof value === 'string') into[meta.facet].set(textValueId(value), value);
  });
}

export function facetValues(collection: CollectionName, id: string, title: string, data: unknown, lookup: FacetLookup): FacetValues {
  const values = emptyValues();
  values.type.set(collection, de.collections[collection].singular);
  const selfFacet = SELF_FACETS.get(collection);
  if (selfFacet) values[selfFacet].set(id, title);

  walkValues(collections[collection].schema as z.ZodType, data, ({ schema, value }) => {
    const meta = facetMetaOf(schema);
    if (!meta.facet) return;
    const target = referenceTargetOf(schema);
    if (target && typeof value === 'string') {
      const referenced = lookup.entry(target, value);
      if (!referenced) return;
      values[meta.facet].set(value, referenced.title);
      inheritedValues(target, referenced.data, values);
    } else if (value instanceof Date) {
      const year = String(value.getUTCFullYear());
      values[meta.facet].set(year, year);
    } else if (typeof value === 'string') {
      values[meta.facet].set(textValueId(value), value);
    }
  });

  return Object.fromEntries(
    FACET_KEYS.map((key) => [
      key,
      [...values[key]].map(([valueId, label]) => ({ id: valueId, label })).sort((a, b) => a.label.localeCompare(b.label, 'de')),
    ]),
  ) as FacetValues;
}

/** Result type of meeting documents in the index (they are no collection: each belongs to its meeting). */
export const DOCUMENT_TYPE = 'documents';

/** A meeting document's facets: its meeting's (year, city, state, topics), as type "Unterlage". */
export function documentFacetValues(meetingFacets: FacetValues): FacetValues {
  return { ...meetingFacets, type: [{ id: DOCUMENT_TYPE, label: de.document.singular }] };
}
