/**
 * The registry of content collections: one record per collection with its
 * schema, its URL and its German names. Pages, the content checker, the
 * scaffolder and the docs all read from here, never from copies.
 */
import type { z } from 'astro/zod';
import { analysisSchema } from './analyses.ts';
import { citySchema } from './cities.ts';
import { expertSchema } from './experts.ts';
import { meetingSchema } from './meetings.ts';
import { moduleSchema } from './modules.ts';
import { networkSchema } from './networks.ts';
import { pageSchema } from './pages.ts';
import { partnerSchema } from './partners.ts';
import { storySchema } from './stories.ts';
import { topicSchema } from './topics.ts';
import { de } from '../i18n/de.ts';

export interface CollectionDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** URL path segment of the listing; entries live below it. Empty for top-level pages. */
  route: string;
  /**
   * German name of one entry and of the listing, and the sentence shown on the
   * listing page; they live in the interface dictionary (src/i18n/de.ts) with
   * their translations. Content tooling reports in German and reads them here.
   */
  singular: string;
  plural: string;
  intro: string;
}

function define<S extends z.ZodType>(definition: CollectionDefinition<S>): CollectionDefinition<S> {
  return definition;
}

export const collections = {
  meetings: define({
    schema: meetingSchema,
    route: 'treffen',
    ...de.collections.meetings,
  }),
  stories: define({
    schema: storySchema,
    route: 'erfolgsgeschichten',
    ...de.collections.stories,
  }),
  modules: define({
    schema: moduleSchema,
    route: 'lernmodule',
    ...de.collections.modules,
  }),
  experts: define({
    schema: expertSchema,
    route: 'expertinnen',
    ...de.collections.experts,
  }),
  analyses: define({
    schema: analysisSchema,
    route: 'potenzialanalysen',
    ...de.collections.analyses,
  }),
  partners: define({
    schema: partnerSchema,
    route: 'partner',
    ...de.collections.partners,
  }),
  cities: define({
    schema: citySchema,
    route: 'staedte',
    ...de.collections.cities,
  }),
  networks: define({
    schema: networkSchema,
    route: 'netzwerke',
    ...de.collections.networks,
  }),
  topics: define({
    schema: topicSchema,
    route: 'themen',
    ...de.collections.topics,
  }),
  pages: define({
    schema: pageSchema,
    route: '',
    ...de.collections.pages,
  }),
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collections, name);
}

export type CollectionData<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;
