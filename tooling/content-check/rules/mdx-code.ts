/**
 * .mdx runs code at build time. It stays for maintainers (CODEOWNERS asks
 * them to review every .mdx change); this warns when that code reads files
 * or reaches the network, so a reviewer looks twice.
 */
import type { ContentProblem } from '../problems.ts';
import type { Rule } from '../view.ts';

const RISKY: [RegExp, string][] = [
  [/\bfrom\s+['"](node:)?(fs|fs\/promises|child_process|net|http|https|os|process|worker_threads)['"]|\brequire\s*\(|\bimport\s*\(/, 'lädt Node-Module oder Dateien zur Bauzeit'],
  [/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bnew\s+URL\s*\(\s*['"]https?:/, 'ruft beim Bauen eine andere Website ab'],
  [/\bimport\.meta\.glob\b|\breadFile(Sync)?\b|\bprocess\.env\b/, 'liest Dateien oder Umgebungsvariablen des Bau-Rechners'],
];

export const mdxCode: Rule = (view) => {
  const problems: ContentProblem[] = [];
  for (const entry of view.entries) {
    if (entry.extension !== '.mdx') continue;
    entry.body.split('\n').forEach((text, index) => {
      for (const [pattern, what] of RISKY) {
        if (!pattern.test(text)) continue;
        problems.push({
          file: entry.file,
          line: entry.bodyStartLine + index,
          severity: 'warning',
          message: `Dieser MDX-Code ${what}. Das kann Dateien des Bau-Rechners veröffentlichen oder Daten nach außen senden.`,
          fix: 'Nur nach Prüfung durch das Entwicklungsteam zusammenführen (siehe CODEOWNERS); Inhalte besser als .md schreiben.',
        });
      }
    });
  }
  return problems;
};
