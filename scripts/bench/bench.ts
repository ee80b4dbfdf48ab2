/**
 * npm run bench — builds synthetic corpora (generated outside content/) with
 * this site and with Astro Starlight (bench/starlight/, a separate package),
 * alternating runs, and prints medians and ratios. Not a test: it asserts
 * nothing about the figures (it only stops if a tool's page count changes
 * between runs); they depend on the machine, so compare within one run.
 *
 * Both sides build two interface languages: this site German at the root and
 * English under /en/ (src/integrations/localized-routes.ts), Starlight a German
 * root locale and an `en` locale whose pages are fallback pages of the German
 * entries (bench/starlight/astro.config.mjs). Page counts still differ (this
 * site has hub, listing and funding pages Starlight has not), so the tables
 * give build time per built HTML page besides the totals.
 *
 * Each run builds cold (no caches), then warm after one story's text changed,
 * then (this site only) warm after a city that many pages show was renamed.
 * This site's builds are measured in two phases, Astro and the search index
 * step, each with its time and peak memory (docs/incremental-builds.md).
 *
 *   --sizes 1000,10000   corpus sizes (entries)
 *   --runs 3             builds per size and tool; medians are reported
 *   --no-starlight       only this site
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from '../synthetic/generate-site.ts';
import { copySite, measureDevLoop, type DevLoopMeasurement } from './dev-loop.ts';
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
/** Milliseconds of build time per built HTML page. */
const perPage = (seconds: number, pages: number) => (seconds * 1000) / pages;
const ms = (milliseconds: number) => `${milliseconds.toFixed(1)} ms`;

/** Built HTML pages (not Pagefind's own files) of an output folder, and how many of them are under /en/. */
function countPages(outDir: string): { pages: number; english: number } {
  const files = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  return { pages: files.length, english: files.filter((file) => file.startsWith('en/')).length };
}

/** A build, and for this site its two phases: Astro, then the search index step. */
interface BuildMeasurement extends RunMeasurement {
  phases?: { astro: RunMeasurement; index: RunMeasurement };
}

