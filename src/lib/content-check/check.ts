/**
 * Checks all contributed content the way the build will use it, and more:
 * every problem in every file at once, each with file, line, field and fix.
 * Used by `npm run check:content` (before every build) and by the tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { collections, COLLECTION_NAMES, isCollectionName, type CollectionName } from '../../schemas/index.ts';
import { isDownloadField, isUniqueField, referenceTargetOf, SLUG_PATTERN } from '../../schemas/fields.ts';
import { collectReferences } from '../references.ts';
import { objectShape, walkValues } from '../schema-walk.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { issuesToProblems } from './schema-issues.ts';
import { closestMatch } from './suggest.ts';
import type { ContentProblem } from './problems.ts';
import { redirectsSchema, REDIRECTS_FILE } from '../../schemas/redirects.ts';
import { collectionUrl, entryUrl, RESERVED_IDS, STATIC_PAGES } from '../urls.ts';
import { LineCounter, parseDocument } from 'yaml';

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;
/** Larger files are almost always a pasted document or image; they belong in public/downloads/. */
export const MAX_CONTENT_BYTES = 200 * 1024;

export interface CheckOptions {
  /** Folder holding content/ and public/. */
  siteDir: string;
  /** Production leaves drafts out, so published entries must not point at drafts. */
  production: boolean;
  /** Paths in messages are relative to this folder (the project root). */
  displayRoot?: string;
}

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown> & { title: string; draft: boolean };
  /** False when the schema rejected the entry; its raw data is still cross-checked. */
  valid: boolean;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface CheckResult {
  problems: ContentProblem[];
  entries: CheckedEntry[];
}

export function checkContent(options: CheckOptions): CheckResult {
  const contentDir = path.join(options.siteDir, 'content');
  const publicDir = path.join(options.siteDir, 'public');
  const display = (absolute: string) => path.relative(options.displayRoot ?? process.cwd(), absolute) || '.';
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];

  if (!fs.existsSync(contentDir)) {
    return { problems: [{ file: display(contentDir), message: 'Der Ordner content/ fehlt.' }], entries };
  }

  for (const dirent of fs.readdirSync(contentDir, { withFileTypes: true })) {
    const absolute = path.join(contentDir, dirent.name);
    if (dirent.isFile()) {
      if (dirent.name.startsWith('.')) continue;
      if (dirent.name === REDIRECTS_FILE) continue;
      problems.push({
        file: display(absolute),
        message: 'Die Datei liegt direkt in content/ und gehört zu keiner Sammlung; sie würde nicht veröffentlicht.',
        fix: `In einen der Ordner verschieben: ${COLLECTION_NAMES.map((name) => `content/${name}/`).join(', ')}.`,
      });
      continue;
    }
    if (!isCollectionName(dirent.name)) {
      const suggestion = closestMatch(dirent.name, COLLECTION_NAMES);
      problems.push({
        file: display(absolute),
        message: `Den Ordner "${dirent.name}" kennt das Wissensnetz nicht; seine Dateien würden nicht veröffentlicht.`,
        fix: `${suggestion ? `Meintest du "content/${suggestion}/"? ` : ''}Vorhandene Sammlungen: ${COLLECTION_NAMES.join(', ')}.`,
      });
      continue;
    }
    entries.push(...checkCollectionFolder(dirent.name, absolute, display, problems));
  }

  problems.push(...checkRedirects(contentDir, entries, options.production, display));
  problems.push(...checkDuplicates(entries));
  problems.push(...checkUniqueFields(entries));
  problems.push(...checkReferences(entries, options.production));
  problems.push(...checkDownloads(entries, publicDir, display));
  return { problems, entries };
}

