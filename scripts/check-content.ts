/**
 * npm run check:content — validates every content file and prints all
 * problems at once. Exits non-zero on any error so that the build, which
 * runs this first, publishes nothing from invalid content. Warnings are
 * printed and let the build go on.
 *
 *   --drafts   check as in development, where drafts are shown (default: as production)
 */
import { checkContent } from '../tooling/content-check/check.ts';
import { formatReport, isError } from '../tooling/content-check/problems.ts';
import { cacheDir, siteDir } from '../src/lib/paths.ts';

const production = !process.argv.includes('--drafts');
try {
  const { problems, entries } = await checkContent({ siteDir, production, cacheDir });
  console.log(formatReport(problems));
  const errors = problems.filter(isError);
  if (errors.length === 0) console.log(`  ${entries.length} Einträge in ${new Set(entries.map((e) => e.collection)).size} Sammlungen.`);
  process.exitCode = errors.length > 0 ? 1 : 0;
} catch (error) {
  // A bug in the checker itself, never the contributor's fault: no stack trace for them, a pointer for maintainers.
  console.log('✗ Die Inhaltsprüfung ist selbst auf einen Fehler gestoßen; das liegt nicht an Ihren Änderungen.');
  console.log('    So beheben: Bitte dem Entwicklungsteam Bescheid geben (Pull-Request-Kommentar genügt).');
  console.log(`    Technische Angabe: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  if (process.env['DEBUG']) console.error(error);
  process.exitCode = 2;
}
