/**
 * The page `npm run dev` shows instead of the site while content has
 * errors: the same German problems as `npm run check:content`, one per
 * block, with file, line, field and fix. It reloads by itself once a
 * saved change is checked (Vite's client, dev server only).
 */
import type { ContentProblem } from './problems.ts';
import { fieldForPeople } from './problems.ts';

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function problemsPage(problems: readonly ContentProblem[]): string {
  const items = problems
    .map((problem) => {
      const where = `${problem.file}${problem.line ? `, Zeile ${problem.line}` : ''}${problem.field ? ` – ${fieldForPeople(problem.field)}` : ''}`;
      return `<li><p class="where"><code>${escape(where)}</code></p><p>${escape(problem.message)}</p>${
        problem.fix ? `<p class="fix"><strong>So beheben:</strong> ${escape(problem.fix)}</p>` : ''
      }</li>`;
    })
    .join('\n');
  const count = problems.length === 1 ? 'Ein Problem' : `${problems.length} Probleme`;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${count} im Inhalt – Wissensnetz</title>
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; max-inline-size: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
  li { border-inline-start: 4px solid #b3261e; padding: 0.25rem 0 0.25rem 1rem; margin-block-end: 1.25rem; list-style: none; }
  ul { padding: 0; }
  .where code { font-size: 0.95rem; background: #f3f3f3; padding: 0.1rem 0.3rem; }
  .fix { white-space: pre-line; }
</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main>
<h1>${count} im Inhalt</h1>
<p>Die Vorschau zeigt die Website wieder, sobald alles behoben ist. Nach dem Speichern prüft sie von selbst neu und lädt diese Seite neu.</p>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}
