/**
 * Writes a new content file from a collection's schema: every required
 * field with a value, every optional field as a German comment explaining
 * it. Used by `npm run new`; nothing here lists fields by hand.
 */
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../schemas/index.ts';
import { referenceTargetOf } from '../schemas/fields.ts';
import { defOf, metaOf, objectShape, schemaType, unwrap } from './schema-walk.ts';
import { isoDate } from './dates.ts';

interface CheckDef {
  check: string;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
}

/** Optional means the contributor may leave it out: optional or with a default. */
export function isOptional(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  if (type === 'optional' || type === 'default' || type === 'prefault') return true;
  if (type === 'pipe') return isOptional(defOf(schema).in as z.ZodType);
  return false;
}

export function descriptionOf(schema: z.ZodType): string {
  const description = metaOf(schema)?.['description'];
  return typeof description === 'string' ? description : '';
}

/** Smallest allowed length (strings, lists) or value (numbers), read from the schema's checks. */
function minimumOf(schema: z.ZodType): number {
  const checks = (defOf(unwrap(schema)).checks ?? []) as { _zod: { def: CheckDef } }[];
  let minimum = 0;
  for (const { _zod } of checks) {
    const check = _zod.def;
    if (check.check === 'min_length' && check.minimum !== undefined) minimum = Math.max(minimum, check.minimum);
    if (check.check === 'greater_than' && check.value !== undefined) {
      minimum = Math.max(minimum, check.inclusive ? check.value : Math.floor(check.value) + 1);
    }
  }
  return minimum;
}


/** Allowed values of an enum (or of a union of literals and enums), if the field is one. */
export function choicesOf(schema: z.ZodType): string[] | undefined {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>);
  if (def.type === 'literal') return (def.values as unknown[]).map(String);
  if (def.type === 'union') {
    const options = (def.options as z.ZodType[]).map(choicesOf);
    if (options.every((option) => option)) return options.flat() as string[];
  }
  return undefined;
}

export class MissingValueError extends Error {
  readonly field: string;
  readonly choices: string[];
  constructor(field: string, choices: string[]) {
    super(`Für "${field}" fehlt ein Wert.`);
    this.field = field;
    this.choices = choices;
  }
}

export interface ScaffoldContext {
  /** Values given by the contributor (flags or answers), by top-level field name. */
  values: Record<string, unknown>;
  /** Existing entry ids per collection, to validate and offer references. */
  existingIds(collection: CollectionName): string[];
  today: Date;
}

/** What the scaffolder writes as a prompt; `npm run check:content` refuses it anywhere (rules/placeholders.ts). */
export const PROMPT_PREFIX = 'Bitte ausfüllen:';

/**
 * Values the scaffolder may fill in without asking, because they follow
 * from what the contributor said or from the day: an entry about a city is
 * local, and its facts were checked today. Nothing else is ever guessed.
 */
const DERIVED: Record<string, (context: ScaffoldContext) => unknown> = {
  scope: (context) => (context.values['city'] ? 'lokal' : undefined),
  stand: (context) => isoDate(context.today),
};

export function derivedValue(field: string, context: ScaffoldContext): unknown {
  return DERIVED[field]?.(context);
}

/**
 * The value of a required field nobody has answered yet: left empty (or as
 * the JJJJ-MM-TT pattern), so the file does not validate and the checker
 * names exactly this field, with its choices. Never a plausible guess: a
 * guessed "bundesweit" or "gesichert" would be published as a fact.
 */
function unanswered(schema: z.ZodType, field: string, context: ScaffoldContext): unknown {
  const target = referenceTargetOf(schema);
  if (target) throw new MissingValueError(field, context.existingIds(target));
  if (choicesOf(schema)) return '';
  if (metaOf(schema)?.['format'] === 'date') return 'JJJJ-MM-TT';
  switch (schemaType(schema)) {
    case 'string':
      return '';
    case 'number':
    case 'int':
      return null;
    case 'boolean':
      return false;
    case 'array': {
      const element = defOf(unwrap(schema)).element as z.ZodType;
      const count = Math.max(1, minimumOf(schema));
      return Array.from({ length: count }, () => unanswered(element, `${field}[]`, context));
    }
    case 'object': {
      const entries = Object.entries(objectShape(schema)).filter(([, sub]) => !isOptional(sub));
      return Object.fromEntries(entries.map(([key, sub]) => [key, unanswered(sub, `${field}.${key}`, context)]));
    }
    default:
      return '';
  }
}

function yamlLine(key: string, value: unknown): string {
  return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
}

function commentFor(schema: z.ZodType): string {
  const parts = [descriptionOf(schema)];
  const choices = choicesOf(schema);
  if (choices) parts.push(`Erlaubt: ${choices.join(', ')}.`);
  const element = defOf(unwrap(schema)).element as z.ZodType | undefined;
  const target = referenceTargetOf(schema) ?? (element ? referenceTargetOf(element) : undefined);
  if (target && !parts[0]?.includes('content/')) parts.push(`Dateinamen aus content/${target}/.`);
  return parts.filter(Boolean).join(' ');
}

