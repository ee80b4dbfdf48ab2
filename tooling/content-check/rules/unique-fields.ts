/** Fields marked `unique()` in a schema (one analysis per city): a second entry with the same value is an error. */
import { de } from '../../../src/i18n/de.ts';
import type { z } from 'astro/zod';
import { collections } from '../../../src/schemas/index.ts';
import { isUniqueField, referenceTargetOf } from '../../../src/schemas/fields.ts';
import { objectShape } from '../../../src/lib/schema-walk.ts';
import type { ContentProblem } from '../problems.ts';
import type { CheckedEntry, Rule } from '../view.ts';

export const uniqueFields: Rule = (view) => {
  const problems: ContentProblem[] = [];
  const first = new Map<string, CheckedEntry>();
  // Sorted, so the same file is blamed on every machine (directory order differs).
  for (const entry of [...view.entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const definition = collections[entry.collection];
    for (const [field, schema] of Object.entries(objectShape(definition.schema as z.ZodType))) {
      const value = entry.data[field];
      if (!isUniqueField(schema) || typeof value !== 'string' || !value.trim()) continue;
      const key = `${entry.collection}#${field}#${value.trim()}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, entry);
        continue;
      }
      const target = referenceTargetOf(schema);
      const what = target ? de.collections[target].singular : `Der Wert von ${field}`;
      problems.push({
        file: entry.file,
        line: entry.lineOf([field]),
        field,
        message: `${what} "${value}" hat schon eine ${de.collections[entry.collection].singular}: ${earlier.file}. Erlaubt ist nur eine.`,
        fix: `Die Angaben in ${earlier.file} ergänzen und diese Datei löschen (oder "${field}" korrigieren, falls eine andere Stadt gemeint ist).`,
      });
    }
  }
  return problems;
};
