/**
 * Documents the site reads (PDF, Word, OpenDocument, PowerPoint, text:
 * src/lib/documents/extract.ts)
 * must open: a password-protected or broken file is refused, a PDF without
 * any text (a scan) gets a warning, since search and screen readers cannot
 * read it. Reading here fills the document cache, so the build that
 * follows reads nothing again. Files the downloads rule refuses (wrong
 * kind, too large, empty, bytes that are not what the name says) are left
 * to it: one message per mistake.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isReadable, readDocument } from '../../../src/lib/documents/extract.ts';
import { downloadFormatOf, MAX_DOWNLOAD_BYTES } from '../../../src/schemas/download-formats.ts';
import type { ContentProblem } from '../problems.ts';
import type { ContentView } from '../view.ts';

/** What the file's first bytes must be for the reader to be asked at all (else the downloads rule reports it). */
const ZIP = Buffer.from('PK\u0003\u0004');
const SIGNATURES: Record<string, Buffer> = { pdf: Buffer.from('%PDF-'), docx: ZIP, odt: ZIP, odp: ZIP, pptx: ZIP };

/** "Word-Datei", "OpenDocument-Datei", …, from the document type of the download formats. */
function kindOf(name: string): string {
  const type = downloadFormatOf(name)?.type;
  return type === 'PDF' ? 'PDF' : type && type !== 'Sonstiges' ? `${type}-Datei` : 'Datei';
}

export async function documentText(view: ContentView): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const absolute of listedDocuments(view)) {
    const extension = path.extname(absolute).slice(1).toLowerCase();
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(absolute);
    } catch {
      continue; // missing: the downloads rule says so
    }
    if (!stat.isFile() || stat.size === 0 || stat.size > MAX_DOWNLOAD_BYTES) continue;
    const signature = SIGNATURES[extension];
    if (signature) {
      const head = Buffer.alloc(signature.length);
      const handle = fs.openSync(absolute, 'r');
      fs.readSync(handle, head, 0, head.length, 0);
      fs.closeSync(handle);
      if (!head.equals(signature)) continue;
    }
    const text = await readDocument(absolute);
    const file = view.display(absolute);
    const name = path.basename(absolute);
    const kind = kindOf(name);
    if (text.problem === 'encrypted') {
      problems.push({
        file,
        message: `"${name}" ist mit einem Passwort geschützt. Die Website kann den Text nicht lesen, und viele Leser*innen könnten die Datei nicht öffnen.`,
        fix: 'Die Datei ohne Passwort- und Kopierschutz speichern (im PDF-Programm unter „Sicherheit“ bzw. „Schutz“ „Kein Schutz“ wählen) und erneut hochladen.',
      });
    } else if (text.problem === 'corrupt') {
      problems.push({
        file,
        message: `"${name}" ist beschädigt: Die ${kind} lässt sich nicht öffnen.`,
        fix: `Die Datei im Programm, mit dem sie erstellt wurde, noch einmal als ${extension === 'pdf' ? 'PDF' : `${kind} (.${extension})`} speichern und erneut hochladen.`,
      });
    } else if (extension === 'pdf' && text.recognised) {
      problems.push({
        file,
        severity: 'warning',
        message: `"${name}" hat keine eigene Textebene (vermutlich ein Scan). Die Website zeigt und durchsucht den automatisch erkannten Text, der Fehler enthalten kann; die Seite der Unterlage sagt das.`,
        fix: 'Wenn möglich das Original als PDF exportieren statt es zu scannen, oder das PDF mit Texterkennung (OCR) speichern, z. B. im Scanprogramm oder mit „Text erkennen“ im PDF-Programm.',
      });
    } else if (extension === 'pdf' && !text.hasText) {
      problems.push({
        file,
        severity: 'warning',
        message: `"${name}" enthält keinen durchsuchbaren Text (vermutlich ein Scan, auch die Texterkennung fand keinen). Die Suche findet ihren Inhalt nicht, und Bildschirmleser können sie nicht vorlesen; die Seite der Unterlage sagt das.`,
        fix: 'Wenn möglich das Original als PDF exportieren statt es zu scannen, oder das PDF mit Texterkennung (OCR) speichern, z. B. im Scanprogramm oder mit „Text erkennen“ im PDF-Programm.',
      });
    }
  }
  return problems;
}

/** Readable files listed as meeting documents (the pages the site builds from them), each once. */
function listedDocuments(view: ContentView): string[] {
  const files = new Set<string>();
  for (const entry of view.entries) {
    if (entry.collection !== 'meetings' || !entry.valid) continue;
    const listed = (entry.data as { documents?: { files?: { file?: unknown }[] } }).documents?.files ?? [];
    for (const { file } of listed) {
      if (typeof file !== 'string' || !file.startsWith('/downloads/') || file.includes('..')) continue;
      const absolute = path.join(view.publicDir, ...file.split('/').filter(Boolean));
      if (isReadable(absolute)) files.add(absolute);
    }
  }
  return [...files].sort();
}
