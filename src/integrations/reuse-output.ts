/**
 * The output folder is kept between builds instead of emptied. Astro empties
 * it file by file before every build, and an incremental build then copied
 * every unchanged page back from its cache: at 10,000 entries most of a warm
 * build's file work (figures in docs/incremental-builds.md). With the folder kept, Astro leaves a page whose key is
 * unchanged where it is (`existsInDist` in astro/dist/core/build/generate.js)
 * and writes only what it renders (docs/incremental-builds.md).
 *
 * What the build did not produce must then go, or a deleted entry's page, an
 * old asset or a removed download would stay published. After the build,
 * every file in the folder is deleted unless this build wrote it (modified
 * since the build started) or Astro's incremental manifest records it as a
 * page this build kept. The search index folder is written after the build
 * (scripts/build-search-index.ts), so the old one is always deleted here.
 *
 * tests/incremental/ proves the result equals an emptied-folder build file
 * by file, for every kind of change, deletions included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A folder Astro keeps in the output (a deployment checkout); never swept. */
const KEPT_FOLDER = '.git';

export function reuseOutputFolder(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let startedAt = 0;
  return {
    name: 'wissensnetz-reuse-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        startedAt = fileSystemNow(cacheDir);
        // Left over by builds before this module existed.
        fs.rmSync(path.join(cacheDir, 'previous-output'), { recursive: true, force: true });
      },
      // Runs after every other integration's build:done (last in astro.config.mjs), so what they write counts as written.
      'astro:build:done': ({ logger }) => {
        if (holdsProject(outDir, cacheDir)) {
          logger.warn('Der Ausgabeordner enthält das Projekt selbst; alte Dateien darin werden nicht gelöscht.');
          return;
        }
        const swept = sweepOutput(outDir, startedAt, keptPages(cacheDir));
        if (swept > 0) logger.info(`${swept} Dateien aus früheren Builds entfernt.`);
      },
    },
  };
}

/**
 * An output folder set to the project (or a folder around it) must never be
 * swept: everything the build did not write there would be deleted.
 */
export function holdsProject(outDir: string, cacheDir: string): boolean {
  const inside = (folder: string) => path.relative(outDir, folder) === '' || !path.relative(outDir, folder).startsWith('..');
  return inside(process.cwd()) || inside(cacheDir) || fs.existsSync(path.join(outDir, 'package.json'));
}

/**
 * The file system's clock, which stamps the files the build writes: a marker
 * file's modification time. Date.now() can be a few milliseconds ahead of
 * the kernel's coarse file time stamps.
 */
function fileSystemNow(folder: string): number {
  fs.mkdirSync(folder, { recursive: true });
  const marker = path.join(folder, 'build-started');
  fs.writeFileSync(marker, '');
  return fs.statSync(marker).mtimeMs;
}

/** Output files (relative to the output folder) that Astro's incremental manifest lists for this build. */
function keptPages(cacheDir: string): Set<string> {
  const manifestFile = path.join(cacheDir, 'incremental-build.json');
  const kept = new Set<string>();
  if (!fs.existsSync(manifestFile)) return kept;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) if (entry.outputFile) kept.add(path.normalize(entry.outputFile));
  }
  return kept;
}

/** Deletes every file this build neither wrote nor kept, then the folders left empty. Returns how many files went. */
export function sweepOutput(outDir: string, startedAt: number, kept: ReadonlySet<string>): number {
  let swept = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const item of fs.readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, item.name);
      if (item.isDirectory()) {
        if (folder === outDir && item.name === KEPT_FOLDER) {
          empty = false;
          continue;
        }
        if (walk(absolute)) fs.rmdirSync(absolute);
        else empty = false;
        continue;
      }
      const relative = path.relative(outDir, absolute);
      if (kept.has(relative) || fs.lstatSync(absolute).mtimeMs >= startedAt) {
        empty = false;
        continue;
      }
      fs.rmSync(absolute, { force: true });
      swept += 1;
    }
    return empty;
  };
  if (fs.existsSync(outDir)) walk(outDir);
  return swept;
}
