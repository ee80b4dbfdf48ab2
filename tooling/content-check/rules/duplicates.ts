/** Two entries of one collection may share neither an address nor a title. */
import type { ContentProblem } from '../problems.ts';
import type { CheckedEntry, Rule } from '../view.ts';

export const duplicates: Rule = (view) => {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, CheckedEntry>();
  for (const entry of view.entries) {
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
};
