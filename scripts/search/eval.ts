/**
 * npm run search:eval — search quality over the built sites' Pagefind
 * indexes: a query counts as a hit when its expected page is among the
 * first three results.
 *
 * - Gate (what --min checks): the queries in tests/search/synthetic-queries.json
 *   against the synthetic site (npm run build:synthetic), whose expected pages
 *   are hand-written synthetic entries, plus a lookup of every synthetic expert
 *   by name. No change to content/ can make it fail.
 * - Report: the queries in tests/search/queries.json against the real site
 *   (dist/). Printed for whoever tunes the search; it never fails, because
 *   editing a real entry may rightly change what it is found by.
 *
 *   --min 0.9   exit non-zero when the gate's hit rate falls below this share
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadBuiltPagefind, type PagefindApi } from './pagefind-node.ts';
import { RANKING } from '../../src/lib/search/ranking.ts';

interface EvalQuery {
  query: string;
  expect: string;
  filters?: Record<string, string[]>;
}

const TOP = 3;

async function topUrls(pagefind: PagefindApi, query: EvalQuery): Promise<string[]> {
  const search = await pagefind.search(query.query, query.filters ? { filters: query.filters } : {});
  const data = await Promise.all(search.results.slice(0, TOP).map((result) => result.data()));
  return data.map((item) => item.url);
}

async function evaluate(label: string, siteDir: string, queries: EvalQuery[]) {
  const pagefind = await loadBuiltPagefind(siteDir);
  await pagefind.options({ ranking: RANKING });
  let hits = 0;
  console.log(`\n${label} (${siteDir})`);
  for (const query of queries) {
    const urls = await topUrls(pagefind, query);
    const rank = urls.indexOf(query.expect) + 1;
    if (rank > 0) hits += 1;
    const filters = query.filters ? ` [${Object.entries(query.filters).map(([k, v]) => `${k}=${v.join('|')}`).join(' ')}]` : '';
    console.log(`  ${rank > 0 ? `✓ #${rank}` : '✗   '} ${query.query}${filters} → ${query.expect}${rank > 0 ? '' : `  (got ${urls.join(', ') || 'nothing'})`}`);
  }
  return { hits, total: queries.length };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function readQueries(file: string): EvalQuery[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { queries: EvalQuery[] }).queries;
}

const percent = (hits: number, total: number) => `${hits}/${total} = ${((hits / total) * 100).toFixed(1)} %`;
const minimum = Number(argument('min') ?? 0);

// Report: the real site. Never fails.
if (fs.existsSync(path.join('dist', 'pagefind'))) {
  const real = await evaluate('Report: real site (tests/search/queries.json), does not fail npm test', 'dist', readQueries('tests/search/queries.json'));
  console.log(`  Real-site hit rate (report only, not a gate): ${percent(real.hits, real.total)}`);
} else {
  console.log('\n(Real site not built: run "npm run build" to include the report.)');
}

// Gate: the synthetic site.
const syntheticDist = 'tests/.output/synthetic-dist';
const syntheticExperts = 'tests/.output/synthetic/content/experts';
if (!fs.existsSync(path.join(syntheticDist, 'pagefind')) || !fs.existsSync(syntheticExperts)) {
  console.error('\nSynthetic site not built: run "npm run build:synthetic"; the gate runs on it.');
  process.exit(minimum > 0 ? 1 : 0);
}
const expertQueries = fs.readdirSync(syntheticExperts).map((file) => {
  const title = /^title: "(.*)"$/m.exec(fs.readFileSync(path.join(syntheticExperts, file), 'utf8'))?.[1] ?? file;
  return { query: title.replace(/ \(synthetisch\)$/, ''), expect: `/expertinnen/${file.replace(/\.mdx?$/, '')}/` };
});
const gate = [
  { name: 'synthetic queries', ...(await evaluate('Gate: synthetic site (tests/search/synthetic-queries.json)', syntheticDist, readQueries('tests/search/synthetic-queries.json'))) },
  { name: 'synthetic experts by name', ...(await evaluate('Gate: synthetic site, every expert by name', syntheticDist, expertQueries)) },
];

const hits = gate.reduce((sum, result) => sum + result.hits, 0);
const total = gate.reduce((sum, result) => sum + result.total, 0);
const rate = hits / total;
console.log(`\nGate hit rate on the synthetic site (expected page in top ${TOP}): ${percent(hits, total)}`);
for (const result of gate) console.log(`  ${result.name}: ${result.hits}/${result.total}`);
if (rate < minimum) {
  console.error(`Hit rate below the required ${(minimum * 100).toFixed(0)} %.`);
  process.exitCode = 1;
} else if (minimum > 0) {
  console.log(`At least the required ${(minimum * 100).toFixed(0)} %.`);
}
