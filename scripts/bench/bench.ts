/**
 * npm run bench — builds synthetic corpora (generated outside content/) with
 * this site and with Astro Starlight (bench/starlight/, a separate package),
 * alternating runs, and prints medians and ratios. Not a test: it asserts
 * nothing; figures depend on the machine, so compare within one run.
 *
 *   --sizes 1000,10000   corpus sizes (entries)
 *   --runs 3             builds per size and tool; medians are reported
 *   --no-starlight       only this site
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from '../synthetic/generate-site.ts';
import { folderBytes, measureCommand, type RunMeasurement } from './process-tree.ts';
import { measureSearch, type SearchMeasurement } from './search-in-browser.ts';
import { STARLIGHT_DIR, writeStarlightCorpus } from './starlight-corpus.ts';
import { shareCardCacheDir } from '../../src/lib/og-image/cache.ts';

const OUTPUT = path.resolve('bench/.output');

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

const sizes = argument('sizes', '1000,10000').split(',').map(Number);
const runs = Number(argument('runs', '3'));
const withStarlight = !process.argv.includes('--no-starlight') && fs.existsSync(path.join(STARLIGHT_DIR, 'node_modules/.bin/astro'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;

interface Tool {
  name: string;
  outDir: (entries: number) => string;
  build: (entries: number, fresh: boolean) => Promise<RunMeasurement>;
  /** Files that a one-entry change touches. */
  touch: (entries: number, run: number) => void;
  search: (entries: number) => Promise<SearchMeasurement>;
}

function ensureOk(result: RunMeasurement, what: string): RunMeasurement {
  if (result.exitCode !== 0) throw new Error(`${what} fehlgeschlagen:\n${result.output.slice(-3000)}`);
  return result;
}

