/**
 * npm run bench — builds synthetic corpora (generated outside content/) and
 * prints build and search figures. Not a test: it asserts nothing and the
 * figures depend on the machine, so compare them within one run.
 *
 *   --sizes 1000,10000   corpus sizes (entries)
 *   --runs 3             builds per size; medians are reported
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from '../synthetic/generate-site.ts';
import { folderBytes, measureCommand } from './process-tree.ts';
import { measureSearch } from './search-in-browser.ts';

const OUTPUT = path.resolve('bench/.output');

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

const sizes = argument('sizes', '1000,10000').split(',').map(Number);
const runs = Number(argument('runs', '3'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface BuildFigures {
  cold: number[];
  warm: number[];
  peak: number[];
  pages: number;
  outputBytes: number;
  indexBytes: number;
}

async function buildSite(siteDir: string | undefined, outDir: string, fresh: boolean) {
  const env: NodeJS.ProcessEnv = { WISSENSNETZ_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  if (siteDir) env.WISSENSNETZ_SITE_DIR = path.relative(process.cwd(), siteDir);
  if (fresh) {
    fs.rmSync(outDir, { recursive: true, force: true });
    const cacheDir = siteDir
      ? path.resolve('node_modules/.astro/sites', path.relative(process.cwd(), siteDir).replace(/[^A-Za-z0-9]+/g, '-'))
      : path.resolve('node_modules/.astro');
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  const result = await measureCommand('astro', ['build'], env);
  if (result.exitCode !== 0) throw new Error(`Build fehlgeschlagen:\n${result.output.slice(-3000)}`);
  return result;
}

async function benchBuilds(entries: number): Promise<{ siteDir: string; outDir: string; figures: BuildFigures }> {
  const siteDir = path.join(OUTPUT, `site-${entries}`);
  const outDir = path.join(OUTPUT, `site-${entries}-dist`);
  generateSite({ out: siteDir, entries });
  const figures: BuildFigures = { cold: [], warm: [], peak: [], pages: 0, outputBytes: 0, indexBytes: 0 };
  const touched = path.join(siteDir, 'content/stories/geschichte-1.md');
  for (let run = 1; run <= runs; run += 1) {
    const cold = await buildSite(siteDir, outDir, true);
    fs.appendFileSync(touched, `\nÄnderung für den Warm-Build ${run}.\n`);
    const warm = await buildSite(siteDir, outDir, false);
    figures.cold.push(cold.seconds);
    figures.warm.push(warm.seconds);
    figures.peak.push(Math.max(cold.peakRssBytes, warm.peakRssBytes));
    console.log(`  ${entries} Einträge, Lauf ${run}/${runs}: kalt ${cold.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s, Spitze ${mb(cold.peakRssBytes)}`);
  }
  figures.pages = fs.readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  figures.outputBytes = folderBytes(outDir);
  figures.indexBytes = folderBytes(path.join(outDir, 'pagefind'));
  return { siteDir, outDir, figures };
}

console.log(`Benchmark auf ${os.cpus().length} Kernen (${os.cpus()[0]?.model ?? 'unbekannt'}), ${mb(os.totalmem())} RAM, Node ${process.version}`);
console.log(`Größen: ${sizes.join(', ')} Einträge, ${runs} Läufe je Größe (Median)\n`);

const rows: string[][] = [];
const searchRows: string[][] = [];

// The seed site: the real content in content/.
await buildSite(undefined, path.resolve('dist'), false);
const seedSearch = await measureSearch(path.resolve('dist'), '/erfolgsgeschichten/', ['Begegnungscafés', 'Koordinierung']);
searchRows.push(['Seed-Seite', kb(seedSearch.bytes), kb(seedSearch.gzipBytes), String(seedSearch.requests), `${seedSearch.firstResultsMs.toFixed(0)} ms`, `${seedSearch.secondResultsMs.toFixed(0)} ms`]);

for (const entries of sizes) {
  const { outDir, figures } = await benchBuilds(entries);
  const cold = median(figures.cold);
  const warm = median(figures.warm);
  rows.push([
    String(entries),
    String(figures.pages),
    `${cold.toFixed(1)} s`,
    `${warm.toFixed(1)} s (${((warm / cold) * 100).toFixed(0)} %)`,
    mb(median(figures.peak)),
    mb(figures.outputBytes),
    mb(figures.indexBytes),
  ]);
  const search = await measureSearch(outDir, '/erfolgsgeschichten/', ['Begegnungscafé Stadtteilzentrum', 'Verwendungsnachweis']);
  searchRows.push([`${entries} Einträge`, kb(search.bytes), kb(search.gzipBytes), String(search.requests), `${search.firstResultsMs.toFixed(0)} ms`, `${search.secondResultsMs.toFixed(0)} ms`]);
}

function table(header: string[], body: string[][]) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

console.log('\nBuild (Wissensnetz)');
console.log(table(['Einträge', 'Seiten', 'Kalt (Median)', 'Warm nach 1 Änderung', 'Spitzen-RSS (Prozessbaum)', 'Ausgabe', 'Pagefind-Index'], rows));
console.log('\nErste Suche im Browser (Dialog öffnen, Begriff tippen)');
console.log(table(['Seite', 'Übertragen', 'mit gzip', 'Anfragen', 'Bis Ergebnisse', 'Zweite Suche'], searchRows));
