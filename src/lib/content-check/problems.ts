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
}

export function formatProblem(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` – Feld "${problem.field}"` : '';
  const fix = problem.fix ? `\n    So beheben: ${problem.fix}` : '';
  return `  ✗ ${location}${field}\n    ${problem.message}${fix}`;
}

export function formatReport(problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return '✓ Inhalte geprüft: keine Probleme gefunden.';
  const files = new Set(problems.map((problem) => problem.file)).size;
  const header = `✗ ${problems.length} ${problems.length === 1 ? 'Problem' : 'Probleme'} in ${files} ${files === 1 ? 'Datei' : 'Dateien'}. Die Seite wird erst gebaut, wenn alle behoben sind.`;
  const ordered = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return [header, ...ordered.map(formatProblem)].join('\n\n');
}
