// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteConfig } from './src/site.config.ts';
import { publicDir } from './src/lib/paths.ts';

// Markdown uses Astro 7's default processor, which has GitHub-flavoured
// Markdown built in for .md and .mdx alike (see README, "Markdown").
export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  publicDir,
  outDir: process.env.WISSENSNETZ_OUT_DIR ?? './dist',
  build: {
    format: 'directory',
    // One request per page: the stylesheet is small enough to inline.
    inlineStylesheets: 'always',
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
