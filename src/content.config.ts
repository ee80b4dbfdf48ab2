/**
 * Astro content collections. Schemas come from the registry in
 * src/schemas/index.ts (the single source of truth); this file only wires
 * each collection to its folder under content/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as registry, type CollectionName } from './schemas/index.ts';
import { contentDir } from './lib/paths.ts';

// Only .md and .mdx are content; `npm run check:content` reports any other file instead of ignoring it.
// No deferRender: it makes large builds slower (docs/benchmarks.md).
// No raw bodies in the store: pages render the stored HTML, and a page's key
// takes the file's digest instead (src/lib/page-keys.ts). A third less to
// write, bundle and parse at every build (docs/incremental-builds.md).
const loaderFor = (name: CollectionName) => glob({ pattern: '*.{md,mdx}', base: `${contentDir}/${name}`, retainBody: false });

export const collections = {
  meetings: defineCollection({ loader: loaderFor('meetings'), schema: registry.meetings.schema }),
  stories: defineCollection({ loader: loaderFor('stories'), schema: registry.stories.schema }),
  modules: defineCollection({ loader: loaderFor('modules'), schema: registry.modules.schema }),
  experts: defineCollection({ loader: loaderFor('experts'), schema: registry.experts.schema }),
  analyses: defineCollection({ loader: loaderFor('analyses'), schema: registry.analyses.schema }),
  partners: defineCollection({ loader: loaderFor('partners'), schema: registry.partners.schema }),
  cities: defineCollection({ loader: loaderFor('cities'), schema: registry.cities.schema }),
  networks: defineCollection({ loader: loaderFor('networks'), schema: registry.networks.schema }),
  topics: defineCollection({ loader: loaderFor('topics'), schema: registry.topics.schema }),
  pages: defineCollection({ loader: loaderFor('pages'), schema: registry.pages.schema }),
};
