/**
 * Files in public/downloads/: every one a reader can reach is linked from
 * an entry, is a real file inside the folder (no symlink), of an allowed
 * kind (src/schemas/download-formats.ts), no larger than the limit, and is
 * what its name and its listed type say, judged by its bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { fileTypeFromBuffer } from 'file-type';
import { collections } from '../../../src/schemas/index.ts';
import { DOWNLOAD_PATH, isDownloadField } from '../../../src/schemas/fields.ts';
import { DOWNLOAD_EXTENSIONS, downloadFormatOf, MAX_DOWNLOAD_BYTES } from '../../../src/schemas/download-formats.ts';
import { walkValues } from '../../../src/lib/schema-walk.ts';
import type { ContentProblem } from '../problems.ts';
import { SYMLINK_PROBLEM } from '../walk.ts';
import { pathKeys, type CheckedEntry, type ContentView } from '../view.ts';

interface DownloadUse {
  entry: CheckedEntry;
  href: string;
  /** Frontmatter field, or undefined for a link in the body. */
  field?: string;
  line?: number | undefined;
  /** The `type` listed beside the file (meeting documents), if any. */
  listedType?: unknown;
}

const LINK_TO_DOWNLOAD = /\]\(\s*<?(\/downloads\/[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|(?:href|src)\s*=\s*["'](\/downloads\/[^"']+)["']/g;
const SIZE_LABEL = `${MAX_DOWNLOAD_BYTES / 1024 / 1024} MB`;

export async function downloads(view: ContentView): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const downloadsDir = path.join(view.publicDir, 'downloads');
  const uses = downloadUses(view);
  const used = new Set<string>();

  for (const use of uses) {
    const report = (message: string, fix: string) =>
      problems.push({ file: use.entry.file, line: use.line, field: use.field, message, fix });
    const href = decodeHref(use.href);
    if (!DOWNLOAD_PATH.test(href)) {
      // The schema reports fields; links in the body are reported here.
      if (!use.field) report(`Der Link "${use.href}" zeigt nicht auf eine Datei in public/downloads/.`, 'Pfad wie "/downloads/2018-berlin/protokoll.pdf" schreiben, ohne ".." und ohne Leerzeichen.');
      continue;
    }
    const absolute = path.join(view.publicDir, ...href.split('/').filter(Boolean));
    used.add(absolute);
    const stat = lstatOrUndefined(absolute);
    if (!stat) {
      report(`Die Datei "${href}" fehlt.`, `Die Datei unter ${view.display(absolute)} hochladen oder den Pfad korrigieren (Groß-/Kleinschreibung beachten).`);
      continue;
    }
    if (stat.isSymbolicLink() || !stat.isFile()) continue; // reported once for the file itself, below
    const format = downloadFormatOf(href);
    if (format && use.listedType !== undefined && use.listedType !== format.type) {
      report(
        `Die Datei "${path.basename(href)}" ist als "${String(use.listedType)}" eingetragen, ist aber eine ${format.type === 'Bild' ? 'Bilddatei' : `${format.type}-Datei`}.`,
        `Bei type "${format.type}" eintragen.`,
      );
    }
  }

  for (const file of listTree(downloadsDir)) {
    const display = view.display(file.absolute);
    const report = (message: string, fix: string) => problems.push({ file: display, message, fix });
    if (file.symlink) {
      report(SYMLINK_PROBLEM.message, SYMLINK_PROBLEM.fix);
      continue;
    }
    const name = path.basename(file.absolute);
    if (name === '.gitkeep') continue;
    const format = downloadFormatOf(name);
    if (!format || name.startsWith('.')) {
      report(
        `Dateien der Art "${path.extname(name) || name}" werden nicht veröffentlicht: Sie könnten auf dieser Website Programmcode ausführen oder sind für Leser*innen ungeeignet.`,
        `Erlaubt sind: ${DOWNLOAD_EXTENSIONS.map((extension) => `.${extension}`).join(', ')}. Webseiten (.html) und Grafiken (.svg) als PDF oder PNG speichern.`,
      );
      continue;
    }
    if (file.bytes > MAX_DOWNLOAD_BYTES) {
      report(
        `Die Datei ist ${(file.bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB groß; erlaubt sind höchstens ${SIZE_LABEL}.`,
        'Die Datei verkleinern (z. B. PDF mit geringerer Bildauflösung exportieren) oder aufteilen.',
      );
      continue;
    }
    if (file.bytes === 0) {
      report('Die Datei ist leer (0 Byte).', 'Die Datei noch einmal hochladen; beim Kopieren ist ihr Inhalt verloren gegangen.');
      continue;
    }
    const mismatch = await contentMismatch(file.absolute, format.detected);
    if (mismatch) report(mismatch, `Die echte Datei hochladen oder sie mit der passenden Endung benennen (erlaubt: ${DOWNLOAD_EXTENSIONS.map((extension) => `.${extension}`).join(', ')}).`);
    if (!used.has(file.absolute)) {
      report(
        'Diese Datei ist in keinem Eintrag verlinkt und wäre für Leser*innen nicht auffindbar.',
        'In einem Treffen unter documents.files oder in einem Lernmodul unter exercises[].worksheet eintragen, im Text verlinken, oder die Datei löschen.',
      );
    }
  }
  return problems;
}

/** Download fields of every entry, and /downloads/ links and images in bodies. */
function downloadUses(view: ContentView): DownloadUse[] {
  const uses: DownloadUse[] = [];
  for (const entry of view.entries) {
    walkValues(collections[entry.collection].schema as z.ZodType, entry.data, ({ schema, value, path: fieldPath }) => {
      if (!isDownloadField(schema) || typeof value !== 'string') return;
      const keys = pathKeys(fieldPath);
      const parent = keys.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], entry.data);
      uses.push({ entry, href: value, field: fieldPath, line: entry.lineOf(keys), listedType: (parent as Record<string, unknown> | undefined)?.['type'] });
    });
    entry.body.split('\n').forEach((text, index) => {
      for (const match of text.matchAll(LINK_TO_DOWNLOAD)) {
        uses.push({ entry, href: (match[1] ?? match[2])!, line: entry.bodyStartLine + index });
      }
    });
  }
  return uses;
}

