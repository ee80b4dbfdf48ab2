/**
 * The registry of content collections: one record per collection with its
 * schema and its URL. Pages, the content checker, the scaffolder and the
 * docs all read from here, never from copies. The names readers see
 * ("Erfolgsgeschichte", "Erfolgsgeschichten") are interface text and live in
 * the dictionary (src/i18n/), so the content model does not depend on it.
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

export interface CollectionDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** URL path segment of the listing; entries live below it. Empty for top-level pages. */
  route: string;
}

function define<S extends z.ZodType>(definition: CollectionDefinition<S>): CollectionDefinition<S> {
  return definition;
}

export const collections = {
  meetings: define({
    schema: meetingSchema,
    route: 'treffen',
  }),
  stories: define({
    schema: storySchema,
    route: 'erfolgsgeschichten',
  }),
  modules: define({
    schema: moduleSchema,
    route: 'lernmodule',
  }),
  experts: define({
    schema: expertSchema,
    route: 'expertinnen',
  }),
  analyses: define({
    schema: analysisSchema,
    route: 'potenzialanalysen',
  }),
  partners: define({
    schema: partnerSchema,
    route: 'partner',
  }),
  cities: define({
    schema: citySchema,
    route: 'staedte',
  }),
  networks: define({
    schema: networkSchema,
    route: 'netzwerke',
  }),
  topics: define({
    schema: topicSchema,
    route: 'themen',
  }),
  pages: define({
    schema: pageSchema,
    route: '',
  }),
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collections, name);
}

export type CollectionData<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;
