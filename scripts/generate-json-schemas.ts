/** npm run schemas:generate — writes schemas/<collection>.schema.json from the zod schemas. */
import fs from 'node:fs';
import path from 'node:path';
import { allJsonSchemas } from '../src/lib/json-schema.ts';

const folder = path.resolve('schemas');
fs.mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(allJsonSchemas())) {
  fs.writeFileSync(path.join(folder, file), text);
  console.log(`✓ schemas/${file}`);
}
