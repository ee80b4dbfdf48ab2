/**
 * Reads one entry file the way the build will: as UTF-8 text, frontmatter
 * parsed with Astro's own parser, data validated by the collection schema.
 * Problems that make the file unreadable end here; the entry then takes no
 * part in the other rules.
 */
import fs from 'node:fs';
import type { z } from 'astro/zod';
import { collections } from '../../src/schemas/index.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { issuesToProblems } from './schema-issues.ts';
import { formatPath } from '../../src/lib/schema-walk.ts';
import type { ContentProblem } from './problems.ts';
import type { CheckedEntry, SiteInput } from './view.ts';
import type { EntryFile } from './walk.ts';

/** Larger files are almost always a pasted document or image; they belong in public/downloads/. */
export const MAX_CONTENT_BYTES = 200 * 1024;

/**
 * Control characters other than tab, line feed and carriage return: invisible
 * in editors, they garble pages and search (a NUL byte ends text in some tools).
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface ReadResult {
  entry?: CheckedEntry;
  problems: ContentProblem[];
}

/** The last reading of each file, with the size and modification time it was read at. */
const remembered = new Map<string, { stamp: string; read: ReadResult }>();

/**
 * readEntry, reusing the last reading of an unchanged file. An unchanged
 * entry is the same object as before, so rules that keep per-entry results
 * (body-markup.ts) reuse theirs too.
 */
export function rememberedReadEntry(file: EntryFile, input: SiteInput): ReadResult {
  const stats = fs.statSync(file.absolute);
  const stamp = `${file.collection}\0${input.display(file.absolute)}\0${stats.size}\0${stats.mtimeMs}`;
  const last = remembered.get(file.absolute);
  if (last?.stamp === stamp) return last.read;
  const read = readEntry(file, input);
  remembered.set(file.absolute, { stamp, read });
  return read;
}

export function readEntry(file: EntryFile, input: SiteInput): ReadResult {
  const display = input.display(file.absolute);
  const bytes = fs.readFileSync(file.absolute);
  if (bytes.length > MAX_CONTENT_BYTES) {
    return {
      problems: [{
        file: display,
        message: `Die Datei ist ${Math.round(bytes.length / 1024)} KB groß; erlaubt sind höchstens ${MAX_CONTENT_BYTES / 1024} KB.`,
        fix: 'Lange Dokumente als Datei nach public/downloads/ legen und im Eintrag verlinken, oder den Text aufteilen.',
      }],
    };
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    return {
      problems: [{
        file: display,
        line: firstInvalidUtf8Line(bytes),
        message: 'Die Datei ist nicht als UTF-8 gespeichert; Umlaute würden falsch angezeigt (z. B. "L�beck").',
        fix: 'Die Datei im Editor mit der Kodierung "UTF-8" speichern (in vielen Editoren unter "Speichern unter" → "Kodierung").',
      }],
    };
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      problems: [{
        file: display,
        line: text.slice(0, control.index).split('\n').length,
        message: `In dieser Zeile steht ein unsichtbares Steuerzeichen (U+${code}); es würde Seite und Suche stören.`,
        fix: 'Die Zeile neu tippen oder das Zeichen löschen (oft beim Kopieren aus PDF- oder Word-Dateien entstanden).',
      }],
    };
  }

  const parsed = parseMarkdownFile(text);
  if ('message' in parsed) {
    return { problems: [{ file: display, line: parsed.line, message: parsed.message, fix: parsed.fix }] };
  }
  const schema = collections[file.collection].schema as z.ZodType;
  const result = schema.safeParse(parsed.data);
  const problems = result.success ? [] : issuesToProblems(result.error.issues, schema, display, parsed.lineOf, parsed.data);
  for (const date of parsed.impossibleDates) {
    problems.push({
      file: display,
      line: parsed.lineOf(date.path),
      field: formatPath(date.path),
      message: `"${date.written}" ist kein gültiges Datum: Diesen Tag gibt es nicht.`,
      fix: 'Datum im Format JJJJ-MM-TT schreiben, z. B. 2018-11-28, und den Tag prüfen.',
    });
  }
  // Invalid entries still take part in the cross-file rules, so one run
  // reports every problem, not just the first layer of them.
  const data = (result.success ? result.data : rawEntryData(parsed.data)) as CheckedEntry['data'];
  return {
    problems,
    entry: {
      collection: file.collection,
      id: file.id,
      file: display,
      absolute: file.absolute,
      extension: file.extension,
      data,
      valid: result.success,
      body: parsed.body,
      bodyStartLine: parsed.bodyStartLine,
      lineOf: parsed.lineOf,
    },
  };
}

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    if (decodeUtf8(bytes.subarray(start, end)) === undefined) return line;
    line += 1;
    start = end + 1;
  }
  return 1;
}

function rawEntryData(raw: Record<string, unknown>): Record<string, unknown> {
  const data = { ...raw };
  if (typeof data['title'] !== 'string') data['title'] = '';
  data['draft'] = data['draft'] === true;
  return data;
}
