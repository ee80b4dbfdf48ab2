/**
 * The configuration of the browser editor at /admin/ (Decap CMS), derived
 * from the zod schemas and nothing else: every collection of the registry,
 * every field with its German label and hint (from the schema's
 * description), required or not, choices as selects, references as relation
 * widgets listing the existing entries, lists and groups as nested fields,
 * dates, the Markdown body and uploads into public/downloads/.
 *
 * `npm run schemas:generate` writes it to public/admin/config.yml; a unit
 * test fails when that file is stale (tests/unit/editor-config.test.ts).
 */
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { collections, COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';
import { isDownloadField, referenceTargetOf } from '../../src/schemas/fields.ts';
import { choicesOf, descriptionOf, isOptional } from '../../src/lib/scaffold.ts';
import { defOf, metaOf, objectShape, schemaType, unwrap } from '../../src/lib/schema-walk.ts';
import { de } from '../../src/i18n/de.ts';
import { siteConfig } from '../../src/site.config.ts';

/** Where the editor runs against decap-server on the contributor's own machine (`npm run editor`). */
export const LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

/** Downloads: uploads land here, and pages link them under /downloads/. */
export const MEDIA_FOLDER = 'public/downloads';
export const PUBLIC_FOLDER = '/downloads';

type Field = Record<string, unknown>;

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: () => unknown;
}

function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (defOf(unwrap(schema)).checks ?? []) as { _zod: { def: CheckDef } }[];
  return checks.map((check) => check._zod.def);
}

/** The schema's own German message for a check, if it has one. */
function messageOf(check: CheckDef): string | undefined {
  const message = typeof check.error === 'function' ? check.error() : undefined;
  return typeof message === 'string' ? message : undefined;
}

/**
 * A short German label from the field's description: `title` metadata when
 * the schema has one, else the description up to its first clause
 * ("Stadt (Datei aus content/cities/)." → "Stadt").
 */
export function labelOf(schema: z.ZodType, name: string): string {
  const title = metaOf(schema)?.['title'];
  if (typeof title === 'string' && title) return title;
  const description = descriptionOf(schema);
  const head = description.split(/[:;,(]|\.(?:\s|$)|\s[–-]\s/)[0]?.trim() ?? '';
  if (head && head.length <= 48) return head.replace(/\.$/, '');
  return name;
}

function lengthPattern(schema: z.ZodType): [string, string] | undefined {
  let min = 0;
  let max: number | undefined;
  const messages: string[] = [];
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 1) {
      min = check.minimum;
      messages.push(messageOf(check) ?? `Mindestens ${min} Zeichen.`);
    }
    if (check.check === 'max_length' && check.maximum !== undefined) {
      max = check.maximum;
      messages.push(messageOf(check) ?? `Höchstens ${max} Zeichen.`);
    }
  }
  if (!min && max === undefined) return undefined;
  // The schema trims before it counts; leading and trailing spaces do not count here either.
  return [`^\\s*[\\s\\S]{${min},${max ?? ''}}\\s*$`.replace('{0,', '{0,'), messages.join(' ')];
}

function formatPattern(schema: z.ZodType): [string, string] | undefined {
  const inner = defOf(unwrap(schema)) as { format?: string; error?: () => unknown };
  const format = inner.format;
  const message = typeof inner.error === 'function' ? inner.error() : undefined;
  if (format === 'url') return ['^https?://[^\\s/]+\\.[^\\s]+$', String(message ?? 'Adresse mit https:// angeben.')];
  if (format === 'email') return ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', String(message ?? 'Keine gültige E-Mail-Adresse.')];
  for (const check of checksOf(schema)) {
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      return [check.pattern.source, messageOf(check) ?? 'Ungültiges Format.'];
    }
  }
  return undefined;
}

function numberLimits(schema: z.ZodType): { min?: number; max?: number } {
  const limits: { min?: number; max?: number } = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'greater_than' && check.value !== undefined) limits.min = check.inclusive ? check.value : check.value + (Number.isInteger(check.value) ? 1 : 0);
    if (check.check === 'less_than' && check.value !== undefined) limits.max = check.value;
  }
  return limits;
}

function listLimits(schema: z.ZodType): { min?: number; max?: number } {
  const limits: { min?: number; max?: number } = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum) limits.min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) limits.max = check.maximum;
  }
  return limits;
}

/** Entries of another collection to choose from, stored as their file name. */
function relation(target: CollectionName, multiple: boolean): Field {
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    options_length: 5000,
    ...(multiple ? { multiple: true } : {}),
  };
}

