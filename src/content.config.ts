/**
 * Astro content collections, built from the schema registry so that every
 * collection is defined once (src/schemas/index.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as registry, type CollectionName } from './schemas/index.ts';
import { contentDir } from './lib/paths.ts';

function collectionFor<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/${name}` }),
    schema: registry[name].schema as (typeof registry)[C]['schema'],
  });
}

export const collections = {
  meetings: collectionFor('meetings'),
  stories: collectionFor('stories'),
  modules: collectionFor('modules'),
  experts: collectionFor('experts'),
  partners: collectionFor('partners'),
  cities: collectionFor('cities'),
  networks: collectionFor('networks'),
  topics: collectionFor('topics'),
  pages: collectionFor('pages'),
};
