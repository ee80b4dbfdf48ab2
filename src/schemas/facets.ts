import { de } from '../i18n/de.ts';

/**
 * The search facets and their German labels (from the interface dictionary, src/i18n/de.ts). Which fields feed a facet is
 * declared on the fields themselves (`facet` metadata in the schemas), so a
 * new field becomes filterable by naming its facet there.
 */
export const FACETS = de.facets;

export type FacetKey = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

export interface FacetMeta {
  /** The facet this field's values belong to. */
  facet?: FacetKey;
  /** Entries that reference an entry with this field inherit its value (a story in Leipzig is in Sachsen). */
  facetInherit?: boolean;
}
