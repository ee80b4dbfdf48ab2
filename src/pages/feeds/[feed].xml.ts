/** /feeds/alle.xml and /feeds/<type>.xml (e.g. erfolgsgeschichten.xml): RSS of new and updated entries. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { loadSiteIndex } from '../../lib/site-data.ts';
import { ALL_FEED, changedAt, FEED_COLLECTIONS, feedEntries, feedTitle } from '../../lib/feeds.ts';
import { absoluteUrl, entryUrl } from '../../lib/urls.ts';
import { siteConfig } from '../../site.config.ts';
import { de } from '../../i18n/de.ts';

export function getStaticPaths() {
  return [
    { params: { feed: ALL_FEED }, props: { collection: undefined } },
    ...FEED_COLLECTIONS.map((collection) => ({ params: { feed: collections[collection].route }, props: { collection } })),
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const { collection } = props as { collection: CollectionName | undefined };
  const index = await loadSiteIndex();
  return rss({
    title: feedTitle(collection),
    description: collection ? de.collections[collection].intro : de.site.tagline,
    site: siteConfig.url,
    trailingSlash: true,
    customData: '<language>de-de</language>',
    items: feedEntries(index, collection).map((entry) => ({
      title: entry.data.title,
      link: absoluteUrl(entryUrl(entry.collection, entry.id)),
      description: entry.data.summary,
      pubDate: changedAt(entry),
      categories: [de.collections[entry.collection].singular, ...entry.data.topics.map((id) => index.get('topics', id)?.data.title ?? id)],
    })),
  });
};
