/**
 * What the site itself needs to know about a field, beyond validation: the
 * collection a reference points at, the search facet it feeds, that it
 * names a download, that its value may occur only once. Kept in its own
 * typed zod registry, apart from `.meta()`: `.meta()` holds only JSON
 * Schema keywords (description, title, format), which editors read from the
 * generated schemas; these keys are the site's business and stay out of them.
 */
import { z } from 'astro/zod';
import { lookThroughWrappers } from '../lib/schema-walk.ts';

/** The collections an entry may point at. Kept here so `ref()` is type-checked. */
export type ReferenceTarget = 'meetings' | 'stories' | 'modules' | 'experts' | 'partners' | 'cities' | 'networks' | 'topics';

/** The search facets; their names for readers are in the interface dictionary (src/i18n/). */
export const FACET_KEYS = ['type', 'city', 'state', 'topic', 'fundingKind', 'fundingArea', 'fundingRegion', 'fundingEligible', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface FieldInfo {
  /** A reference to an entry of this collection, by file name. */
  reference?: ReferenceTarget;
  /** The search facet this field's values belong to. */
  facet?: FacetKey;
  /** Entries that reference an entry with this field inherit its value (a story in Leipzig is in Sachsen). */
  facetInherit?: boolean;
  /** A path of a file in public/downloads/. */
  download?: boolean;
  /** The value may occur in only one entry of the collection (one potential analysis per city). */
  unique?: boolean;
  /** A section of a potential analysis (worksheet, page, template). */
  analysisSection?: boolean;
}

export const fieldInfo = z.registry<FieldInfo>();

/** Records info on this schema instance (merged with what it has) and returns the same instance. */
export function withInfo<T extends z.ZodType>(schema: T, info: FieldInfo): T {
  fieldInfo.add(schema, { ...(fieldInfo.get(schema) ?? {}), ...info });
  return schema;
}

/** The info of a field, looked up through optional/default wrappers. */
export function infoOf(schema: z.ZodType): FieldInfo {
  return lookThroughWrappers(schema, (candidate) => fieldInfo.get(candidate)) ?? {};
}
