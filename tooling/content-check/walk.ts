/**
 * Lists content/ and sorts every file into one of three kinds: an entry of
 * a collection, a known data file, or a problem. Nothing is skipped
 * silently: a file the build would not publish is reported with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, isCollectionName, type CollectionName } from '../../src/schemas/index.ts';
import { REDIRECTS_FILE } from '../../src/schemas/redirects.ts';
import { SYNONYMS_FILE } from '../../src/schemas/synonyms.ts';
import { closestMatch } from '../../src/lib/german-text.ts';
import type { ContentProblem } from './problems.ts';
import type { SiteInput } from './view.ts';

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

/** Files in content/ that are data, not entries: paths relative to content/. */
export const DATA_FILES = [REDIRECTS_FILE, SYNONYMS_FILE] as const;

/** Folders of content/ that hold data files only (content/search/); anything else in them is reported. */
export const DATA_FOLDERS = [...new Set(DATA_FILES.filter((file) => file.includes('/')).map((file) => file.split('/')[0]!))];

/** Git keeps empty folders only with a placeholder file; it carries no content. */
const PLACEHOLDER = '.gitkeep';

export interface EntryFile {
  collection: CollectionName;
  absolute: string;
  /** The file name without extension: the entry's address. */
  id: string;
  extension: (typeof CONTENT_EXTENSIONS)[number];
}

export const SYMLINK_PROBLEM = {
  message: 'Hier liegt eine Verknüpfung (Symlink) statt einer echten Datei. Verknüpfungen werden nicht veröffentlicht, weil sie auf Dateien außerhalb des Projekts zeigen können.',
  fix: 'Die Verknüpfung löschen und die Datei selbst an diese Stelle kopieren.',
};

export function walkContent(input: SiteInput): { files: EntryFile[]; problems: ContentProblem[] } {
  const files: EntryFile[] = [];
  const problems: ContentProblem[] = [];
  const report = (absolute: string, message: string, fix: string) => problems.push({ file: input.display(absolute), message, fix });

  for (const dirent of readDir(input.contentDir)) {
    const absolute = path.join(input.contentDir, dirent.name);
    if (dirent.isSymbolicLink()) {
      report(absolute, SYMLINK_PROBLEM.message, SYMLINK_PROBLEM.fix);
    } else if (dirent.isDirectory()) {
      if (isCollectionName(dirent.name)) {
        files.push(...walkCollection(dirent.name, absolute, report));
      } else if (DATA_FOLDERS.includes(dirent.name)) {
        walkDataFolder(dirent.name, absolute, report);
      } else {
        const suggestion = closestMatch(dirent.name, [...COLLECTION_NAMES, ...DATA_FOLDERS]);
        report(
          absolute,
          `Den Ordner "${dirent.name}" kennt das Wissensnetz nicht; seine Dateien würden nicht veröffentlicht.`,
          `${suggestion ? `Meinten Sie "content/${suggestion}/"? ` : ''}Vorhandene Sammlungen: ${COLLECTION_NAMES.join(', ')}.`,
        );
      }
    } else if (!(DATA_FILES as readonly string[]).includes(dirent.name) && dirent.name !== PLACEHOLDER) {
      report(
        absolute,
        'Die Datei liegt direkt in content/ und gehört zu keiner Sammlung; sie würde nicht veröffentlicht.',
        `In einen der Ordner verschieben: ${COLLECTION_NAMES.map((name) => `content/${name}/`).join(', ')}.`,
      );
    }
  }
  return { files, problems };
}

/** A data folder holds its data files and nothing else: nothing else in it would be read. */
function walkDataFolder(name: string, folder: string, report: (absolute: string, message: string, fix: string) => void): void {
  const known = DATA_FILES.filter((file) => file.startsWith(`${name}/`)).map((file) => file.slice(name.length + 1));
  const listed = known.join(', ');
  for (const dirent of readDir(folder)) {
    const absolute = path.join(folder, dirent.name);
    if (dirent.isSymbolicLink()) {
      report(absolute, SYMLINK_PROBLEM.message, SYMLINK_PROBLEM.fix);
    } else if (dirent.isDirectory()) {
      report(absolute, `In content/${name}/ gibt es keine Unterordner; was darin liegt, wird nicht gelesen.`, `Den Ordner löschen. Hier liest die Website nur: ${listed}.`);
    } else if (!known.includes(dirent.name) && dirent.name !== PLACEHOLDER) {
      const suggestion = closestMatch(dirent.name, known);
      report(
        absolute,
        `Die Datei "${dirent.name}" kennt das Wissensnetz nicht; sie würde nicht gelesen. In content/${name}/ liest es nur: ${listed}.`,
        suggestion
          ? `Meinten Sie "${suggestion}"? Die Datei so umbenennen.`
          : 'Die Datei löschen. Texte gehören als .md-Datei in einen der Sammlungsordner, z. B. content/stories/.',
      );
    }
  }
}

function walkCollection(
  collection: CollectionName,
  folder: string,
  report: (absolute: string, message: string, fix: string) => void,
): EntryFile[] {
  const files: EntryFile[] = [];
  for (const dirent of readDir(folder)) {
    const absolute = path.join(folder, dirent.name);
    if (dirent.isSymbolicLink()) {
      report(absolute, SYMLINK_PROBLEM.message, SYMLINK_PROBLEM.fix);
      continue;
    }
    if (dirent.isDirectory()) {
      report(
        absolute,
        'Unterordner werden in Sammlungen nicht unterstützt; die Dateien darin würden nicht veröffentlicht.',
        `Die Dateien direkt in content/${collection}/ ablegen.`,
      );
      continue;
    }
    if (dirent.name === PLACEHOLDER) continue;
    const extension = path.extname(dirent.name);
    const lower = extension.toLowerCase();
    if (dirent.name.startsWith('.')) {
      report(
        absolute,
        'Der Dateiname beginnt mit einem Punkt; solche Dateien sind versteckt und werden nicht veröffentlicht.',
        `Den Punkt am Anfang entfernen, z. B. "${dirent.name.replace(/^\.+/, '')}".`,
      );
      continue;
    }
    if (!(CONTENT_EXTENSIONS as readonly string[]).includes(lower)) {
      report(
        absolute,
        `Dateien mit der Endung "${extension || '(keine)'}" werden nicht veröffentlicht.`,
        lower === '.markdown' || lower === '.txt'
          ? 'Die Datei in ".md" umbenennen.'
          : 'Texte als .md-Datei anlegen; Dokumente und Bilder gehören nach public/downloads/.',
      );
      continue;
    }
    if (extension !== lower) {
      report(
        absolute,
        `Die Endung "${extension}" muss klein geschrieben werden; so würde die Datei nicht veröffentlicht.`,
        `Die Datei in "${path.basename(dirent.name, extension)}${lower}" umbenennen.`,
      );
      continue;
    }
    files.push({
      collection,
      absolute,
      id: path.basename(dirent.name, extension),
      extension: lower as EntryFile['extension'],
    });
  }
  return files;
}

/** Directory entries in a stable order, so messages come out the same on every machine. */
export function readDir(folder: string): fs.Dirent[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}
