/**
 * npm run search:eval — runs every query in tests/search/queries.json against
 * the built site's Pagefind index and prints the hit rate (expected page in
 * the top 3). On the synthetic site it also looks up every expert by name,
 * since the real experts directory has no entries yet.
 *
 *   --min 0.9   exit non-zero when the hit rate falls below this share
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

const { queries } = JSON.parse(fs.readFileSync('tests/search/queries.json', 'utf8')) as { queries: EvalQuery[] };
const results = [await evaluate('Seed site', 'dist', queries)];

const syntheticDist = 'tests/.output/synthetic-dist';
const syntheticExperts = 'tests/.output/synthetic/content/experts';
if (fs.existsSync(path.join(syntheticDist, 'pagefind')) && fs.existsSync(syntheticExperts)) {
  const expertQueries = fs.readdirSync(syntheticExperts).map((file) => {
    const title = /^title: "(.*)"$/m.exec(fs.readFileSync(path.join(syntheticExperts, file), 'utf8'))?.[1] ?? file;
    return { query: title.replace(/ \(synthetisch\)$/, ''), expect: `/expertinnen/${file.replace(/\.mdx?$/, '')}/` };
  });
  results.push(await evaluate('Synthetic site: experts by name', syntheticDist, expertQueries));
} else {
  console.log('\n(Synthetic site not built: run "npm run build:synthetic" to include the experts lookup.)');
}

const hits = results.reduce((sum, result) => sum + result.hits, 0);
const total = results.reduce((sum, result) => sum + result.total, 0);
const rate = hits / total;
console.log(`\nHit rate (expected page in top ${TOP}): ${hits}/${total} = ${(rate * 100).toFixed(1)} %`);
for (const [index, result] of results.entries()) {
  console.log(`  ${index === 0 ? 'seed site' : 'synthetic experts'}: ${result.hits}/${result.total}`);
}
const minimum = Number(argument('min') ?? 0);
if (rate < minimum) {
  console.error(`Hit rate below the required ${(minimum * 100).toFixed(0)} %.`);
  process.exitCode = 1;
}
