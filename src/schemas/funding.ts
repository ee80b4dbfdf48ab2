/**
 * The controlled funding vocabulary. Its four dimensions are modelled on the
 * facets people know from the federal funding database (Förderdatenbank des
 * Bundes): Förderart, Förderbereich, Fördergebiet and Förderberechtigte.
 * The values are a selection for civil-society work in refugee support, not
 * a copy of that database's lists.
 *
 * This module is the only place the vocabulary exists: the story and expert
 * schemas use `fundingSchema`, the search facets and the browse pages under
 * /foerderung/ read `FUNDING_DIMENSIONS`, and the editor scaffolding and JSON
 * Schemas list the allowed values from the enums. A new value is added here
 * (and explained in CONTRIBUTING.md), never typed freely into content.
 */
import { z } from 'astro/zod';
import { STATES } from './fields.ts';
import { withInfo, type FacetKey } from './field-info.ts';

/** Förderart: in what form the money comes. */
export const FUNDING_KINDS = ['Zuschuss', 'Darlehen', 'Bürgschaft', 'Beteiligung', 'Preis', 'Sonstige'] as const;

/** Förderbereich: what the funding is for. */
export const FUNDING_AREAS = [
  'Arbeit',
  'Aus- & Weiterbildung',
  'Beratung',
  'Bürgerschaftliches Engagement',
  'Demokratie & Vielfalt',
  'Frauenförderung',
  'Gesundheit & Soziales',
  'Infrastruktur',
  'Integration & Teilhabe',
  'Kinder & Jugend',
  'Kultur, Medien & Sport',
  'Städtebau & Stadterneuerung',
] as const;

/** Fördergebiet: where a programme funds; the whole country or one state. */
export const FUNDING_REGIONS = ['bundesweit', ...STATES] as const;

/** Förderberechtigte: who may apply. */
export const FUNDING_ELIGIBLE = [
  'Verein',
  'Verband',
  'Stiftung',
  'Gemeinnützige GmbH',
  'Kommune',
  'Öffentliche Einrichtung',
  'Bildungseinrichtung',
  'Unternehmen',
  'Privatperson',
] as const;

export interface FundingDimension {
  /** The search facet (and its label in the interface dictionary). */
  facet: FacetKey;
  /** URL segment of the dimension's browse pages: /foerderung/<route>/<value>/. */
  route: string;
  /** The allowed values, in the order readers see them. */
  values: readonly string[];
  /** What a contributor reads in editor tooltips and error messages. */
  description: string;
}

/** The four dimensions, keyed by their field name inside `funding`. */
export const FUNDING_DIMENSIONS = {
  kinds: {
    facet: 'fundingKind',
    route: 'foerderart',
    values: FUNDING_KINDS,
    description: 'Förderart: in welcher Form gefördert wird',
  },
  areas: {
    facet: 'fundingArea',
    route: 'foerderbereich',
    values: FUNDING_AREAS,
    description: 'Förderbereich: wofür gefördert wird',
  },
  regions: {
    facet: 'fundingRegion',
    route: 'foerdergebiet',
    values: FUNDING_REGIONS,
    description: 'Fördergebiet: bundesweit oder ein Bundesland',
  },
  eligible: {
    facet: 'fundingEligible',
    route: 'foerderberechtigte',
    values: FUNDING_ELIGIBLE,
    description: 'Förderberechtigte: wer einen Antrag stellen kann',
  },
} as const satisfies Record<string, FundingDimension>;

export type FundingDimensionKey = keyof typeof FUNDING_DIMENSIONS;
export const FUNDING_DIMENSION_KEYS = Object.keys(FUNDING_DIMENSIONS) as FundingDimensionKey[];

/** A list of values of one dimension; each value is a facet value for search and browsing. */
export function fundingValues<const V extends readonly [string, ...string[]]>(values: V, dimension: FundingDimension) {
  return z
    .array(
      withInfo(
        z.enum(values, { error: `Erlaubt sind: ${values.join(', ')}.` }).meta({ description: dimension.description }),
        { facet: dimension.facet },
      ),
    )
    .min(1, { error: 'Leere Liste: das Feld weglassen, wenn die Angabe fehlt.' })
    .refine((list) => new Set(list).size === list.length, { error: 'Ein Wert steht doppelt in der Liste.' });
}

const optionalValues = <const V extends readonly [string, ...string[]]>(values: V, dimension: FundingDimension) =>
  fundingValues(values, dimension)
    .optional()
    .meta({ description: `${dimension.description}. Nur Werte aus der Liste; weglassen, wenn unbekannt.` });

/**
 * Funding facts of an entry. Every dimension is optional: a value is written
 * only when a source or the contributor knows it, never guessed. Pages show
 * what is missing instead of leaving it out silently.
 */
export const fundingSchema = z
  .object({
    kinds: optionalValues(FUNDING_KINDS, FUNDING_DIMENSIONS.kinds),
    areas: optionalValues(FUNDING_AREAS, FUNDING_DIMENSIONS.areas),
    regions: optionalValues(FUNDING_REGIONS, FUNDING_DIMENSIONS.regions),
    eligible: optionalValues(FUNDING_ELIGIBLE, FUNDING_DIMENSIONS.eligible),
  })
  .strict();

export type FundingData = z.infer<typeof fundingSchema>;

/** The dimensions an entry states, in vocabulary order; empty when it states none. */
export function statedDimensions(funding: FundingData | undefined): FundingDimensionKey[] {
  return FUNDING_DIMENSION_KEYS.filter((key) => (funding?.[key]?.length ?? 0) > 0);
}
