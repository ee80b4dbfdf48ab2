/**
 * JSON Schemas of the content collections and the data files, generated
 * from the zod schemas for editors that validate and autocomplete
 * frontmatter and YAML. `npm run schemas:generate` writes them to schemas/;
 * a unit test fails when the committed files no longer match the zod schemas.
 */
import { de } from '../../src/i18n/de.ts';
import { z } from 'astro/zod';
import { collections, COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';
import { metaOf } from '../../src/lib/schema-walk.ts';
import { redirectsSchema } from '../../src/schemas/redirects.ts';
import { SYNONYMS_FILE, synonymsSchema } from '../../src/schemas/synonyms.ts';

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // Dates are written as JJJJ-MM-TT in YAML; the zod side also accepts Date objects, which JSON cannot express.
      const meta = metaOf(zodSchema as unknown as z.ZodType);
      if (meta?.['format'] === 'date') {
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, { type: 'string', format: 'date', description: meta['description'] });
      }
    },
  }) as Record<string, unknown>;
}

export function jsonSchemaFor(collection: CollectionName): Record<string, unknown> {
  const definition = collections[collection];
  return {
    ...toJsonSchema(definition.schema as z.ZodType),
    $id: `https://wissensnetz/schemas/${collection}.schema.json`,
    title: `${de.collections[collection].singular} (content/${collection}/)`,
    description: `${de.collections[collection].intro} Erzeugt aus src/schemas/ mit "npm run schemas:generate"; nicht von Hand ändern.`,
  };
}

export function allJsonSchemas(): Record<string, string> {
  const redirects = {
    ...toJsonSchema(redirectsSchema),
    $id: 'https://wissensnetz/schemas/redirects.schema.json',
    title: 'Umzüge und Löschungen (content/redirects.yaml)',
  };
  const synonyms = {
    ...toJsonSchema(synonymsSchema),
    $id: 'https://wissensnetz/schemas/synonyms.schema.json',
    title: `Suchbegriffe mit gleicher Bedeutung (content/${SYNONYMS_FILE})`,
  };
  return {
    ...Object.fromEntries(
      COLLECTION_NAMES.map((name) => [`${name}.schema.json`, `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`]),
    ),
    'redirects.schema.json': `${JSON.stringify(redirects, null, 2)}\n`,
    'synonyms.schema.json': `${JSON.stringify(synonyms, null, 2)}\n`,
  };
}
