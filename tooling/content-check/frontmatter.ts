/**
 * Splits a Markdown file into frontmatter data and body exactly as Astro's
 * content layer does (its own `parseFrontmatter`, which reads YAML with
 * js-yaml), so the checker judges the same data the build will use: tags,
 * merge keys, dates and duplicate keys behave identically. The `yaml`
 * library is used only to find the line of a field for messages.
 */
import { parseFrontmatter } from 'astro/markdown';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { aliasProblem, yamlExceptionProblem } from '../../src/lib/yaml.ts';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
  /** 1-based file line of a frontmatter field, e.g. ['secured', 0, 'count']; the closest existing parent otherwise. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /**
   * Dates written as days that do not exist ("2018-11-31"): YAML quietly
   * rolls them over to the next month, so the schema never sees the mistake.
   */
  impossibleDates: { path: PropertyKey[]; written: string }[];
}

export interface FrontmatterError {
  message: string;
  line?: number;
  fix: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

export function parseMarkdownFile(text: string): ParsedFile | FrontmatterError {
  if (!OPENING.test(text)) {
    return {
      message: 'Die Datei beginnt nicht mit einem Kopfbereich (Frontmatter).',
      line: 1,
      fix: 'Die erste Zeile muss genau "---" sein; danach folgen die Felder, dann wieder eine Zeile "---". Am einfachsten mit "npm run new" eine Vorlage erzeugen.',
    };
  }
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'remove' });
  } catch (error) {
    // js-yaml counts from 0 at the opening "---" line, which is file line 1.
    const problem = yamlExceptionProblem(error, 0);
    return { ...problem, message: problem.message.replace(/^Kein gültiges YAML/, 'Der Kopfbereich ist kein gültiges YAML') };
  }
  const raw = parsed.rawFrontmatter;
  if (!raw) {
    return {
      message: 'Der Kopfbereich (Frontmatter) wird nicht mit "---" geschlossen.',
      line: 1,
      fix: 'Nach dem letzten Feld eine Zeile mit genau "---" einfügen.',
    };
  }
  // Astro ends the frontmatter at the first line that starts with "---", whatever follows on it.
  const closingStart = text.indexOf('---') + 3 + raw.length;
  const closingLineEnd = text.indexOf('\n', closingStart);
  const closingLine = text.slice(closingStart, closingLineEnd === -1 ? undefined : closingLineEnd).replace(/\r$/, '');
  const closingLineNumber = text.slice(0, closingStart).split('\n').length;
  if (!/^---[ \t]*$/.test(closingLine)) {
    return {
      message: `Zeile ${closingLineNumber} beginnt mit "---" und beendet damit den Kopfbereich, enthält aber noch mehr: "${closingLine}".`,
      line: closingLineNumber,
      fix: 'Den Kopfbereich mit einer Zeile schließen, die nur "---" enthält; eine Linie im Text als "***" schreiben.',
    };
  }
  const data: unknown = parsed.frontmatter;
  if (data === null || data === undefined) return withPositions({}, raw, text, closingLineNumber);
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    return {
      message: 'Der Kopfbereich muss aus Feldern bestehen (je Zeile "name: Wert"), nicht aus einer Liste oder einem einzelnen Text.',
      line: 2,
      fix: 'Mit "npm run new" eine Vorlage erzeugen und die Angaben dorthin übernehmen.',
    };
  }
  const aliases = aliasProblem(data);
  if (aliases) return { ...aliases, message: `Im Kopfbereich: ${aliases.message}`, line: 2 };
  return withPositions(data as Record<string, unknown>, raw, text, closingLineNumber);
}

function withPositions(data: Record<string, unknown>, raw: string, text: string, closingLineNumber: number): ParsedFile {
  const lineCounter = new LineCounter();
  // Read only for positions, and only when a message needs one or a date must be checked: most
  // files have no problem, and this second parse was most of the checker's time (docs/incremental-builds.md).
  // Values come from Astro's parser above.
  let document: Document | undefined;
  const positions = () => (document ??= parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: false }));
  // `raw` starts with the rest of the opening "---" line, which is file line 1.
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line;
  const bodyStartLine = closingLineNumber + 1;
  const lines = text.split('\n');
  return {
    data,
    body: lines.slice(closingLineNumber).join('\n'),
    bodyStartLine,
    // The whole frontmatter (a missing top-level field) points at its closing line: add the field before it.
    lineOf: (path) => (path.length === 0 ? closingLineNumber : lineOfPath(positions(), path, toFileLine)),
    impossibleDates: containsDate(data) ? impossibleDates(data, positions()) : [],
  };
}

function containsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  return value !== null && typeof value === 'object' && Object.values(value).some(containsDate);
}

function impossibleDates(data: unknown, document: Document): ParsedFile['impossibleDates'] {
  const found: ParsedFile['impossibleDates'] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (value instanceof Date) {
      const node = document.getIn(path, true);
      const written = isScalar(node) ? String(node.source ?? node.value) : '';
      if (/^\d{4}-\d{2}-\d{2}$/.test(written) && value.toISOString().slice(0, 10) !== written) found.push({ path, written });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  visit(data, []);
  return found;
}

function lineOfPath(document: Document, path: readonly PropertyKey[], toFileLine: (offset: number) => number) {
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) line = toFileLine(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) line = toFileLine(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
