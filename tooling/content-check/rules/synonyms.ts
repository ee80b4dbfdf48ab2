/**
 * content/search/synonyme.yaml: valid (see src/schemas/synonyms.ts), every
 * group with at least two terms, every term words only and in one group
 * only. Each mistake with its line and a fix.
 */
import type { z } from 'astro/zod';
import { conflictMessage, SYNONYMS_FILE, synonymConflicts, synonymsSchema } from '../../../src/schemas/synonyms.ts';
import { formatPath } from '../../../src/lib/schema-walk.ts';
import { issuesToProblems } from '../schema-issues.ts';
import type { ContentProblem } from '../problems.ts';
import type { Rule } from '../view.ts';
import { isDataFile, readYamlDataFile } from '../yaml-data-file.ts';

const SAME_SPELLING =
  'Groß- und Kleinschreibung, die Schreibweise der Umlaute (ö, oe, o) und Endungen (Förderantrag, Förderanträge) machen keinen Unterschied, auch bei der Suche nicht.';

export const GROUP_AS_TEXT_FIX = 'Die Begriffe der Gruppe in eckige Klammern setzen, durch Kommas getrennt: - [Kommune, Gemeinde].';
export const GROUP_FIX = 'Einen zweiten Begriff mit derselben Bedeutung ergänzen, z. B. [Kommune, Gemeinde], oder die Gruppe löschen.';
export const TERM_FIX =
  'Nur das Wort oder die Wendung schreiben, wie man sie ins Suchfeld tippt, ohne Satzzeichen, Schrägstriche, Klammern oder Auszeichnungen wie <b> und **: z. B. Antrag auf Förderung. Für zwei Schreibweisen ("Stadt/Gemeinde") zwei Begriffe eintragen.';
export const SHORT_TERM_FIX = 'Den Begriff ausschreiben oder löschen: ein einzelnes Zeichen fände bei der Suche fast jede Seite.';
export const LONG_TERM_FIX = 'Kürzer fassen: ein Suchbegriff ist ein Wort oder eine kurze Wendung, kein Satz.';
export const SAME_GROUP_FIX = `Den doppelten Begriff löschen. ${SAME_SPELLING}`;
export const OTHER_GROUP_FIX = `Meinen beide Gruppen dasselbe, sie zu einer Gruppe zusammenführen; sonst den Begriff hier löschen. ${SAME_SPELLING}`;

export const synonyms: Rule = (view) => {
  const read = readYamlDataFile(view, SYNONYMS_FILE);
  if (!read) return [];
  if (!isDataFile(read)) return [read];
  const { file, lineOf } = read;
  const raw = read.data;
  const result = synonymsSchema.safeParse(raw);
  if (result.success) return [];

  const problems: ContentProblem[] = [];
  const others: z.core.$ZodIssue[] = [];
  const worded = new Set<string>();
  for (const issue of result.error.issues) {
    const [top, , term] = issue.path;
    // Terms twice: worded below from the loaded groups, with the line of the first one.
    if (issue.code === 'custom') continue;
    const field = formatPath(issue.path);
    const value = valueAt(raw, issue.path);
    if (top === 'gruppen' && issue.path.length === 2 && issue.code === 'too_small') {
      problems.push({ file, line: lineOf(issue.path), field, message: issue.message, fix: GROUP_FIX });
    } else if (top === 'gruppen' && issue.path.length === 2 && typeof value === 'string' && value !== '') {
      problems.push({ file, line: lineOf(issue.path), field, message: `Hier steht der Text "${value}", erwartet wird eine Gruppe von Begriffen.`, fix: GROUP_AS_TEXT_FIX });
    } else if (top === 'gruppen' && typeof term === 'number' && issue.code !== 'invalid_type') {
      // One problem per term: "!" is both too short and not a word.
      const fix = issue.code === 'too_small' ? SHORT_TERM_FIX : issue.code === 'too_big' ? LONG_TERM_FIX : TERM_FIX;
      if (!worded.has(field)) problems.push({ file, line: lineOf(issue.path), field, message: issue.message, fix });
      worded.add(field);
    } else {
      others.push(issue);
    }
  }
  problems.push(...issuesToProblems(others, synonymsSchema, file, lineOf, raw));

  const groups = (raw as { gruppen?: unknown }).gruppen;
  for (const conflict of synonymConflicts(Array.isArray(groups) ? groups : [])) {
    const { place, first } = conflict;
    problems.push({
      file,
      line: lineOf(['gruppen', place.group, place.index]),
      field: formatPath(['gruppen', place.group, place.index]),
      message: conflictMessage(conflict, lineOf(['gruppen', first.group, first.index])),
      fix: conflict.kind === 'same-group' ? SAME_GROUP_FIX : OTHER_GROUP_FIX,
    });
  }
  return problems;
};

function valueAt(data: unknown, keys: readonly PropertyKey[]): unknown {
  return keys.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}
