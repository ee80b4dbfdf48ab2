/**
 * Last step of `npm run build`: writes the search index and the search
 * vocabulary into the built site (tooling/search-index/). A separate
 * process on purpose (see src/integrations/pagefind.ts).
 */
import path from 'node:path';
import { PAGEFIND_FOLDER } from '../src/integrations/pagefind.ts';
import { cacheDir } from '../src/lib/paths.ts';
import { buildSearchIndex } from '../tooling/search-index/build-index.ts';

const outDir = path.resolve(process.env.WISSENSNETZ_OUT_DIR ?? 'dist');
const siteDir = path.resolve(process.env.WISSENSNETZ_SITE_DIR ?? '.');
const built = await buildSearchIndex({ outDir, siteDir, indexFolder: PAGEFIND_FOLDER, cacheDir });
console.log(
  `Suchindex: ${built.pages} Seiten indexiert, ${built.extraTerms} Zusatzbegriffe (Wortteile, Synonyme), ` +
    `${built.words} Wörter im Suchwortschatz (${path.relative(process.cwd(), outDir) || '.'}/${PAGEFIND_FOLDER}/); ` +
    `${built.pagesReused} Seiten unverändert seit dem letzten Index, ${built.pagesRead} neu gelesen.`,
);
