/** A problem found in contributed content, worded for the contributor. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/stories/x.md`. */
  file: string;
  line?: number | undefined;
  /** Frontmatter field, e.g. `city` or `secured[0].count`; absent for whole-file problems. */
  field?: string | undefined;
  /** What is wrong, in plain German. */
  message: string;
  /** How to fix it, in plain German. */
  fix?: string | undefined;
  /** Errors stop the build; warnings are shown and let it go on. Default: error. */
  severity?: 'error' | 'warning' | undefined;
}

export const isError = (problem: ContentProblem) => problem.severity !== 'warning';

/**
 * A field path as people read it: "secured[0].kind" → 'Feld "kind" im
 * 1. Eintrag unter "secured"', "topics[1]" → '2. Eintrag unter "topics"',
 * "gruppen[1][0]" → '1. Eintrag im 2. Eintrag unter "gruppen"'.
 */
export function fieldForPeople(field: string): string {
  const match = /^(.*)\[(\d+)\](?:\.([^.[\]]+))?$/.exec(field);
  if (!match) return `Feld "${field}"`;
  const [, list = '', index, key] = match;
  const item = `${Number(index) + 1}. Eintrag ${/\[\d+\]$/.test(list) ? `im ${fieldForPeople(list)}` : `unter "${list}"`}`;
  return key ? `Feld "${key}" im ${item}` : item;
}

/** Said once per report: most contributors have not met the word "Frontmatter". */
const HEAD_EXPLAINED = 'Kopfbereich: der Teil zwischen den beiden Zeilen "---" am Anfang der Datei, mit einem Feld je Zeile (name: Wert).';

export function formatProblem(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` – ${fieldForPeople(problem.field)}` : '';
  // Examples in a fix span lines; they stay under the message.
  const fix = problem.fix ? `\n    So beheben: ${problem.fix.replaceAll('\n', '\n      ')}` : '';
  const mark = isError(problem) ? '✗' : '!';
  const kind = isError(problem) ? '' : 'Hinweis: ';
  return `  ${mark} ${location}${field}\n    ${kind}${problem.message}${fix}`;
}

const byPlace = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

export function formatReport(problems: readonly ContentProblem[]): string {
  const errors = problems.filter(isError).sort(byPlace);
  const warnings = problems.filter((problem) => !isError(problem)).sort(byPlace);
  const parts: string[] = [];
  if (errors.length === 0) {
    parts.push('✓ Inhalte geprüft: keine Probleme gefunden.');
  } else {
    const files = new Set(errors.map((problem) => problem.file)).size;
    parts.push(
      `✗ ${errors.length} ${errors.length === 1 ? 'Problem' : 'Probleme'} in ${files} ${files === 1 ? 'Datei' : 'Dateien'}. Die Seite wird erst gebaut, wenn alle behoben sind.`,
      ...errors.map(formatProblem),
    );
    // Fields of a data file (content/redirects.yaml) are not in a Kopfbereich.
    const inHead = (problem: ContentProblem) => (problem.field && /\.mdx?$/i.test(problem.file)) || problem.message.includes('Kopfbereich');
    if (errors.some(inHead)) parts.push(`  (${HEAD_EXPLAINED})`);
  }
  if (warnings.length > 0) {
    parts.push(
      `! ${warnings.length} ${warnings.length === 1 ? 'Hinweis' : 'Hinweise'} (die Seite wird trotzdem gebaut):`,
      ...warnings.map(formatProblem),
    );
  }
  return parts.join('\n\n');
}
