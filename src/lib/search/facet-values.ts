/**
 * Search facet values of an entry, read off its schema: every field marked
 * with `facet` metadata contributes its value (references contribute the
 * referenced entry's title, dates their year). Nothing here names a field.
 */
import type { z } from 'astro/zod';
import { collections, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { FACET_KEYS, type FacetKey, type FacetMeta } from '../../schemas/facets.ts';
import { referenceTargetOf } from '../../schemas/fields.ts';
import { metaOf, walkSchema, walkValues } from '../schema-walk.ts';

export type FacetValues = Record<FacetKey, string[]>;

export interface FacetLookup {
  /** Title and data of a referenced entry, if it is published. */
  entry(collection: CollectionName, id: string): { title: string; data: unknown } | undefined;
}

const facetMetaOf = (schema: z.ZodType) => (metaOf(schema) ?? {}) as FacetMeta & { format?: string };

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

function emptyValues(): Record<FacetKey, Set<string>> {
  return Object.fromEntries(FACET_KEYS.map((key) => [key, new Set<string>()])) as Record<FacetKey, Set<string>>;
}

/** Values an entry passes on to entries that reference it (a city's state). */
function inheritedValues(collection: CollectionName, data: unknown, into: Record<FacetKey, Set<string>>) {
  walkValues(collections[collection].schema as z.ZodType, data, ({ schema, value }) => {
    const meta = facetMetaOf(schema);
    if (meta.facet && meta.facetInherit && typeof value === 'string') into[meta.facet].add(value);
  });
}

export function facetValues(collection: CollectionName, title: string, data: unknown, lookup: FacetLookup): FacetValues {
  const values = emptyValues();
  values.type.add(collections[collection].singular);
  const selfFacet = SELF_FACETS.get(collection);
  if (selfFacet) values[selfFacet].add(title);

  walkValues(collections[collection].schema as z.ZodType, data, ({ schema, value }) => {
    const meta = facetMetaOf(schema);
    if (!meta.facet) return;
    const target = referenceTargetOf(schema);
    if (target && typeof value === 'string') {
      const referenced = lookup.entry(target, value);
      if (!referenced) return;
      values[meta.facet].add(referenced.title);
      inheritedValues(target, referenced.data, values);
    } else if (value instanceof Date) {
      values[meta.facet].add(String(value.getUTCFullYear()));
    } else if (typeof value === 'string') {
      values[meta.facet].add(value);
    }
  });

  return Object.fromEntries(FACET_KEYS.map((key) => [key, [...values[key]].sort((a, b) => a.localeCompare(b, 'de'))])) as FacetValues;
}
