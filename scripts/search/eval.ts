/**
 * npm run search:eval — search quality, measured with the site's own search
 * (searchSite from public/search/engine.js, the code the browser runs, over
 * the built site's Pagefind index and /pagefind/woerter.json vocabulary).
 * docs/search-eval.md explains the query classes, how the queries were
 * written and how to read the figures.
 *
 * - Gate: the queries in tests/search/synthetic-queries.json against the
 *   synthetic site (npm run build:synthetic), plus a lookup of every
 *   synthetic expert by name (class exact). Expected pages are hand-written
 *   synthetic entries, so no change to content/ can make it fail.
 * - Report: tests/search/queries.json against the real site (dist/). Printed
 *   for whoever tunes the search; it never fails, because editing a real
 *   entry may rightly change what it is found by.
 *
 * Per query class and overall: top-3 hit rate (expected page among the first
 * three results), mean reciprocal rank of the expected page within the first
 * ten (0 when absent) and the share of queries with no result at all.
 *
 *   --min 0.95         gate: exit non-zero when the top-3 hit rate falls below
 *                      this share (checked for the queries file alone and
 *                      together with the expert lookups), or when any gate
 *                      query returns no result (each one has an answer by
 *                      construction)
 *   --site DIR         the built synthetic site to gate on (default tests/.output/synthetic-dist)
 *   --content DIR      its content/ folder, for the expert lookups (default
 *                      tests/.output/synthetic/content; without it, a --site
 *                      run skips the lookups)
 *   --real DIR         the built real site for the report (default dist; with
 *                      --site, the report runs only when --real is given)
 *   --all              list every query, not only the misses
 */
import { PAGEFIND_FOLDER } from '../../src/integrations/pagefind.ts';
import { VOCABULARY_FILE } from '../../public/search/vocabulary.js';
import fs from 'node:fs';
import path from 'node:path';
import { loadBuiltPagefind } from './pagefind-node.ts';
import { RANKING } from '../../src/lib/search/ranking.ts';
import { NO_VOCABULARY, parseVocabulary, searchSite } from '../../public/search/engine.js';

const QUERY_CLASSES = ['exact', 'inflection', 'compound', 'typo', 'variant', 'synonym', 'question', 'words'] as const;
type QueryClass = (typeof QUERY_CLASSES)[number];

interface EvalQuery {
  query: string;
  expect: string;
  class?: QueryClass;
  how?: string;
  filters?: Record<string, string[]>;
}

interface Outcome {
  query: EvalQuery;
  /** Position of the expected page among the first RANKED results, 0 when absent. */
  rank: number;
  total: number;
  /** Addresses of the first RANKED results. */
  urls: string[];
  note: string;
}

const TOP = 3;
const RANKED = 10;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

function readQueries(file: string, { requireClass }: { requireClass: boolean }): EvalQuery[] {
  const queries = (JSON.parse(fs.readFileSync(file, 'utf8')) as { queries: EvalQuery[] }).queries;
  for (const query of queries) {
    const known = query.class === undefined ? !requireClass : (QUERY_CLASSES as readonly string[]).includes(query.class);
    if (!known || (requireClass && !query.how)) {
      console.error(`${file}: "${query.query}" needs a class (${QUERY_CLASSES.join(', ')}) and a "how".`);
      process.exit(2);
    }
  }
  return queries;
}

/** The vocabulary the index step writes beside the pages; without it the engine searches what was typed. */
function loadVocabulary(siteDir: string) {
  const file = path.join(siteDir, PAGEFIND_FOLDER, VOCABULARY_FILE);
  return fs.existsSync(file) ? parseVocabulary(JSON.parse(fs.readFileSync(file, 'utf8'))) : NO_VOCABULARY;
}