function checkCollectionFolder(
  collection: CollectionName,
  folder: string,
  display: (absolute: string) => string,
  problems: ContentProblem[],
): CheckedEntry[] {
  const entries: CheckedEntry[] = [];
  const schema = collections[collection].schema as z.ZodType;
  for (const dirent of fs.readdirSync(folder, { withFileTypes: true })) {
    const absolute = path.join(folder, dirent.name);
    const file = display(absolute);
    if (dirent.name.startsWith('.')) continue;
    if (dirent.isDirectory()) {
      problems.push({
        file,
        message: 'Unterordner werden in Sammlungen nicht unterstützt; die Dateien darin würden nicht veröffentlicht.',
        fix: `Die Dateien direkt in content/${collection}/ ablegen.`,
      });
      continue;
    }
    const extension = path.extname(dirent.name).toLowerCase();
    if (!(CONTENT_EXTENSIONS as readonly string[]).includes(extension)) {
      problems.push({
        file,
        message: `Dateien mit der Endung "${extension || '(keine)'}" werden nicht veröffentlicht.`,
        fix: extension === '.markdown' || extension === '.txt'
          ? 'Die Datei in ".md" umbenennen.'
          : 'Texte als .md-Datei anlegen; Dokumente und Bilder gehören nach public/downloads/.',
      });
      continue;
    }
    const id = path.basename(dirent.name, path.extname(dirent.name));
    if (!SLUG_PATTERN.test(id)) {
      problems.push({
        file,
        message: `Der Dateiname "${dirent.name}" ist als Adresse nicht geeignet.`,
        fix: `Nur Kleinbuchstaben, Ziffern und Bindestriche verwenden, Umlaute umschreiben, z. B. "${suggestSlug(id)}${extension}".`,
      });
    }
    if (RESERVED_IDS[collection]?.includes(id)) {
      problems.push({
        file,
        message: `Der Dateiname "${id}" ist reserviert: unter ${entryUrl(collection, id)} steht schon eine feste Seite.`,
        fix: 'Die Datei anders nennen, z. B. nach der Stadt.',
      });
    }
    const bytes = fs.statSync(absolute).size;
    if (bytes > MAX_CONTENT_BYTES) {
      problems.push({
        file,
        message: `Die Datei ist ${Math.round(bytes / 1024)} KB groß; erlaubt sind höchstens ${MAX_CONTENT_BYTES / 1024} KB.`,
        fix: 'Lange Dokumente als Datei nach public/downloads/ legen und im Eintrag verlinken, oder den Text aufteilen.',
      });
      continue;
    }
    const parsed = parseMarkdownFile(fs.readFileSync(absolute, 'utf8'));
    if ('message' in parsed) {
      problems.push({ file, line: parsed.line, message: parsed.message, fix: parsed.fix });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, schema, file, parsed.lineOf, parsed.data));
    }
    problems.push(...checkMarkup(parsed.data, schema, file, parsed.lineOf));
    problems.push(...checkBody(parsed.body, parsed.bodyStartLine, file));
    // Invalid entries still take part in the cross-file checks, so that one
    // run reports every problem, not just the first layer of them.
    const data = (result.success ? result.data : rawEntryData(parsed.data)) as CheckedEntry['data'];
    entries.push({ collection, id, file, data, valid: result.success, lineOf: parsed.lineOf });
  }
  return entries;
}

function rawEntryData(raw: unknown): Record<string, unknown> {
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  if (typeof data['title'] !== 'string') data['title'] = '';
  data['draft'] = data['draft'] === true;
  return data;
}

export function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** ['secured', 0, 'count'] from "secured[0].count". */
function pathKeys(fieldPath: string): PropertyKey[] {
  return fieldPath
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

const HTML_TAG = /<\/?[a-z!][^>]*>?/i;

/** Frontmatter is plain text: it is escaped on the page, so markup would show as code. Reject it early. */
function checkMarkup(
  data: unknown,
  schema: z.ZodType,
  file: string,
  lineOf: CheckedEntry['lineOf'],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  walkValues(schema, data, ({ value, path: fieldPath }) => {
    if (typeof value === 'string' && HTML_TAG.test(value)) {
      problems.push({
        file,
        line: lineOf(pathKeys(fieldPath)),
        field: fieldPath,
        message: 'HTML ist in Feldern des Kopfbereichs nicht erlaubt (hier steht etwas wie ein HTML-Tag).',
        fix: 'Nur reinen Text schreiben. Formatierungen gehören in den Text unterhalb des Kopfbereichs.',
      });
    }
  });
  return problems;
}

/** Body checks that need no rendering: images need alt text, and raw script tags are never allowed. */
function checkBody(body: string, startLine: number, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  body.split('\n').forEach((text, index) => {
    const line = startLine + index;
    for (const match of text.matchAll(/!\[(.*?)\]\(([^)]*)\)/g)) {
      if (!match[1]?.trim()) {
        problems.push({
          file,
          line,
          message: `Das Bild "${match[2]}" hat keinen Alternativtext.`,
          fix: 'In die eckigen Klammern beschreiben, was das Bild zeigt: ![Teilnehmende im Plenum](…). Menschen, die nicht sehen, hören diesen Text.',
        });
      }
    }
    for (const match of text.matchAll(/<img\b(?![^>]*\balt=)[^>]*>/gi)) {
      problems.push({ file, line, message: `Ein <img> ohne alt-Attribut: ${match[0]}`, fix: 'alt="…" mit einer Bildbeschreibung ergänzen.' });
    }
    if (/<script\b/i.test(text)) {
      problems.push({
        file,
        line,
        message: 'Ein <script> im Text ist nicht erlaubt.',
        fix: 'Das Skript entfernen. Interaktive Elemente baut das Entwicklungsteam in src/components/.',
      });
    }
  });
  return problems;
}