interface Tool {
  name: string;
  outDir: (entries: number) => string;
  build: (entries: number, fresh: boolean) => Promise<BuildMeasurement>;
  /** Files that a one-entry change touches. */
  touch: (entries: number, run: number) => void;
  /** Renames a city that many pages show (this site only). */
  renameCity?: (entries: number, run: number) => void;
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
    // What `npm run build` runs, phase by phase: Astro (with the content check), then the search index step.
    const astro = ensureOk(await measureCommand('node_modules/.bin/astro', ['build'], env), `Wissensnetz-Build (${entries})`);
    const index = ensureOk(await measureCommand(process.execPath, ['scripts/build-search-index.ts'], env), `Suchindex (${entries})`);
    return {
      seconds: astro.seconds + index.seconds,
      peakRssBytes: Math.max(astro.peakRssBytes, index.peakRssBytes),
      exitCode: 0,
      output: astro.output + index.output,
      phases: { astro, index },
    };
  },
  touch(entries, run) {
    fs.appendFileSync(path.join(OUTPUT, `site-${entries}`, 'content/stories/geschichte-1.md'), `\nÄnderung ${run}.\n`);
  },
  renameCity(entries, run) {
    // The generator spreads entries over its cities evenly: the first city is as shown as any.
    const file = path.join(OUTPUT, `site-${entries}`, 'content/cities/stadt-1.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "Umbenannte Stadt ${run} (synthetisch)"`));
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
  /** Warm after renaming a city (this site only). */
  warmCity: number[];
  /** Search index step: cold, warm (after the story change). */
  indexCold: number[];
  indexWarm: number[];
  peak: number[];
  peakAstro: number[];
  peakIndex: number[];
  /** Built HTML pages; the same in every run of a size (checked). */
  pages: number;
  englishPages: number;
  outputBytes: number;
  indexBytes: number;
  search?: SearchMeasurement;
}

console.log(`Benchmark: ${os.cpus().length} Kerne (${os.cpus()[0]?.model ?? 'unbekannt'}), ${mb(os.totalmem())} RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`Größen: ${sizes.join(', ')} Einträge; ${runs} Läufe je Größe und Werkzeug, abwechselnd; Median.${withStarlight ? '' : ' Ohne Starlight.'}`);
console.log('Beide Seiten bauen zwei Oberflächensprachen: Deutsch an der Wurzel, Englisch unter /en/ (Starlight: Ersatzseiten der deutschen Einträge).\n');

const results = new Map<string, Figures>();
const tools = withStarlight ? [wissensnetz, starlight] : [wissensnetz];

// The seed site (the real content/): search only, its build is tiny.
const seedBuild = await measureCommand('npm', ['run', '--silent', 'build'], { ASTRO_TELEMETRY_DISABLED: '1' });
ensureOk(seedBuild, 'Build der Seed-Seite');
const seedSearch = await measureSearch(path.resolve('dist'), '/erfolgsgeschichten/', ['Begegnungscafés', 'Koordinierung']);

// The contributor's loop in `npm run dev`, on a copy of the real content (the bench edits a story there).
const devLoops: [string, DevLoopMeasurement][] = [];
{
  const seedCopy = path.join(OUTPUT, 'seed-dev');
  copySite('.', seedCopy);
  const story = fs.readdirSync(path.join(seedCopy, 'content/stories')).filter((file) => file.endsWith('.md')).sort()[0]!;
  devLoops.push(['Seed', await measureDevLoop(path.relative(process.cwd(), seedCopy), `/erfolgsgeschichten/${story.replace(/\.md$/, '')}/`, `content/stories/${story}`)]);
}

for (const entries of sizes) {
  await generateSite({ out: path.join(OUTPUT, `site-${entries}`), entries });
  if (withStarlight) writeStarlightCorpus(path.join(OUTPUT, `site-${entries}`));
  // The contributor's loop is measured up to 1,000 entries, as the issue on incremental builds asks.
  if (entries <= 1000) {
    const siteDir = path.relative(process.cwd(), path.join(OUTPUT, `site-${entries}`));
    devLoops.push([String(entries), await measureDevLoop(siteDir, '/erfolgsgeschichten/geschichte-1/', 'content/stories/geschichte-1.md')]);
  }
  for (const tool of tools) {
    results.set(`${tool.name}/${entries}`, {
      cold: [], warm: [], warmCity: [], indexCold: [], indexWarm: [], peak: [], peakAstro: [], peakIndex: [], pages: 0, englishPages: 0, outputBytes: 0, indexBytes: 0,
    });
  }
  for (let run = 1; run <= runs; run += 1) {
    // Alternate tools within each run so machine noise hits both alike.
    for (const tool of run % 2 === 1 ? tools : [...tools].reverse()) {
      const figures = results.get(`${tool.name}/${entries}`)!;
      const cold = await tool.build(entries, true);
      tool.touch(entries, run);
      const warm = await tool.build(entries, false);
      let warmCity: BuildMeasurement | undefined;
      if (tool.renameCity) {
        tool.renameCity(entries, run);
        warmCity = await tool.build(entries, false);
        figures.warmCity.push(warmCity.seconds);
      }
      for (const build of [cold, warm, warmCity]) {
        if (!build?.phases) continue;
        figures.peakAstro.push(build.phases.astro.peakRssBytes);
        figures.peakIndex.push(build.phases.index.peakRssBytes);
      }
      if (cold.phases && warm.phases) {
        figures.indexCold.push(cold.phases.index.seconds);
        figures.indexWarm.push(warm.phases.index.seconds);
      }
      const built = countPages(tool.outDir(entries));
      if (figures.pages && figures.pages !== built.pages) throw new Error(`${tool.name} baut ${built.pages} statt ${figures.pages} Seiten (${entries} Einträge)`);
      figures.pages = built.pages;
      figures.englishPages = built.english;
      figures.cold.push(cold.seconds);
      figures.warm.push(warm.seconds);
      figures.peak.push(Math.max(cold.peakRssBytes, warm.peakRssBytes, warmCity?.peakRssBytes ?? 0));
      const cityNote = warmCity ? `, warm nach Stadt-Umbenennung ${warmCity.seconds.toFixed(1)} s` : '';
      const phaseNote = warm.phases ? ` (davon Suchindex ${warm.phases.index.seconds.toFixed(1)} s)` : '';
      console.log(`  ${tool.name.padEnd(11)} ${entries} Einträge, Lauf ${run}/${runs}: ${built.pages} Seiten, kalt ${cold.seconds.toFixed(1)} s (${ms(perPage(cold.seconds, built.pages))}/Seite), warm ${warm.seconds.toFixed(1)} s${phaseNote}${cityNote}, Spitze ${mb(figures.peak.at(-1)!)}`);
    }
  }
  for (const tool of tools) {
    const figures = results.get(`${tool.name}/${entries}`)!;
    const outDir = tool.outDir(entries);
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
      `${entries}`, tool.name, `${f.pages} (${f.englishPages})`, `${median(f.cold).toFixed(1)} s`,
      `${median(f.warm).toFixed(1)} s (${((median(f.warm) / median(f.cold)) * 100).toFixed(0)} %)`,
      ms(perPage(median(f.cold), f.pages)), ms(perPage(median(f.warm), f.pages)),
      mb(median(f.peak)), mb(f.outputBytes), mb(f.indexBytes),
      kb(f.search!.gzipBytes), afterPause(f.search!),
    ]);
  }
}
const seedPages = countPages(path.resolve('dist'));
rows.unshift(['Seed', 'Wissensnetz', `${seedPages.pages} (${seedPages.english})`, `${seedBuild.seconds.toFixed(1)} s`, '-', ms(perPage(seedBuild.seconds, seedPages.pages)), '-', mb(seedBuild.peakRssBytes), mb(folderBytes('dist')), mb(folderBytes('dist/pagefind')), kb(seedSearch.gzipBytes), afterPause(seedSearch)]);
console.log('\nErgebnisse (Median; Seiten: gebaute HTML-Seiten, in Klammern davon unter /en/; je Seite: Bauzeit ÷ Seiten)');
console.log(table(['Einträge', 'Werkzeug', 'Seiten (davon /en/)', 'Kalt', 'Warm (1 Datei geändert)', 'Kalt je Seite', 'Warm je Seite', 'Spitzen-RSS', 'Ausgabe', 'Suchindex', 'Erste Suche (gzip)', 'Tippen → Treffer'], rows));

if (withStarlight) {
  const ratios: string[][] = sizes.map((entries) => {
    const ours = results.get(`Wissensnetz/${entries}`)!;
    const theirs = results.get(`Starlight/${entries}`)!;
    return [
      String(entries), ratio(ours.pages, theirs.pages), ratio(median(ours.cold), median(theirs.cold)), ratio(median(ours.warm), median(theirs.warm)),
      ratio(perPage(median(ours.cold), ours.pages), perPage(median(theirs.cold), theirs.pages)),
      ratio(perPage(median(ours.warm), ours.pages), perPage(median(theirs.warm), theirs.pages)),
      ratio(median(ours.peak), median(theirs.peak)), ratio(ours.outputBytes, theirs.outputBytes), ratio(ours.indexBytes, theirs.indexBytes),
      ratio(ours.search!.gzipBytes, theirs.search!.gzipBytes), ratio(ours.search!.firstResultsMs - ours.search!.pauseMs, theirs.search!.firstResultsMs - theirs.search!.pauseMs),
    ];
  });
  console.log('\nVerhältnis Wissensnetz / Starlight (unter 1 = Wissensnetz kleiner oder schneller)');
  console.log(table(['Einträge', 'Seiten', 'Kalt', 'Warm', 'Kalt je Seite', 'Warm je Seite', 'Spitzen-RSS', 'Ausgabe', 'Suchindex', 'Erste Suche', 'Suche nach der Tipp-Pause'], ratios));
}

{
  const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;
  const phaseRows = sizes.map((entries) => {
    const f = results.get(`Wissensnetz/${entries}`)!;
    return [
      String(entries),
      `${median(f.warm).toFixed(1)} s (${percent(median(f.warm), median(f.cold))})`,
      `${median(f.warmCity).toFixed(1)} s (${percent(median(f.warmCity), median(f.cold))})`,
      `${median(f.indexCold).toFixed(1)} s / ${median(f.indexWarm).toFixed(1)} s (${percent(median(f.indexWarm), median(f.warm))} des warmen Builds)`,
      `${median(f.warm) - median(f.indexWarm) > 0 ? (median(f.warm) - median(f.indexWarm)).toFixed(1) : '-'} s`,
      mb(median(f.peakAstro)), mb(median(f.peakIndex)),
    ];
  });
  console.log('\nWissensnetz inkrementell (Median; Anteile am kalten Build derselben Läufe)');
  console.log(table(['Einträge', 'Warm: 1 Geschichte geändert', 'Warm: Stadt umbenannt', 'Suchindex kalt / warm', 'Warm ohne Suchindex', 'Spitze Astro', 'Spitze Suchindex'], phaseRows));
}

console.log('\nEntwicklungsserver (npm run dev): erste Seite einer Geschichte, dann eine Änderung an ihrer Datei');
console.log(table(['Einträge', 'Erste Seite', 'Änderung sichtbar'], devLoops.map(([size, loop]) => [size, `${loop.firstPageSeconds.toFixed(1)} s`, `${loop.editVisibleSeconds.toFixed(2)} s`])));
