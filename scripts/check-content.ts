/**
 * npm run check:content — validates every content file and prints all
 * problems at once. Exits non-zero on any problem so that the build, which
 * runs this first, publishes nothing from invalid content.
 *
 *   --drafts   check as in development, where drafts are shown (default: as production)
 */
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatReport } from '../src/lib/content-check/problems.ts';
import { siteDir } from '../src/lib/paths.ts';

const production = !process.argv.includes('--drafts');
const { problems, entries } = checkContent({ siteDir, production });
console.log(formatReport(problems));
if (problems.length === 0) console.log(`  ${entries.length} Einträge in ${new Set(entries.map((e) => e.collection)).size} Sammlungen.`);
process.exitCode = problems.length > 0 ? 1 : 0;