function checkDuplicates(entries: readonly CheckedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const idKey = `${entry.collection}/${entry.id}`;
    const first = seen.get(idKey);
    if (first) {
      problems.push({
        file: entry.file,
        message: `Gleicher Dateiname wie ${first.file}: beide bekämen dieselbe Adresse.`,
        fix: 'Eine der beiden Dateien umbenennen oder löschen (.md und .mdx mit gleichem Namen gehen nicht).',
      });
    } else {
      seen.set(idKey, entry);
    }
    const titleKey = `${entry.collection}#${entry.data.title.trim().toLowerCase()}`;
    const sameTitle = entry.data.title.trim() ? seen.get(titleKey) : undefined;
    if (sameTitle) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['title']),
        field: 'title',
        message: `Derselbe Titel steht schon in ${sameTitle.file}.`,
        fix: 'Titel unterscheidbar machen, z. B. mit Ort oder Jahr.',
      });
    } else {
      seen.set(titleKey, entry);
    }
  }
  return problems;
}

/** Fields marked `unique()` in a schema (one analysis per city): a second entry with the same value is an error. */
function checkUniqueFields(entries: readonly CheckedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, CheckedEntry>();
  // Sorted, so the same file is blamed on every machine (directory order differs).
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
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
      const what = target ? collections[target].singular : `Der Wert von ${field}`;
      problems.push({
        file: entry.file,
        line: entry.lineOf([field]),
        field,
        message: `${what} "${value}" hat schon eine ${definition.singular}: ${earlier.file}. Erlaubt ist nur eine.`,
        fix: `Die Angaben in ${earlier.file} ergänzen und diese Datei löschen (oder "${field}" korrigieren, falls eine andere Stadt gemeint ist).`,
      });
    }
  }
  return problems;
}

function checkReferences(entries: readonly CheckedEntry[], production: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const all = new Map<string, CheckedEntry>(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const idsOf = (collection: string) => entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
  // Drafts are checked too: a broken reference in a draft would break the page the day it is published.
  for (const entry of entries) {
    for (const reference of collectReferences(collections[entry.collection].schema as z.ZodType, entry.data)) {
      const target = all.get(`${reference.target}/${reference.id}`);
      const line = entry.lineOf(pathKeys(reference.path));
      const singular = collections[reference.target].singular;
      if (!target) {
        const candidates = idsOf(reference.target);
        const suggestion = closestMatch(reference.id, candidates);
        problems.push({
          file: entry.file,
          line,
          field: reference.path,
          message: `${singular} "${reference.id}" gibt es nicht (gesucht in content/${reference.target}/).`,
          fix: `${suggestion ? `Meintest du "${suggestion}"? ` : ''}${
            candidates.length ? `Vorhanden: ${candidates.sort().join(', ')}.` : 'Dort gibt es noch keine Einträge.'
          } Oder die Datei content/${reference.target}/${suggestSlug(reference.id)}.md neu anlegen (npm run new).`,
        });
      } else if (production && target.data.draft && !entry.data.draft) {
        problems.push({
          file: entry.file,
          line,
          field: reference.path,
          message: `${singular} "${reference.id}" ist ein Entwurf (draft: true) und wird nicht veröffentlicht.`,
          fix: `Den Entwurf ${target.file} fertigstellen (draft entfernen) oder den Verweis entfernen.`,
        });
      }
    }
  }
  return problems;
}

function checkDownloads(
  entries: readonly CheckedEntry[],
  publicDir: string,
  display: (absolute: string) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const used = new Set<string>();
  for (const entry of entries) {
    walkValues(collections[entry.collection].schema as z.ZodType, entry.data, ({ schema, value, path: fieldPath }) => {
      if (!isDownloadField(schema) || typeof value !== 'string') return;
      const absolute = path.join(publicDir, ...value.split('/').filter(Boolean));
      used.add(absolute);
      if (!fs.existsSync(absolute)) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(pathKeys(fieldPath)),
          field: fieldPath,
          message: `Die Datei "${value}" fehlt.`,
          fix: `Die Datei unter ${display(absolute)} hochladen oder den Pfad korrigieren (Groß-/Kleinschreibung beachten).`,
        });
      }
    });
  }
  const downloadsDir = path.join(publicDir, 'downloads');
  for (const absolute of listFiles(downloadsDir)) {
    if (path.basename(absolute).startsWith('.')) continue;
    if (!used.has(absolute)) {
      problems.push({
        file: display(absolute),
        message: 'Diese Datei ist in keinem Eintrag verlinkt und wäre für Leser*innen nicht auffindbar.',
        fix: 'In einem Treffen unter documents.files oder in einem Lernmodul unter exercises[].worksheet eintragen, oder die Datei löschen.',
      });
    }
  }
  return problems;
}

