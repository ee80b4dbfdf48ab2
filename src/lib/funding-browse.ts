/**
 * The browse pages of the funding vocabulary (/foerderung/): for every value
 * of every dimension, the entries that state it, and the entries that state
 * no funding facts at all, so nothing silently falls out of the overview.
 * Values are read with the same facet walk the search uses, so a browse page
 * and its "all in the search" link always agree.
 */
import type { FacetKey } from '../schemas/field-info.ts';
import {
  FUNDING_DIMENSION_KEYS,
  FUNDING_DIMENSIONS,
  type FundingDimensionKey,
} from '../schemas/funding.ts';
import { FACET_COLLECTIONS, facetValues, type FacetValues } from './search/facet-values.ts';
import type { AnyEntry, SiteIndex } from './site-data.ts';
import { germanSlug } from './german-text.ts';
import { sortForListing } from './sorting.ts';
import { FUNDING_URL } from './urls.ts';
import type { CollectionName } from '../schemas/index.ts';

/** Entries without funding facts shown on the overview before it links to the full list. */
export const WITHOUT_FUNDING_PREVIEW = 24;

export function fundingValueUrl(dimension: FundingDimensionKey, value: string): string {
  return `${FUNDING_URL}${FUNDING_DIMENSIONS[dimension].route}/${germanSlug(value)}/`;
}

export interface FundingValueGroup {
  value: string;
  /** Its browse page: /foerderung/<dimension route>/<slug>/. */
  href: string;
  slug: string;
  entries: AnyEntry[];
}

export interface FundingDimensionGroup {
  key: FundingDimensionKey;
  facet: FacetKey;
  /** Every value of the vocabulary, in its order; values nobody states yet have no entries. */
  values: FundingValueGroup[];
}

export interface FundingOverview {
  dimensions: FundingDimensionGroup[];
  /** Entries of those collections that state no funding value at all. */
  withoutFunding: AnyEntry[];
}

const FUNDING_FACETS = FUNDING_DIMENSION_KEYS.map((key) => FUNDING_DIMENSIONS[key].facet);

/** Collections with a field that feeds a funding facet, found in the schemas. */
export const FUNDING_COLLECTIONS: CollectionName[] = [
  ...new Set(FUNDING_FACETS.flatMap((facet) => FACET_COLLECTIONS.get(facet) ?? [])),
];

const overviews = new WeakMap<SiteIndex, FundingOverview>();

export function fundingOverview(index: SiteIndex): FundingOverview {
  const cached = overviews.get(index);
  if (cached) return cached;

  const lookup = {
    entry: (collection: CollectionName, id: string) => {
      const target = index.get(collection, id);
      return target && { title: target.data.title, data: target.data };
    },
  };
  const entries = sortForListing(FUNDING_COLLECTIONS.flatMap((name) => index.all(name) as AnyEntry[]));
  const valuesOf = new Map<AnyEntry, FacetValues>(
    entries.map((entry) => [entry, facetValues(entry.collection, entry.id, entry.data.title, entry.data, lookup)]),
  );

  const dimensions = FUNDING_DIMENSION_KEYS.map((key): FundingDimensionGroup => {
    const { facet, values } = FUNDING_DIMENSIONS[key];
    return {
      key,
      facet,
      values: values.map((value) => ({
        value,
        href: fundingValueUrl(key, value),
        slug: germanSlug(value),
        entries: entries.filter((entry) => valuesOf.get(entry)![facet].some((stated) => stated.label === value)),
      })),
    };
  });
  const withoutFunding = entries.filter((entry) => FUNDING_FACETS.every((facet) => valuesOf.get(entry)![facet].length === 0));

  const overview = { dimensions, withoutFunding };
  overviews.set(index, overview);
  return overview;
}

/** One browse page per value that at least one entry states; values nobody states get no empty page. */
export function fundingValuePages(index: SiteIndex) {
  return fundingOverview(index).dimensions.flatMap((dimension) =>
    dimension.values
      .filter((group) => group.entries.length > 0)
      .map((group) => ({ dimension, group })),
  );
}
