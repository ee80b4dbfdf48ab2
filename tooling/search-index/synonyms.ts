/**
 * Reads content/search/synonyme.yaml for the search index step: groups of
 * words and phrases that mean the same in a search (see
 * src/schemas/synonyms.ts). `npm run check:content` runs before every build
 * and explains any mistake in the file with line and fix; this reader only
 * refuses, so a broken file can never reach the index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { SYNONYMS_FILE, synonymsSchema } from '../../src/schemas/synonyms.ts';
import { formatPath } from '../../src/lib/schema-walk.ts';
import { loadYaml } from '../../src/lib/yaml.ts';

// zod's own messages in German, for this parse only (the schema words its own checks).
const GERMAN = z.locales.de().localeError;

/**
 * The groups of content/search/synonyme.yaml under `siteDir` (the folder
 * holding content/), in file order, each term as written. No file: [].
 * Throws an Error with a German message when the file is invalid.
 */
export function readSynonyms(siteDir: string): string[][] {
  const file = path.join(siteDir, 'content', SYNONYMS_FILE);
  const shown = `content/${SYNONYMS_FILE}`;
  if (!fs.existsSync(file)) return [];
  const refuse = (reason: string) => new Error(`${shown} ist ungültig: ${reason} Details: npm run check:content`);
  if (fs.lstatSync(file).isSymbolicLink()) throw refuse('Hier liegt eine Verknüpfung (Symlink) statt einer echten Datei.');
  const loaded = loadYaml(fs.readFileSync(file, 'utf8'));
  if ('problem' in loaded) {
    throw refuse(`${loaded.problem.line ? `Zeile ${loaded.problem.line}: ` : ''}${loaded.problem.message}`);
  }
  const result = synonymsSchema.safeParse(loaded.data ?? {}, { error: GERMAN });
  if (!result.success) {
    const [first, ...others] = result.error.issues;
    const where = first && first.path.length > 0 ? `${formatPath(first.path)}: ` : '';
    const more = others.length > 0 ? ` (und ${others.length} ${others.length === 1 ? 'weiteres Problem' : 'weitere Probleme'})` : '';
    throw refuse(`${where}${first?.message ?? 'Unbekannter Fehler.'}${more}`);
  }
  return result.data.gruppen;
}
