/**
 * Splits a Markdown file into YAML frontmatter and body, keeping enough
 * position information to point a contributor at the right line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
  /** 1-based file line of a frontmatter field, e.g. ['secured', 0, 'count']; the closest existing parent otherwise. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface FrontmatterError {
  message: string;
  line?: number;
  fix: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

export function parseMarkdownFile(text: string): ParsedFile | FrontmatterError {
  const opening = OPENING.exec(text);
  if (!opening) {
    return {
      message: 'Die Datei beginnt nicht mit einem Kopfbereich (Frontmatter).',
      line: 1,
      fix: 'Die erste Zeile muss genau "---" sein; danach folgen die Felder, dann wieder eine Zeile "---". Am einfachsten mit "npm run new" eine Vorlage erzeugen.',
    };
  }
  const rest = text.slice(opening[0].length);
  const closing = /^---[ \t]*$/m.exec(rest);
  if (!closing) {
    return {
      message: 'Der Kopfbereich (Frontmatter) wird nicht mit "---" geschlossen.',
      line: 1,
      fix: 'Nach dem letzten Feld eine Zeile mit genau "---" einfügen.',
    };
  }
  const yamlText = rest.slice(0, closing.index);
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Frontmatter line 1 is the line after the opening "---".
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const firstError = document.errors[0];
  if (firstError) {
    return {
      message: `Der Kopfbereich ist kein gültiges YAML: ${yamlErrorInGerman(firstError.code, firstError.message)}`,
      line: toFileLine(firstError.pos[0]),
      fix: 'Häufige Ursachen: ein Doppelpunkt im Text ohne Anführungszeichen (Text dann in "…" setzen), Einrückung mit Tabulator statt Leerzeichen, ein Feld doppelt.',
    };
  }
  const bodyOffset = opening[0].length + closing.index + closing[0].length;
  const bodyStartLine = text.slice(0, bodyOffset).split('\n').length + 1;
  return {
    data: document.toJS() ?? {},
    body: text.slice(bodyOffset).replace(/^\r?\n/, ''),
    bodyStartLine,
    lineOf: (path) => lineOfPath(document, path, toFileLine),
  };
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

function yamlErrorInGerman(code: string, original: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'Ein Feld kommt doppelt vor.',
    BAD_INDENT: 'Die Einrückung stimmt nicht.',
    TAB_AS_INDENT: 'Zum Einrücken wurde ein Tabulator verwendet; bitte Leerzeichen nehmen.',
    BLOCK_AS_IMPLICIT_KEY: 'Ein Text enthält vermutlich einen Doppelpunkt ohne Anführungszeichen.',
    MULTILINE_IMPLICIT_KEY: 'Ein Text enthält vermutlich einen Doppelpunkt ohne Anführungszeichen.',
    MISSING_CHAR: 'Ein Zeichen fehlt (z. B. ein schließendes Anführungszeichen oder eine Klammer).',
    UNEXPECTED_TOKEN: 'An dieser Stelle steht ein unerwartetes Zeichen.',
  };
  return known[code] ?? original.split('\n')[0] ?? original;
}
