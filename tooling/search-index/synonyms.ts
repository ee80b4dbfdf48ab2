/** TEMPORARY reader until the synonyms schema lands (branch synonyms replaces this file). */
import fs from 'node:fs';
import path from 'node:path';
import { loadYaml } from '../../src/lib/yaml.ts';

export function readSynonyms(siteDir: string): string[][] {
  const file = path.join(siteDir, 'content', 'search', 'synonyme.yaml');
  if (!fs.existsSync(file)) return [];
  const loaded = loadYaml(fs.readFileSync(file, 'utf8'));
  if ('problem' in loaded) throw new Error(loaded.problem.message);
  return ((loaded.data as { gruppen?: string[][] })?.gruppen ?? []).map((group) => group.map(String));
}
