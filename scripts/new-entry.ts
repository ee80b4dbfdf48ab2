/**
 * npm run new — creates a new content file with every required field and
 * German comments for the optional ones, derived from the schemas.
 *
 *   npm run new                                  (asks step by step)
 *   npm run new -- --type stories --title "…" --partner mepa-leipzig --city leipzig
 *
 * Flags: --type (collection folder name), --title, --slug (file name),
 * --<field> for any top-level field (lists comma-separated), --force.
 */
import { de } from '../src/i18n/de.ts';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import type { z } from 'astro/zod';
import { collections, COLLECTION_NAMES, isCollectionName, type CollectionName } from '../src/schemas/index.ts';
import { bodyTemplate, choicesOf, descriptionOf, MissingValueError, scaffoldEntry } from '../src/lib/scaffold.ts';
import { objectShape, schemaType, walkValues } from '../src/lib/schema-walk.ts';
import { referenceTargetOf } from '../src/schemas/fields.ts';
import { closestMatch } from '../src/lib/german-text.ts';
import { germanSlug } from '../src/lib/german-text.ts';
import { parseMarkdownFile } from '../tooling/content-check/frontmatter.ts';
import { contentDir } from '../src/lib/paths.ts';

function parseFlags(argv: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) flags[name] = inline;
    else if (argv[index + 1] && !argv[index + 1]!.startsWith('--')) flags[name] = argv[++index]!;
    else flags[name] = 'true';
  }
  return flags;
}

function existingIds(collection: CollectionName): string[] {
  const folder = path.join(contentDir, collection);
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((file) => /\.mdx?$/.test(file)).map((file) => file.replace(/\.mdx?$/, '')).sort();
}

/** Turns flag text into the field's type: lists split at commas, numbers as numbers. */
function convert(field: z.ZodType | undefined, raw: string): unknown {
  if (!field) return raw;
  const type = schemaType(field);
  if (type === 'array') return raw.split(',').map((item) => item.trim()).filter(Boolean);
  if (type === 'number' || type === 'int') return Number(raw);
  if (type === 'boolean') return raw === 'true';
  return raw;
}

const flags = parseFlags(process.argv.slice(2));
const interactive = process.stdin.isTTY && !flags['type'];
const prompt = interactive ? readline.createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(question: string, choices?: string[]): Promise<string> {
  if (!prompt) throw new Error(question);
  if (choices?.length) console.log(choices.map((choice, index) => `  ${index + 1}) ${choice}`).join('\n'));
  const answer = (await prompt.question(`${question} `)).trim();
  const byNumber = choices?.[Number(answer) - 1];
  return byNumber ?? answer;
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let type = flags['type'];
if (!type && interactive) {
  const labels = COLLECTION_NAMES.map((name) => `${name} – ${de.collections[name].plural}`);
  type = (await ask('Was möchten Sie anlegen? (Nummer)', labels)).split(' ')[0];
}
if (!type || !isCollectionName(type)) {
  fail(`Bitte --type angeben. Möglich: ${COLLECTION_NAMES.join(', ')}.`);
}
const collection: CollectionName = type;
const shape = objectShape(collections[collection].schema as z.ZodType);

const values: Record<string, unknown> = {};
for (const [name, raw] of Object.entries(flags)) {
  if (['type', 'slug', 'force'].includes(name)) continue;
  if (!(name in shape)) fail(`Das Feld "${name}" gibt es bei ${de.collections[collection].plural} nicht. Felder: ${Object.keys(shape).join(', ')}.`);
  values[name] = convert(shape[name], raw);
}
// References given as flags must name existing entries; say which ones exist, as the checker would.
for (const [name, value] of Object.entries(values)) {
  walkValues(shape[name]!, value, ({ schema, value: item }) => {
    const target = referenceTargetOf(schema);
    if (!target || typeof item !== 'string') return;
    const ids = existingIds(target);
    if (ids.includes(item)) return;
    const suggestion = closestMatch(item, ids);
    fail(`--${name}: "${item}" gibt es nicht in content/${target}/.${suggestion ? ` Meinten Sie "${suggestion}"?` : ''} Vorhanden: ${ids.join(', ') || '(noch keine)'}.`);
  });
}
if (!values['title'] && interactive) values['title'] = await ask(`Titel (${descriptionOf(shape['title']!)})`);
if (!values['title']) fail('Bitte --title "…" angeben.');

let text: string | undefined;
while (text === undefined) {
  try {
    text = scaffoldEntry(collection, { values, existingIds, today: new Date() }, bodyTemplate(collection));
  } catch (error) {
    if (!(error instanceof MissingValueError)) throw error;
    const field = error.field;
    if (!interactive) {
      fail(`Bitte --${field} angeben${error.choices.length ? `. Vorhanden: ${error.choices.join(', ')}` : ''}. (${descriptionOf(shape[field]!)})`);
    }
    const answer = await ask(`${field}: ${descriptionOf(shape[field]!)}`, error.choices.length ? error.choices : choicesOf(shape[field]!));
    values[field] = convert(shape[field], answer);
  }
}
prompt?.close();

const slug = flags['slug'] ?? germanSlug(String(values['title']));
const file = path.join(contentDir, collection, `${slug}.md`);
if (fs.existsSync(file) && flags['force'] !== 'true') fail(`${path.relative(process.cwd(), file)} gibt es schon. Anderen --slug wählen oder --force.`);

// The scaffold must itself be valid: parse it the way the checker will.
const parsed = parseMarkdownFile(text);
const result = 'message' in parsed ? undefined : collections[collection].schema.safeParse(parsed.data);
if (!result?.success) fail(`Interner Fehler: die Vorlage ist ungültig (${JSON.stringify(result?.error.issues ?? parsed)}).`);

fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, text);
console.log(`✓ ${path.relative(process.cwd(), file)} angelegt${values["draft"] === false ? "" : " (als Entwurf)"}.`);
console.log('  Nächste Schritte: Platzhalter ersetzen, Text schreiben, "draft: true" löschen, dann "npm run check:content".');
