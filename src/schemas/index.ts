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

export interface CollectionDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** URL path segment of the listing; entries live below it. Empty for top-level pages. */
  route: string;
  /** German name of one entry and of the listing. */
  singular: string;
  plural: string;
  /** One sentence shown on the listing page. */
  intro: string;
}

function define<S extends z.ZodType>(definition: CollectionDefinition<S>): CollectionDefinition<S> {
  return definition;
}

export const collections = {
  meetings: define({
    schema: meetingSchema,
    route: 'treffen',
    singular: 'Treffen',
    plural: 'Treffen',
    intro: 'Berichte von Netzwerktreffen: was besprochen wurde, was daraus folgt und welche Unterlagen es gibt.',
  }),
  stories: define({
    schema: storySchema,
    route: 'erfolgsgeschichten',
    singular: 'Erfolgsgeschichte',
    plural: 'Erfolgsgeschichten',
    intro: 'Wie Partner vor Ort Förderungen, Stellen und Räume gesichert haben – zum Nachmachen.',
  }),
  modules: define({
    schema: moduleSchema,
    route: 'lernmodule',
    singular: 'Lernmodul',
    plural: 'Lernmodule',
    intro: 'Weiterbildung im Projektmanagement für lokale Koordinator*innen, Schritt für Schritt.',
  }),
  experts: define({
    schema: expertSchema,
    route: 'expertinnen',
    singular: 'Expert*in',
    plural: 'Expert*innen',
    intro: 'Interne und externe Expert*innen für Fördermöglichkeiten, nach Förderbereich, Region und Sprache.',
  }),
  analyses: define({
    schema: analysisSchema,
    route: 'potenzialanalysen',
    singular: 'Potenzialanalyse',
    plural: 'Potenzialanalysen',
    intro: 'Systematische Bestandsaufnahmen vor Ort: Akteure, Kommune, Wohlfahrtsverbände, Förderung und Lücken, Stärken und nächste Schritte einer Stadt.',
  }),
  partners: define({
    schema: partnerSchema,
    route: 'partner',
    singular: 'Partnerorganisation',
    plural: 'Partnerorganisationen',
    intro: 'Organisationen vor Ort, die im Netzwerk mitarbeiten.',
  }),
  cities: define({
    schema: citySchema,
    route: 'staedte',
    singular: 'Stadt',
    plural: 'Städte',
    intro: 'Alles, was im Wissensnetz zu einer Stadt steht: Partner, Erfolgsgeschichten und Treffen.',
  }),
  networks: define({
    schema: networkSchema,
    route: 'netzwerke',
    singular: 'Netzwerk',
    plural: 'Netzwerke',
    intro: 'Überlokale Netzwerke und Verbände, in denen sich Partner zusammenschließen.',
  }),
  topics: define({
    schema: topicSchema,
    route: 'themen',
    singular: 'Thema',
    plural: 'Themen',
    intro: 'Alle Inhalte nach Themen geordnet.',
  }),
  pages: define({
    schema: pageSchema,
    route: '',
    singular: 'Seite',
    plural: 'Seiten',
    intro: 'Allgemeine Seiten wie Impressum und Datenschutz.',
  }),
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collections, name);
}

export type CollectionData<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;