/** The widget and its options for one schema, without name, label and hint. */
function widgetFor(schema: z.ZodType): Field {
  const target = referenceTargetOf(schema);
  if (target) return relation(target, false);
  if (isDownloadField(schema)) return { widget: 'file', media_folder: `/${MEDIA_FOLDER}`, public_folder: PUBLIC_FOLDER, choose_url: false };
  if (metaOf(schema)?.['format'] === 'date') {
    return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true, default: '' };
  }
  const choices = choicesOf(schema);
  if (choices) return { widget: 'select', options: choices };
  const type = schemaType(schema);
  switch (type) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
    case 'int': {
      const integer = type === 'int' || (defOf(unwrap(schema)) as { format?: string }).format === 'safeint';
      return { widget: 'number', value_type: integer ? 'int' : 'float', ...numberLimits(schema) };
    }
    case 'array': {
      const element = defOf(unwrap(schema)).element as z.ZodType;
      const elementTarget = referenceTargetOf(element);
      if (elementTarget) return { ...relation(elementTarget, true), ...listLimits(schema) };
      const elementChoices = choicesOf(element);
      if (elementChoices) return { widget: 'select', options: elementChoices, multiple: true, ...listLimits(schema) };
      const base = { widget: 'list', collapsed: false, ...listLimits(schema) };
      if (schemaType(element) === 'object') return { ...base, fields: fieldsOf(element) };
      return { ...base, field: { name: 'item', label: labelOf(element, 'Eintrag'), ...hintOf(element), ...widgetFor(element), ...patternOf(element) } };
    }
    case 'object':
      return { widget: 'object', collapsed: false, fields: fieldsOf(schema) };
    default: {
      const long = checksOf(schema).some((check) => check.check === 'max_length' && (check.maximum ?? 0) > 320);
      return { widget: long ? 'text' : 'string' };
    }
  }
}

function hintOf(schema: z.ZodType): Field {
  const description = descriptionOf(schema);
  return description ? { hint: description } : {};
}

function patternOf(schema: z.ZodType): Field {
  if (schemaType(schema) !== 'string' || referenceTargetOf(schema) || isDownloadField(schema) || choicesOf(schema)) return {};
  if (metaOf(schema)?.['format'] === 'date') return {};
  const pattern = formatPattern(schema) ?? lengthPattern(schema);
  return pattern ? { pattern } : {};
}

/** One editor field per schema field, in the schema's order. */
function fieldsOf(schema: z.ZodType): Field[] {
  return Object.entries(objectShape(schema)).map(([name, field]) => fieldFor(name, field));
}

function fieldFor(name: string, schema: z.ZodType): Field {
  const widget = widgetFor(schema);
  const field: Field = { name, label: labelOf(schema, name), ...hintOf(schema), ...widget, ...patternOf(schema) };
  if (isOptional(schema)) field['required'] = false;
  // A list starts empty ("Quellen hinzufügen"), not with one blank item the contributor has to delete.
  if (widget['widget'] === 'list') Object.assign(field, { label_singular: field['label'], default: [] });
  // Lists and groups the contributor leaves empty are left out of the file, not written as [] or {}.
  if (widget['widget'] === 'boolean' && isOptional(schema)) field['default'] = false;
  return field;
}

function collectionConfig(name: CollectionName): Field {
  const { schema, route } = collections[name];
  const names = de.collections[name];
  return {
    name,
    label: names.plural,
    label_singular: names.singular,
    description: names.intro,
    folder: `content/${name}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // The file name is the address: made from the title, as `npm run new` does.
    slug: '{{title}}',
    identifier_field: 'title',
    summary: '{{title}}',
    preview_path: route ? `${route}/{{slug}}/` : '{{slug}}/',
    sortable_fields: ['title', 'stand'],
    fields: [...fieldsOf(schema as z.ZodType), { name: 'body', label: 'Text', widget: 'markdown', required: false, hint: 'Der Text der Seite in Markdown.' }],
  };
}

/** The whole configuration as data. */
export function editorConfig(): Record<string, unknown> {
  const repository = new URL(siteConfig.repository.url);
  return {
    // Signed in on the Git host; every entry becomes a branch and a pull request (docs in README, "Editor").
    backend: {
      name: 'github',
      repo: repository.pathname.replace(/^\/|\/$/g, ''),
      branch: siteConfig.repository.branch,
      commit_messages: {
        create: '{{collection}}: „{{slug}}“ angelegt (Editor)',
        update: '{{collection}}: „{{slug}}“ geändert (Editor)',
        delete: '{{collection}}: „{{slug}}“ gelöscht (Editor)',
        uploadMedia: 'Download „{{path}}“ hochgeladen (Editor)',
        deleteMedia: 'Download „{{path}}“ gelöscht (Editor)',
      },
    },
    publish_mode: 'editorial_workflow',
    // Only on localhost: `npm run editor` writes into the working tree through decap-server.
    local_backend: { url: LOCAL_BACKEND_URL },
    locale: 'de',
    site_url: siteConfig.url,
    display_url: siteConfig.url,
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // ASCII file names: lower case, no accents, hyphens (the checker's slug rule).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    search: true,
    collections: COLLECTION_NAMES.map(collectionConfig),
  };
}

export const EDITOR_CONFIG_FILE = 'public/admin/config.yml';

export function editorConfigYaml(): string {
  return `# Generated from src/schemas/ by "npm run schemas:generate" (tooling/editor/config.ts). Do not edit.\n${stringify(editorConfig(), { lineWidth: 0 })}`;
}