async function evaluate(siteDir: string, queries: EvalQuery[]): Promise<Outcome[]> {
  const pagefind = await loadBuiltPagefind(siteDir);
  await pagefind.options({ ranking: RANKING });
  const vocabulary = loadVocabulary(siteDir);
  console.log(`  (vocabulary: ${vocabulary.size ? `${vocabulary.size} words from ${PAGEFIND_FOLDER}/${VOCABULARY_FILE}` : `none, ${PAGEFIND_FOLDER}/${VOCABULARY_FILE} not built`})`);
  const outcomes: Outcome[] = [];
  for (const query of queries) {
    const filters = Object.fromEntries(Object.entries(query.filters ?? {}).map(([key, values]) => [key, { any: values }]));
    const search = await searchSite(pagefind, vocabulary, query.query, { filters });
    const urls = (await Promise.all(search.results.slice(0, RANKED).map((result) => result.data()))).map((data) => String(data.url));
    const notes = [
      search.searchedFor !== query.query.trim() ? `searched for "${search.searchedFor}"` : '',
      search.corrections.length ? `corrected ${search.corrections.map((c) => `${c.from}→${c.to}`).join(', ')}` : '',
      search.partial ? `partial match${search.missingEverywhere.length ? `, nowhere: ${search.missingEverywhere.join(' ')}` : ''}` : '',
    ].filter(Boolean);
    outcomes.push({ query, rank: urls.indexOf(query.expect) + 1, total: search.total, urls, note: notes.join('; ') });
  }
  return outcomes;
}

interface Figures {
  count: number;
  hits: number;
  mrr: number;
  zero: number;
}

function figures(outcomes: readonly Outcome[]): Figures {
  return {
    count: outcomes.length,
    hits: outcomes.filter((outcome) => outcome.rank > 0 && outcome.rank <= TOP).length,
    mrr: outcomes.reduce((sum, outcome) => sum + (outcome.rank > 0 ? 1 / outcome.rank : 0), 0) / (outcomes.length || 1),
    zero: outcomes.filter((outcome) => outcome.total === 0).length,
  };
}

const share = (part: number, whole: number) => `${((part / (whole || 1)) * 100).toFixed(1).padStart(5)} %`;

function row(label: string, f: Figures): string {
  return `  ${label.padEnd(18)} ${String(f.count).padStart(7)}  ${`${String(f.hits).padStart(3)} = ${share(f.hits, f.count)}`.padStart(15)}  ${f.mrr.toFixed(3).padStart(6)}  ${`${String(f.zero).padStart(3)} = ${share(f.zero, f.count)}`.padStart(15)}`;
}

/** The collection an address belongs to, by its first segment ("/staedte/x/" → staedte; a page at the root → pages). */
const section = (url: string) => (url.split('/').filter(Boolean).length > 1 ? url.split('/')[1]! : 'pages');

function printTables(outcomes: readonly Outcome[]) {
  const header = `  ${''.padEnd(18)} ${'queries'.padStart(7)}  ${`top-${TOP} hits`.padStart(15)}  ${`MRR@${RANKED}`.padStart(6)}  ${'no result'.padStart(15)}`;
  if (outcomes.some((outcome) => outcome.query.class)) {
    console.log(`\n  By class:\n${header}`);
    for (const name of QUERY_CLASSES) {
      const inClass = outcomes.filter((outcome) => outcome.query.class === name);
      if (inClass.length) console.log(row(name, figures(inClass)));
    }
    const unclassed = outcomes.filter((outcome) => !outcome.query.class);
    if (unclassed.length) console.log(row('(no class)', figures(unclassed)));
  }
  console.log(`\n  By collection of the expected page:\n${header}`);
  for (const name of [...new Set(outcomes.map((outcome) => section(outcome.query.expect)))].sort()) {
    console.log(row(name, figures(outcomes.filter((outcome) => section(outcome.query.expect) === name))));
  }
  console.log(row('overall', figures(outcomes)));
}

function printQueries(outcomes: readonly Outcome[], all: boolean) {
  const shown = outcomes.filter((outcome) => all || outcome.rank === 0 || outcome.rank > TOP);
  if (!shown.length) return;
  console.log(all ? '\n  Every query:' : `\n  Misses (expected page not in the top ${TOP}):`);
  for (const outcome of shown) {
    const { query } = outcome;
    const filters = query.filters ? ` [${Object.entries(query.filters).map(([k, v]) => `${k}=${v.join('|')}`).join(' ')}]` : '';
    const mark = outcome.rank > 0 && outcome.rank <= TOP ? `✓ #${outcome.rank}` : outcome.total === 0 ? '∅   ' : outcome.rank > 0 ? `✗ #${outcome.rank}` : '✗   ';
    console.log(`  ${mark} ${(query.class ?? '').padEnd(10)} "${query.query}"${filters} → ${query.expect}`);
    if (outcome.rank === 0 || outcome.rank > TOP) {
      const got = outcome.total === 0 ? 'no result' : `${outcome.total} results: ${outcome.urls.slice(0, TOP).join(', ')}`;
      console.log(`         got ${got}${outcome.note ? ` (${outcome.note})` : ''}`);
    }
  }
}

