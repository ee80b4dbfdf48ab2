/**
 * Last step of `npm run build`: writes the Pagefind index into the built
 * site. A separate process on purpose (see src/integrations/pagefind.ts).
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { PAGEFIND_FOLDER } from '../src/integrations/pagefind.ts';

const site = path.resolve(process.env.WISSENSNETZ_OUT_DIR ?? 'dist');
const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
const indexed = await index.addDirectory({ path: site });
if (indexed.errors.length) throw new Error(`Pagefind-Fehler: ${indexed.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: path.join(site, PAGEFIND_FOLDER) });
if (written.errors.length) throw new Error(`Pagefind-Fehler: ${written.errors.join('; ')}`);
await close();
console.log(`Suchindex: ${indexed.page_count} Seiten indexiert (${path.relative(process.cwd(), site) || '.'}/${PAGEFIND_FOLDER}/).`);
