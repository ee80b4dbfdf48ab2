/** An entry's file name is its address: it must be a clean slug and must not take a fixed page's address. */
import path from 'node:path';
import { SLUG_PATTERN } from '../../../src/schemas/fields.ts';
import { germanSlug } from '../../../src/lib/german-text.ts';
import { projectRoot } from '../../../src/lib/paths.ts';
import { reservedNames } from '../reserved-names.ts';
import type { ContentProblem } from '../problems.ts';
import type { Rule } from '../view.ts';

export const entryNames: Rule = (view) => {
  const problems: ContentProblem[] = [];
  const publicDirs = [...new Set([path.join(projectRoot, 'public'), view.publicDir])];
  for (const entry of view.entries) {
    if (!SLUG_PATTERN.test(entry.id)) {
      const suggestion = germanSlug(entry.id) || 'neuer-name';
      const existing = view.entries.find((other) => other.collection === entry.collection && other.id === suggestion);
      problems.push(
        existing
          ? {
              file: entry.file,
              message: `Der Dateiname "${entry.id}${entry.extension}" ist als Adresse nicht geeignet, und die passende Schreibweise "${suggestion}" hat schon ${existing.file}.`,
              fix: `Die Angaben in ${existing.file} ergänzen und diese Datei löschen, oder einen anderen Namen wählen, z. B. "${suggestion}-2${entry.extension}".`,
            }
          : {
              file: entry.file,
              message: `Der Dateiname "${entry.id}${entry.extension}" ist als Adresse nicht geeignet.`,
              fix: `Nur Kleinbuchstaben, Ziffern und Bindestriche verwenden, Umlaute umschreiben, z. B. "${suggestion}${entry.extension}".`,
            },
      );
    }
    const taken = reservedNames(entry.collection, publicDirs).get(entry.id);
    if (taken) {
      problems.push({
        file: entry.file,
        message: `Der Dateiname "${entry.id}" ist reserviert: unter ${taken} steht schon eine feste Seite oder Datei der Website.`,
        fix: 'Die Datei anders nennen, z. B. mit Ort oder Jahr im Namen.',
      });
    }
  }
  return problems;
};