/** One lookup per synthetic expert: the name as its title gives it, without "(synthetisch)". */
function expertQueries(contentDir: string): EvalQuery[] {
  const folder = path.join(contentDir, 'experts');
  return fs
    .readdirSync(folder)
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => {
      const title = /^title:\s*"?(.*?)"?\s*$/m.exec(fs.readFileSync(path.join(folder, file), 'utf8'))?.[1] ?? file;
      return {
        query: title.replace(/ \(synthetisch\)$/, ''),
        expect: `/expertinnen/${file.replace(/\.mdx?$/, '')}/`,
        class: 'exact' as const,
        how: 'The expert\'s name as the title writes it.',
      };
    });
}

const minimum = argument('min') === undefined ? undefined : Number(argument('min'));
const all = flag('all');
const customSite = argument('site');
const siteDir = customSite ?? 'tests/.output/synthetic-dist';
const contentDir = argument('content') ?? (customSite ? undefined : 'tests/.output/synthetic/content');
const realDir = argument('real') ?? (customSite ? undefined : 'dist');

// Report: the real site. Never fails.
if (realDir && fs.existsSync(path.join(realDir, 'pagefind'))) {
  console.log(`\nReport: real site (tests/search/queries.json against ${realDir}), never fails npm test`);
  const real = await evaluate(realDir, readQueries('tests/search/queries.json', { requireClass: false }));
  printTables(real);
  printQueries(real, all);
} else if (realDir) {
  console.log(`\n(Real site not built in ${realDir}: run "npm run build" to include the report.)`);
}

// Gate: the synthetic site.
if (!fs.existsSync(path.join(siteDir, 'pagefind'))) {
  console.error(`\nSynthetic site not built in ${siteDir}: run "npm run build:synthetic"; the gate runs on it.`);
  process.exit(minimum !== undefined ? 1 : 0);
}
console.log(`\nGate: synthetic site (tests/search/synthetic-queries.json against ${siteDir})`);
const fileQueries = readQueries('tests/search/synthetic-queries.json', { requireClass: true });
const lookups = contentDir && fs.existsSync(path.join(contentDir, 'experts')) ? expertQueries(contentDir) : [];
if (!lookups.length) console.log('  (no --content folder with experts: the lookup of every expert by name is skipped)');
const outcomes = await evaluate(siteDir, [...fileQueries, ...lookups]);
const fromFile = outcomes.slice(0, fileQueries.length);
printTables(outcomes);
printQueries(outcomes, all);

const fileFigures = figures(fromFile);
const allFigures = figures(outcomes);
console.log(`\nQueries file: top-${TOP} ${share(fileFigures.hits, fileFigures.count).trim()} of ${fileFigures.count}, MRR@${RANKED} ${fileFigures.mrr.toFixed(3)}, no result ${fileFigures.zero}.`);
if (lookups.length) {
  console.log(`With the ${lookups.length} expert lookups: top-${TOP} ${share(allFigures.hits, allFigures.count).trim()} of ${allFigures.count}, MRR@${RANKED} ${allFigures.mrr.toFixed(3)}, no result ${allFigures.zero}.`);
}
if (minimum !== undefined) {
  const rates: [string, Figures][] = [['queries file', fileFigures], ...(lookups.length ? [['queries file with the expert lookups', allFigures] as [string, Figures]] : [])];
  const failures = rates
    .filter(([, f]) => f.hits / f.count < minimum)
    .map(([label, f]) => `Top-${TOP} hit rate of the ${label} ${share(f.hits, f.count).trim()} is below the required ${(minimum * 100).toFixed(0)} %.`);
  if (allFigures.zero > 0) {
    failures.push(`${allFigures.zero} ${allFigures.zero === 1 ? 'query returns' : 'queries return'} no result at all, though each has an answer on the site.`);
  }
  if (failures.length) {
    for (const failure of failures) console.error(failure);
    process.exitCode = 1;
  } else {
    console.log(`Gate passed: at least ${(minimum * 100).toFixed(0)} % in the top ${TOP}, and every query finds something.`);
  }
}