function decodeHref(href: string): string {
  try {
    return decodeURI(href.split(/[?#]/)[0]!);
  } catch {
    return href;
  }
}

async function contentMismatch(absolute: string, detected: readonly string[] | 'text'): Promise<string | undefined> {
  const handle = fs.openSync(absolute, 'r');
  const head = Buffer.alloc(64 * 1024);
  const length = fs.readSync(handle, head, 0, head.length, 0);
  fs.closeSync(handle);
  const bytes = head.subarray(0, length);
  const name = path.basename(absolute);
  if (detected === 'text') {
    if (bytes.includes(0)) return `"${name}" ist keine Textdatei, obwohl die Endung das sagt.`;
    if (/^\s*<(!doctype|html|svg|script|\?xml)/i.test(bytes.toString('utf8'))) return `"${name}" enthält HTML oder SVG, obwohl die Endung Text verspricht; das könnte Programmcode ausführen.`;
    return undefined;
  }
  // The whole file, so Office containers can be told apart by their contents.
  const found = await fileTypeFromBuffer(bytes.length < head.length ? bytes : fs.readFileSync(absolute));
  if (found && detected.includes(found.ext)) return undefined;
  return found
    ? `"${name}" ist dem Inhalt nach eine ${found.ext.toUpperCase()}-Datei, trägt aber die Endung ${path.extname(name)}.`
    : `"${name}" ist dem Inhalt nach keine ${path.extname(name).slice(1).toUpperCase()}-Datei (vielleicht eine umbenannte Webseite oder eine beschädigte Datei).`;
}

interface TreeFile {
  absolute: string;
  symlink: boolean;
  bytes: number;
}

/** Files under a folder without following symlinks; a symlinked folder is one entry, never listed. */
function listTree(folder: string): TreeFile[] {
  const stat = lstatOrUndefined(folder);
  if (!stat) return [];
  if (stat.isSymbolicLink()) return [{ absolute: folder, symlink: true, bytes: 0 }];
  const files: TreeFile[] = [];
  for (const dirent of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const absolute = path.join(folder, dirent.name);
    if (dirent.isSymbolicLink()) files.push({ absolute, symlink: true, bytes: 0 });
    else if (dirent.isDirectory()) files.push(...listTree(absolute));
    else if (dirent.isFile()) files.push({ absolute, symlink: false, bytes: fs.statSync(absolute).size });
  }
  return files;
}

function lstatOrUndefined(absolute: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(absolute);
  } catch {
    return undefined;
  }
}
