/**
 * Sätteri's options for every .md and .mdx body, in one place so the build
 * (astro.config.mjs), the content check and the tests render Markdown the
 * same way.
 *
 * - Raw HTML is parsed into elements (`rawHtml`) so the sanitiser can judge
 *   each one (src/lib/markdown/sanitize.ts); it also prefixes contributed
 *   ids against DOM clobbering, footnotes included, so Sätteri adds none.
 * - Table column alignment becomes a class before sanitising (tableAlignment).
 * - Footnotes get German labels.
 * - accessible-markdown.ts runs after the sanitiser: what it adds (table
 *   regions, checkbox labels) is the site's own markup.
 */
import { accessibleMarkdown } from './accessible-markdown.ts';
import { sanitizeMarkdown, tableAlignment } from './sanitize.ts';

export const markdownOptions = {
  hastPlugins: [tableAlignment, sanitizeMarkdown, accessibleMarkdown],
  features: {
    rawHtml: true,
    gfm: { footnotes: { label: 'Fußnoten', backLabel: 'Zurück zur Fußnotenstelle {reference}', clobberPrefix: '' } },
  },
};