/** True for objects and lists other than lists of references: they get a commented example. */
function isStructured(schema: z.ZodType): boolean {
  const type = schemaType(schema);
  if (type === 'object') return true;
  if (type !== 'array') return false;
  // Lists of references (topics: [a, b]) are simple enough; the comment names the folder.
  const element = defOf(unwrap(schema)).element as z.ZodType;
  return !referenceTargetOf(element);
}

/**
 * An example value for one field, as it would be written by hand: empty text
 * (the comment names the choices), JJJJ-MM-TT for dates. Deliberately not valid
 * where a real answer is needed (empty text, a date pattern): uncommented but
 * unfilled, the checker says exactly which field still needs an answer.
 */
function exampleScalar(schema: z.ZodType): string {
  if (metaOf(schema)?.['format'] === 'date') return 'JJJJ-MM-TT';
  const type = schemaType(schema);
  if (type === 'number' || type === 'int') return String(Math.max(1, minimumOf(schema)));
  if (type === 'boolean') return 'false';
  return '""';
}


/**
 * Commented example lines for a structured field: the list item (or object)
 * with one line per sub-field and its description. Optional sub-fields stay
 * commented one level deeper, as at the top level.
 */
function exampleLines(key: string, schema: z.ZodType, indent: string): string[] {
  const lines: string[] = [];
  const type = schemaType(schema);
  if (type === 'array') {
    const element = defOf(unwrap(schema)).element as z.ZodType;
    lines.push(`${indent}${key}:`);
    if (schemaType(element) === 'object') lines.push(...objectLines(element, `${indent}  - `, `${indent}    `));
    else lines.push(`${indent}  - ${exampleScalar(element)}   # ${commentFor(element)}`);
  } else if (type === 'object') {
    lines.push(`${indent}${key}:`, ...objectLines(schema, `${indent}  `, `${indent}  `));
  } else {
    lines.push(`${indent}${key}: ${exampleScalar(schema)}   # ${commentFor(schema)}`);
  }
  return lines;
}

function objectLines(schema: z.ZodType, firstIndent: string, indent: string): string[] {
  const lines: string[] = [];
  // Required sub-fields first: the list dash must sit on a real line, not on a commented one.
  const fields = Object.entries(objectShape(schema)).sort(([, a], [, b]) => Number(isOptional(a)) - Number(isOptional(b)));
  for (const [key, field] of fields) {
    const prefix = lines.length === 0 ? firstIndent : indent;
    if (isOptional(field)) {
      lines.push(`${indent}# ${key}: (optional) ${commentFor(field)}`);
    } else if (isStructured(field) || schemaType(field) === 'array') {
      const [head, ...rest] = exampleLines(key, field, indent);
      lines.push(`${prefix}${head!.trimStart()}`, ...rest);
    } else {
      lines.push(`${prefix}${key}: ${exampleScalar(field)}   # ${commentFor(field)}`);
    }
  }
  return lines;
}

/** The frontmatter and a body skeleton for a new entry. */
export function scaffoldEntry(collection: CollectionName, context: ScaffoldContext, body = ''): string {
  const shape = objectShape(collections[collection].schema as z.ZodType);
  const lines: string[] = [];
  const optionalLines: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const given = context.values[key];
    if (given !== undefined) {
      lines.push(`# ${commentFor(field)}`, yamlLine(key, given));
    } else if (!isOptional(field)) {
      const derived = derivedValue(key, context);
      lines.push(`# ${commentFor(field)}`, yamlLine(key, derived !== undefined ? derived : unanswered(field, key, context)));
    } else if (key !== 'draft') {
      optionalLines.push(`# ${key}: (optional) ${commentFor(field)}`);
      if (isStructured(field)) {
        optionalLines.push(`#   Vorlage: zum Nutzen bei den folgenden Zeilen "# " am Zeilenanfang entfernen und ausfüllen.`);
        optionalLines.push(...exampleLines(key, field, '').map((line) => `# ${line}`));
      }
    }
  }
  const draft = context.values['draft'] === undefined ? ['# Entwurf: wird erst veröffentlicht, wenn diese Zeile gelöscht ist.', 'draft: true'] : [];
  return ['---', ...lines, ...draft, '', '# Weitere Felder (optional): Raute und "(optional)" entfernen, um sie zu nutzen.', ...optionalLines, '---', '', body].join('\n');
}

/** Body skeletons: stories follow the good-practice structure. */
export function bodyTemplate(collection: CollectionName): string {
  if (collection === 'stories') {
    return ['## Ausgangslage', '', '## Ziele', '', '## Vorgehen', '', '## Ergebnis', '', '## Übertragbarkeit', '', '<!-- Nur Abschnitte behalten, zu denen es belegte Angaben gibt. -->', ''].join('\n');
  }
  if (collection === 'meetings') return ['## Bericht', '', `${PROMPT_PREFIX} Was besprochen wurde, in ganzen Sätzen.`, ''].join('\n');
  if (collection === 'modules') return ['## Einführung', '', `${PROMPT_PREFIX} Worum es in diesem Modul geht.`, ''].join('\n');
  if (collection === 'analyses') {
    return ['## Wie die Analyse entstanden ist', '', `${PROMPT_PREFIX} Wann, mit wem (als Rollen) und wie die Angaben gesammelt wurden.`, ''].join('\n');
  }
  return '';
}
