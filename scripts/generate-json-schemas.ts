/**
 * npm run schemas:generate — writes what editors read from the zod schemas:
 * schemas/<collection>.schema.json, and the funding vocabulary table in
 * CONTRIBUTING.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allJsonSchemas } from '../src/lib/json-schema.ts';
import { withFundingVocabulary } from '../src/lib/funding-docs.ts';

const folder = path.resolve('schemas');
fs.mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(allJsonSchemas())) {
  fs.writeFileSync(path.join(folder, file), text);
  console.log(`✓ schemas/${file}`);
}

const guide = path.resolve('CONTRIBUTING.md');
fs.writeFileSync(guide, withFundingVocabulary(fs.readFileSync(guide, 'utf8')));
console.log('✓ CONTRIBUTING.md (Vokabular der Förderangaben)');
