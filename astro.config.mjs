// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/site.config.ts';
import { markdownOptions } from './src/lib/markdown/processor.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindDevServer } from './src/integrations/pagefind.ts';
import { sitePublicFiles } from './src/integrations/site-public.ts';
import { editor } from './src/integrations/editor.ts';
import { localizedRoutes } from './src/integrations/localized-routes.ts';
import { shareCardCache } from './src/integrations/share-card-cache.ts';
import { reuseOutputFolder } from './src/integrations/reuse-output.ts';
import { dataStoreModule } from './src/integrations/data-store-module.ts';
import { astroRedirects } from './src/lib/redirects.ts';
import { cacheDir, contentDir, projectRoot, siteDir } from './src/lib/paths.ts';
import { generatedFilesIgnored } from './src/lib/dev-watch.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';

// Markdown uses Astro 7's default processor (Sätteri), which has GitHub-flavoured
// Markdown built in for .md and .mdx alike (see README, "Markdown"); contributed
// HTML is cleaned with GitHub's allowlist. The options live in one module the
// content check and the tests share.
const markdownProcessor = satteri(markdownOptions);

export default defineConfig({
  site: siteConfig.url,
  // One per site folder (src/lib/paths.ts).
  cacheDir,
  trailingSlash: 'always',
  // Renamed entries keep their old address working (content/redirects.yaml).
  redirects: astroRedirects(contentDir),
  outDir: process.env.WISSENSNETZ_OUT_DIR ?? './dist',
  build: {
    format: 'directory',
    // One request per page: the stylesheet is small enough to inline.
    inlineStylesheets: 'always',
    // Several pages at a time, so that reading and writing the share-card
    // images (src/pages/og/), mostly cached files, overlaps (docs/benchmarks.md).
    concurrency: 4,
  },
  markdown: { processor: markdownProcessor },
  // The content check comes first: it decides before anything reads content (src/integrations/content-check.ts).
  // The output folder is swept last, after every other integration has written into it (src/integrations/reuse-output.ts).
  integrations: [contentCheck(), dataStoreModule(), mdx(), localizedRoutes(), sitePublicFiles(), editor(), pagefindDevServer(), shareCardCache(), reuseOutputFolder()],
  devToolbar: { enabled: false },
  vite: { server: { watch: { ignored: [generatedFilesIgnored(projectRoot, siteDir)] } } },
  // Pages whose key (src/lib/page-keys.ts) is unchanged are reused from the last build, left in the kept output folder (docs/incremental-builds.md).
  experimental: { incrementalBuild: true },
  // A Content-Security-Policy meta tag on every built page (src/lib/csp.ts; not in `astro dev`).
  security: { csp: contentSecurityPolicy },
});
