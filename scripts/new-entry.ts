/**
 * npm run new — creates a new content file with every required field and
 * German comments for the optional ones, derived from the schemas. It never
 * guesses a fact: what has no safe default is asked (interactively) or left
 * empty, and the checker then names exactly what is still to fill in.
 *
 *   npm run new                                  (asks step by step)
 *   npm run new -- --type stories --title "…" --partner mepa-leipzig --city leipzig
 *
 * Flags: --type (collection folder name), --title, --slug (file name),
 * --<field> for any top-level field (lists comma-separated, structured
 * values as JSON), --force.
 */
import { de } from '../src/i18n/de.ts';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import type { z } from 'astro/zod';
import { collections, COLLECTION_NAMES, isCollectionName, type CollectionName } from '../src/schemas/index.ts';
import { bodyTemplate, choicesOf, derivedValue, descriptionOf, isOptional, MissingValueError, scaffoldEntry } from '../src/lib/scaffold.ts';
import { objectShape, schemaType, walkValues } from '../src/lib/schema-walk.ts';
import { referenceTargetOf } from '../src/schemas/fields.ts';
import { closestMatch } from '../src/lib/german-text.ts';
import { germanSlug } from '../src/lib/german-text.ts';
import { checkContent } from '../tooling/content-check/check.ts';
import { formatProblem, isError } from '../tooling/content-check/problems.ts';
import { contentDir, siteDir } from '../src/lib/paths.ts';

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

/** Turns flag text into the field's type: JSON for structured values, lists split at commas, numbers as numbers. */
function convert(field: z.ZodType | undefined, raw: string): unknown {
  if (!field) return raw;
  const type = schemaType(field);
  if ((type === 'array' || type === 'object') && /^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      fail(`Der Wert "${raw}" ist kein gültiges JSON. Listen einfacher Angaben mit Komma trennen: a,b,c.`);
    }
  }
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

/**
 * Interactive: a reference is checked at once. An unknown name gets the
 * closest existing one offered, or the missing entry created in the same
 * run (a partner named in a story), with what is known about it.
 */
async function askReference(field: string, description: string, target: CollectionName, choices: string[]): Promise<string> {
  for (;;) {
    const answer = await ask(`${field}: ${description} (Nummer oder Dateiname)`, choices);
    if (choices.includes(answer)) return answer;
    if (!answer) continue;
    const suggestion = closestMatch(answer, choices);
    if (suggestion && (await ask(`"${answer}" gibt es nicht. Meinten Sie "${suggestion}"? (j/n)`)).toLowerCase().startsWith('j')) return suggestion;
    const singular = de.collections[target].singular;
    if ((await ask(`${singular} "${answer}" gibt es noch nicht – jetzt anlegen? (j/n)`)).toLowerCase().startsWith('j')) {
      return createReferenced(target, answer);
    }
  }
}

/** Writes a minimal new entry for a reference; its own references (a partner's city) are taken over or asked. */
async function createReferenced(target: CollectionName, name: string): Promise<string> {
  const id = germanSlug(name);
  const targetShape = objectShape(collections[target].schema as z.ZodType);
  const known: Record<string, unknown> = { title: name };
  for (const field of Object.keys(targetShape)) if (field !== 'title' && values[field] !== undefined && referenceTargetOf(targetShape[field]!)) known[field] = values[field];
  let text: string | undefined;
  while (text === undefined) {
    try {
      text = scaffoldEntry(target, { values: known, existingIds, today: new Date() }, bodyTemplate(target));
    } catch (error) {
      if (!(error instanceof MissingValueError)) throw error;
      const fieldSchema = targetShape[error.field]!;
      known[error.field] = await askReference(`${error.field} (für ${name})`, descriptionOf(fieldSchema), referenceTargetOf(fieldSchema)!, error.choices);
    }
  }
  const file = path.join(contentDir, target, `${id}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`✓ ${path.relative(process.cwd(), file)} angelegt (als Entwurf; bitte auch dort die Angaben ergänzen).`);
  return id;
}

/** Interactive: top-level fields without a safe default are asked, with their choices; Enter leaves them for later. */
async function askUnanswered() {
  for (const [name, field] of Object.entries(shape)) {
    if (values[name] !== undefined || isOptional(field) || derivedValue(name, { values, existingIds, today: new Date() }) !== undefined) continue;
    if (referenceTargetOf(field)) continue; // asked when the scaffold needs it
    const choices = choicesOf(field);
    const type = schemaType(field);
    if (!choices && !['string', 'number', 'int'].includes(type)) continue;
    const answer = await ask(`${name}: ${descriptionOf(field)}${choices ? ' (Nummer)' : ''} – leer lassen, um es später einzutragen:`, choices);
    if (answer) values[name] = convert(field, answer);
  }
}

if (interactive) await askUnanswered();

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
    const target = referenceTargetOf(shape[field]!)!;
    values[field] = await askReference(field, descriptionOf(shape[field]!), target, error.choices);
  }
}
prompt?.close();

const slug = flags['slug'] ?? germanSlug(String(values['title']));
const file = path.join(contentDir, collection, `${slug}.md`);
if (fs.existsSync(file) && flags['force'] !== 'true') fail(`${path.relative(process.cwd(), file)} gibt es schon. Anderen --slug wählen oder --force.`);

fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, text);
console.log(`✓ ${path.relative(process.cwd(), file)} angelegt${values['draft'] === false ? '' : ' (als Entwurf)'}.`);

// What is still to fill in, in the checker's own words.
const { problems } = await checkContent({ siteDir, production: false });
const open = problems.filter((problem) => isError(problem) && path.resolve(problem.file) === path.resolve(file));
if (open.length > 0) {
  console.log(`\n  Noch auszufüllen (${open.length}):\n`);
  console.log(open.map(formatProblem).join('\n\n'));
}
console.log('\n  Nächste Schritte: die Angaben oben ergänzen, Text schreiben, "draft: true" löschen, dann "npm run check:content".');