function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.join(dirent.parentPath, dirent.name));
}

/** content/redirects.yaml: valid, and consistent with the entries that exist (see src/schemas/redirects.ts). */
function checkRedirects(
  contentDir: string,
  entries: readonly CheckedEntry[],
  production: boolean,
  display: (absolute: string) => string,
): ContentProblem[] {
  const absolute = path.join(contentDir, REDIRECTS_FILE);
  if (!fs.existsSync(absolute)) return [];
  const file = display(absolute);
  const lineCounter = new LineCounter();
  const document = parseDocument(fs.readFileSync(absolute, 'utf8'), { lineCounter });
  if (document.errors[0]) {
    const error = document.errors[0];
    return [{ file, line: lineCounter.linePos(error.pos[0]).line, message: `Kein gültiges YAML: ${error.message.split('\n')[0]}`, fix: 'Einrückung und Anführungszeichen prüfen.' }];
  }
  const lineOf = (keys: readonly PropertyKey[]) => {
    const node = document.getIn(keys, true) as { range?: [number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const raw = document.toJS() ?? {};
  const result = redirectsSchema.safeParse(raw);
  if (!result.success) return issuesToProblems(result.error.issues, redirectsSchema, file, lineOf, raw);

  const published = entries.filter((entry) => !(production && entry.data.draft));
  const existing = new Set<string>([
    ...STATIC_PAGES,
    ...COLLECTION_NAMES.filter((name) => collections[name].route).map(collectionUrl),
    ...published.map((entry) => entryUrl(entry.collection, entry.id)),
  ]);
  const problems: ContentProblem[] = [];
  const froms = new Set(result.data.moved.map((move) => move.from));
  const seen = new Set<string>();
  const claim = (address: string, keys: PropertyKey[]) => {
    if (seen.has(address)) problems.push({ file, line: lineOf(keys), field: keys.join('.'), message: `"${address}" steht mehrfach in der Liste.`, fix: 'Doppelten Eintrag löschen.' });
    seen.add(address);
  };
  result.data.moved.forEach((move, index) => {
    claim(move.from, ['moved', index, 'from']);
    if (existing.has(move.from)) {
      problems.push({ file, line: lineOf(['moved', index, 'from']), field: `moved[${index}].from`, message: `Unter "${move.from}" gibt es einen Eintrag; die Weiterleitung würde ihn verdecken.`, fix: 'Nur alte Adressen eintragen, die es nicht mehr gibt.' });
    }
    if (froms.has(move.to)) {
      problems.push({ file, line: lineOf(['moved', index, 'to']), field: `moved[${index}].to`, message: `"${move.to}" wird selbst weitergeleitet (Kette).`, fix: 'Direkt auf die endgültige Adresse weiterleiten.' });
    } else if (!existing.has(move.to)) {
      problems.push({ file, line: lineOf(['moved', index, 'to']), field: `moved[${index}].to`, message: `Das Ziel "${move.to}" gibt es nicht.`, fix: 'Die neue Adresse des Eintrags eintragen (Ordner-Adresse und Dateiname, z. B. /erfolgsgeschichten/neuer-name/).' });
    }
  });
  result.data.removed.forEach((removal, index) => {
    claim(removal.path, ['removed', index, 'path']);
    if (existing.has(removal.path)) {
      problems.push({ file, line: lineOf(['removed', index, 'path']), field: `removed[${index}].path`, message: `Unter "${removal.path}" gibt es noch einen Eintrag.`, fix: 'Erst den Eintrag löschen oder die Zeile hier entfernen.' });
    }
    if (removal.replacement && !existing.has(removal.replacement)) {
      problems.push({ file, line: lineOf(['removed', index, 'replacement']), field: `removed[${index}].replacement`, message: `Den Ersatz "${removal.replacement}" gibt es nicht.`, fix: 'Eine bestehende Adresse eintragen oder das Feld weglassen.' });
    }
  });
  return problems;
}
