// Keeps Starlight's English fallback pages (German content under /en/) out of
// Pagefind, as Wissensnetz indexes only its German pages
// (src/layouts/EntryLayout.astro there). Starlight marks a page for Pagefind
// unless its entry says `pagefind: false` (components/Page.astro); the entry
// object is shared with the German page, so it is copied, not changed.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
