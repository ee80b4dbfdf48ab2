/**
 * Keeps the share-card cache (src/lib/og-image/cache.ts) from growing
 * forever: after a successful build, the cards of this site that the build
 * did not use (their text changed, or the page is gone) are removed.
 */
import type { AstroIntegration } from 'astro';
import { pruneShareCardCache, shareCardCacheDir } from '../lib/og-image/cache.ts';

/** File systems with coarse timestamps could date a card used at the very start slightly before it. */
const CLOCK_MARGIN_MS = 2000;

export function shareCardCache(): AstroIntegration {
  let buildStart = new Date();
  return {
    name: 'wissensnetz-share-card-cache',
    hooks: {
      'astro:build:start': () => {
        buildStart = new Date(Date.now() - CLOCK_MARGIN_MS);
      },
      'astro:build:done': ({ logger }) => {
        const removed = pruneShareCardCache(shareCardCacheDir(), buildStart);
        if (removed > 0) logger.info(`${removed} nicht mehr benutzte Vorschaubilder aus dem Cache entfernt.`);
      },
    },
  };
}