const wissensnetz: Tool = {
  name: 'Wissensnetz',
  outDir: (entries) => path.join(OUTPUT, `site-${entries}-dist`),
  async build(entries, fresh) {
    const siteDir = path.relative(process.cwd(), path.join(OUTPUT, `site-${entries}`));
    const outDir = this.outDir(entries);
    if (fresh) {
      fs.rmSync(outDir, { recursive: true, force: true });
      fs.rmSync(path.resolve('node_modules/.astro/sites', siteDir.replace(/[^A-Za-z0-9]+/g, '-')), { recursive: true, force: true });
      // Cold means every share card is drawn too.
      fs.rmSync(shareCardCacheDir(siteDir), { recursive: true, force: true });
    }
    const env = { WISSENSNETZ_SITE_DIR: siteDir, WISSENSNETZ_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
    // The whole `npm run build`: content check, Astro, search index.
    return ensureOk(await measureCommand('npm', ['run', '--silent', 'build'], env), `Wissensnetz-Build (${entries})`);
  },
  touch(entries, run) {
    fs.appendFileSync(path.join(OUTPUT, `site-${entries}`, 'content/stories/geschichte-1.md'), `\nÄnderung ${run}.\n`);
  },
  search: (entries) => measureSearch(wissensnetz.outDir(entries), '/erfolgsgeschichten/', ['Begegnungscafé Stadtteilzentrum', 'Verwendungsnachweis']),
};

const starlight: Tool = {
  name: 'Starlight',
  outDir: (entries) => path.join(OUTPUT, `starlight-${entries}-dist`),
  async build(entries, fresh) {
    const outDir = this.outDir(entries);
    const cacheDir = path.join(OUTPUT, `starlight-${entries}-cache`);
    if (fresh) {
      fs.rmSync(outDir, { recursive: true, force: true });
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
    const astro = path.join(STARLIGHT_DIR, 'node_modules/.bin/astro');
    const env = {
      BENCH_OUT_DIR: outDir,
      BENCH_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      PATH: `${path.join(STARLIGHT_DIR, 'node_modules/.bin')}:${process.env.PATH}`,
    };
    return ensureOk(await measureCommand(astro, ['build'], env, STARLIGHT_DIR), `Starlight-Build (${entries})`);
  },
  touch(_entries, run) {
    fs.appendFileSync(path.join(STARLIGHT_DIR, 'src/content/docs/stories/geschichte-1.md'), `\nÄnderung ${run}.\n`);
  },
  search: (entries) => measureSearch(starlight.outDir(entries), '/stories/geschichte-1/', ['Begegnungscafé Stadtteilzentrum', 'Verwendungsnachweis'], 4391, 'starlight'),
};

interface Figures {
  cold: number[];
  warm: number[];
  peak: number[];
  pages: number;
  outputBytes: number;
  indexBytes: number;
  search?: SearchMeasurement;
}

console.log(`Benchmark: ${os.cpus().length} Kerne (${os.cpus()[0]?.model ?? 'unbekannt'}), ${mb(os.totalmem())} RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`Größen: ${sizes.join(', ')} Einträge; ${runs} Läufe je Größe und Werkzeug, abwechselnd; Median.${withStarlight ? '' : ' Ohne Starlight.'}\n`);

const results = new Map<string, Figures>();
const tools = withStarlight ? [wissensnetz, starlight] : [wissensnetz];

// The seed site (the real content/): search only, its build is tiny.
const seedBuild = await measureCommand('npm', ['run', '--silent', 'build'], { ASTRO_TELEMETRY_DISABLED: '1' });
ensureOk(seedBuild, 'Build der Seed-Seite');
const seedSearch = await measureSearch(path.resolve('dist'), '/erfolgsgeschichten/', ['Begegnungscafés', 'Koordinierung']);

for (const entries of sizes) {
  generateSite({ out: path.join(OUTPUT, `site-${entries}`), entries });
  if (withStarlight) writeStarlightCorpus(path.join(OUTPUT, `site-${entries}`));
  for (const tool of tools) results.set(`${tool.name}/${entries}`, { cold: [], warm: [], peak: [], pages: 0, outputBytes: 0, indexBytes: 0 });
  for (let run = 1; run <= runs; run += 1) {
    // Alternate tools within each run so machine noise hits both alike.
    for (const tool of run % 2 === 1 ? tools : [...tools].reverse()) {
      const figures = results.get(`${tool.name}/${entries}`)!;
      const cold = await tool.build(entries, true);
      tool.touch(entries, run);
      const warm = await tool.build(entries, false);
      figures.cold.push(cold.seconds);
      figures.warm.push(warm.seconds);
      figures.peak.push(Math.max(cold.peakRssBytes, warm.peakRssBytes));
      console.log(`  ${tool.name.padEnd(11)} ${entries} Einträge, Lauf ${run}/${runs}: kalt ${cold.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s, Spitze ${mb(Math.max(cold.peakRssBytes, warm.peakRssBytes))}`);
    }
  }
  for (const tool of tools) {
    const figures = results.get(`${tool.name}/${entries}`)!;
    const outDir = tool.outDir(entries);
    figures.pages = fs.readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html') && !String(file).startsWith('pagefind')).length;
    figures.outputBytes = folderBytes(outDir);
    figures.indexBytes = folderBytes(path.join(outDir, 'pagefind'));
    figures.search = await tool.search(entries);
  }
}

function table(header: string[], body: string[][]) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** Keystroke → results, and the part after the UI's typing pause (the search itself). */
const afterPause = (search: SearchMeasurement) =>
  `${search.firstResultsMs.toFixed(0)} ms (${(search.firstResultsMs - search.pauseMs).toFixed(0)} ms nach ${search.pauseMs} ms Pause; vorgeladen ${(search.preloadedResultsMs - search.pauseMs).toFixed(0)} ms; zweite Suche ${(search.secondResultsMs - search.pauseMs).toFixed(0)} ms)`;

const rows: string[][] = [];
for (const entries of sizes) {
  for (const tool of tools) {
    const f = results.get(`${tool.name}/${entries}`)!;
    rows.push([
      `${entries}`, tool.name, String(f.pages), `${median(f.cold).toFixed(1)} s`,
      `${median(f.warm).toFixed(1)} s (${((median(f.warm) / median(f.cold)) * 100).toFixed(0)} %)`,
      mb(median(f.peak)), mb(f.outputBytes), mb(f.indexBytes),
      kb(f.search!.gzipBytes), afterPause(f.search!),
    ]);
  }
}
rows.unshift(['Seed', 'Wissensnetz', '-', `${seedBuild.seconds.toFixed(1)} s`, '-', mb(seedBuild.peakRssBytes), mb(folderBytes('dist')), mb(folderBytes('dist/pagefind')), kb(seedSearch.gzipBytes), afterPause(seedSearch)]);
console.log('\nErgebnisse (Median)');
console.log(table(['Einträge', 'Werkzeug', 'Seiten', 'Kalt', 'Warm (1 Datei geändert)', 'Spitzen-RSS', 'Ausgabe', 'Suchindex', 'Erste Suche (gzip)', 'Tippen → Treffer'], rows));

if (withStarlight) {
  const ratios: string[][] = sizes.map((entries) => {
    const ours = results.get(`Wissensnetz/${entries}`)!;
    const theirs = results.get(`Starlight/${entries}`)!;
    return [
      String(entries), ratio(median(ours.cold), median(theirs.cold)), ratio(median(ours.warm), median(theirs.warm)),
      ratio(median(ours.peak), median(theirs.peak)), ratio(ours.outputBytes, theirs.outputBytes), ratio(ours.indexBytes, theirs.indexBytes),
      ratio(ours.search!.gzipBytes, theirs.search!.gzipBytes), ratio(ours.search!.firstResultsMs - ours.search!.pauseMs, theirs.search!.firstResultsMs - theirs.search!.pauseMs),
    ];
  });
  console.log('\nVerhältnis Wissensnetz / Starlight (unter 1 = Wissensnetz kleiner oder schneller)');
  console.log(table(['Einträge', 'Kalt', 'Warm', 'Spitzen-RSS', 'Ausgabe', 'Suchindex', 'Erste Suche', 'Suche nach der Tipp-Pause'], ratios));
}
