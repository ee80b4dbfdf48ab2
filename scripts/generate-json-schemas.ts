/**
 * npm run schemas:generate — writes what editors read from the zod schemas:
 * schemas/<collection>.schema.json, and the generated sections of
 * CONTRIBUTING.md (tooling/docs/guide-sections.ts), and the browser editor's
 * configuration public/admin/config.yml (tooling/editor/config.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { allJsonSchemas } from '../tooling/docs/json-schema.ts';
import { withGeneratedSections } from '../tooling/docs/guide-sections.ts';
import { EDITOR_CONFIG_FILE, editorConfigYaml } from '../tooling/editor/config.ts';

const folder = path.resolve('schemas');
fs.mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(allJsonSchemas())) {
  fs.writeFileSync(path.join(folder, file), text);
  console.log(`✓ schemas/${file}`);
}

const guide = path.resolve('CONTRIBUTING.md');
fs.writeFileSync(guide, withGeneratedSections(fs.readFileSync(guide, 'utf8')));
console.log('✓ CONTRIBUTING.md (Förderangaben, Dateiarten)');

fs.mkdirSync(path.dirname(EDITOR_CONFIG_FILE), { recursive: true });
fs.writeFileSync(EDITOR_CONFIG_FILE, editorConfigYaml());
console.log(`✓ ${EDITOR_CONFIG_FILE} (Editor)`);
