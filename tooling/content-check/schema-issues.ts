/** Turns zod validation issues into problems a contributor can act on, in German. */
import { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';
import { defOf, formatPath, metaOf, objectShape, schemaAt, unwrap } from '../../src/lib/schema-walk.ts';
import { closestMatch } from '../../src/lib/german-text.ts';

// German built-in messages for everything we do not word ourselves.
z.config(z.locales.de());

function describe(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  const description = metaOf(schema)?.['description'];
  return typeof description === 'string' ? description : undefined;
}

/** What zod expected, as a contributor would say it. */
const EXPECTED_KIND: Record<string, string> = {
  boolean: 'true oder false',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  string: 'ein Text',
  array: 'eine Liste',
  object: 'eine Gruppe von Feldern',
  date: 'ein Datum',
};

const EXPECTED_FIX: Record<string, string> = {
  boolean: 'true (ja) oder false (nein) schreiben, ohne Anführungszeichen.',
  number: 'Nur die Zahl schreiben, ohne Anführungszeichen und ohne Einheit, z. B. 3.',
  int: 'Nur die Zahl schreiben, ohne Anführungszeichen und ohne Einheit, z. B. 3.',
  string: 'Den Text in Anführungszeichen setzen, z. B. "2018".',
  array: 'Eine Liste schreiben: jede Angabe in einer eigenen Zeile, eingerückt und mit "- " davor, oder in eckigen Klammern: ["a", "b"].',
  object: 'Die Angaben eingerückt unter den Feldnamen schreiben, je Zeile "name: Wert".',
};

/** How a missing list or group is written, so a contributor sees the shape, not only the word "Liste". */
function exampleFor(key: string, schema: z.ZodType | undefined): string {
  if (!schema) return '';
  const type = defOf(unwrap(schema)).type;
  if (type === 'array') {
    const element = defOf(unwrap(schema)).element as z.ZodType;
    const fields = Object.keys(objectShape(element));
    const item = fields.length > 0 ? `  - ${fields[0]}: …${fields.slice(1, 3).map((field) => `\n    ${field}: …`).join('')}` : '  - …';
    return ` Beispiel:\n${key}:\n${item}`;
  }
  if (type === 'object') {
    const fields = Object.keys(objectShape(schema)).slice(0, 3);
    return ` Beispiel:\n${key}:\n${fields.map((field) => `  ${field}: …`).join('\n')}`;
  }
  return '';
}

function kindOf(value: unknown): string {
  if (value === null) return 'nichts (leer)';
  if (Array.isArray(value)) return 'eine Liste';
  if (value instanceof Date) return 'ein Datum';
  if (typeof value === 'object') return 'eine Gruppe von Feldern';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'number') return `die Zahl ${value}`;
  return `der Text "${String(value)}"`;
}

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  data: unknown,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const field = formatPath(path);
    const fieldSchema = schemaAt(schema, path);
    const help = describe(fieldSchema);
    const valueAt = path.reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
      data,
    );

    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(objectShape(schemaAt(schema, path) ?? schema));
      for (const key of issue.keys) {
        const suggestion = closestMatch(key, known);
        problems.push({
          file,
          line: lineOf([...path, key]),
          field: formatPath([...path, key]),
          message: `Unbekanntes Feld "${key}". Es würde nicht angezeigt, deshalb wird es nicht angenommen.`,
          fix: suggestion
            ? `Meinten Sie "${suggestion}"? Erlaubte Felder hier: ${known.join(', ')}.`
            : `Feld entfernen oder umbenennen. Erlaubte Felder hier: ${known.join(', ')}.`,
        });
      }
      continue;
    }

    if (valueAt === '' || valueAt === null) {
      const allowed = 'values' in issue ? issue.values.map(String) : undefined;
      problems.push({
        file,
        line: lineOf(path),
        field,
        message: 'Das Feld ist noch leer.',
        fix: [help, allowed ? `Erlaubt sind: ${allowed.join(', ')}.` : ''].filter(Boolean).join(' ') || undefined,
      });
      continue;
    }

    if (valueAt === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
      problems.push({
        file,
        line: lineOf(path.slice(0, -1)),
        field,
        message: 'Pflichtfeld fehlt.',
        fix: `Feld "${String(path.at(-1))}" ergänzen${path.length === 1 ? ' (vor der schließenden Zeile "---")' : ''}${help ? `: ${help}` : '.'}${exampleFor(String(path.at(-1)), fieldSchema)}`,
      });
      continue;
    }

    if (issue.code === 'invalid_type' && metaOf(fieldSchema ?? schema)?.['format'] !== 'date') {
      const expected = EXPECTED_KIND[issue.expected] ?? 'einen anderen Wert';
      problems.push({
        file,
        line: lineOf(path),
        field,
        message: `Hier steht ${kindOf(valueAt)}, erwartet wird ${expected}.`,
        fix: EXPECTED_FIX[issue.expected] ?? help,
      });
      continue;
    }

    if (issue.code === 'invalid_union' && fieldSchema) {
      problems.push({
        file,
        line: lineOf(path),
        field,
        message: `"${String(valueAt)}" passt hier nicht.`,
        fix: help,
      });
      continue;
    }

    if (issue.code === 'invalid_value' && 'values' in issue) {
      const allowed = issue.values.map(String);
      const suggestion = typeof valueAt === 'string' ? closestMatch(valueAt, allowed) : undefined;
      problems.push({
        file,
        line: lineOf(path),
        field,
        message: `"${String(valueAt)}" ist hier nicht erlaubt.`,
        fix: `${suggestion ? `Meinten Sie "${suggestion}"? ` : ''}Erlaubt sind: ${allowed.join(', ')}.`,
      });
      continue;
    }

    if (metaOf(fieldSchema ?? schema)?.['format'] === 'uri' && path.length > 0) {
      problems.push({
        file,
        line: lineOf(path),
        field,
        message: `"${String(valueAt)}" ist keine vollständige Adresse einer Website.`,
        fix: 'Die Adresse muss mit https:// (oder http://) und einem Namen wie www.example.org beginnen. Andere Arten wie javascript: oder data: sind nicht erlaubt.',
      });
      continue;
    }

    if (metaOf(fieldSchema ?? schema)?.['format'] === 'date' && path.length > 0) {
      problems.push({
        file,
        line: lineOf(path),
        field,
        // Custom issues (e.g. "endDate liegt vor startDate") are already worded for people.
        message: issue.code === 'custom' ? issue.message : `"${String(valueAt)}" ist kein gültiges Datum.`,
        fix: `Datum im Format JJJJ-MM-TT schreiben, z. B. 2018-11-28.${help ? ` (${help})` : ''}`,
      });
      continue;
    }

    problems.push({
      file,
      line: lineOf(path),
      field: field || undefined,
      message: issue.message,
      fix: help,
    });
  }
  return problems;
}
