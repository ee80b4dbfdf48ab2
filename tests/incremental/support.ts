/**
 * A throw-away copy of the project with a small synthetic site, built the
 * way `npm run build` builds (without the search index step, whose input is
 * the built HTML compared here), with Astro's cache folder chosen per build:
 * one cache that every warm build reuses, and an empty one for each cold
 * build of the same content.
 *
 * Two copies of the project's code (src/, tooling/, public/, the config),
 * so that a test may change a dictionary string without touching the
 * checkout, and so that the warm and the cold build can run side by side:
 * Astro writes its intermediate files inside the project. They sit side by
 * side, so the site's files have the same relative path (edit links show
 * it) from both. node_modules is linked, not copied.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from '../../scripts/synthetic/generate-site.ts';

const PROJECT_FILES = ['src', 'tooling', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

export type ProjectCopy = 'warm' | 'cold';

export interface Workspace {
  root: string;
  projects: Record<ProjectCopy, string>;
  site: string;
}

export async function createWorkspace(entries: number): Promise<Workspace> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wissensnetz-incremental-'));
  const projects = { warm: path.join(root, 'project-warm'), cold: path.join(root, 'project-cold') };
  for (const project of Object.values(projects)) {
    fs.mkdirSync(project);
    for (const name of PROJECT_FILES) fs.cpSync(name, path.join(project, name), { recursive: true });
    fs.symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'), 'dir');
  }
  const site = path.join(root, 'site');
  await generateSite({ out: site, entries });
  return { root, projects, site };
}

export function removeWorkspace(workspace: Workspace): void {
  fs.rmSync(workspace.root, { recursive: true, force: true });
}

export interface BuildResult {
  outDir: string;
  /** Pages and files Astro copied from the last build instead of rendering them. */
  reused: number;
  /** Pages and files Astro rendered. */
  rendered: number;
  log: string;
}

export function build(
  workspace: Workspace,
  options: { project: ProjectCopy; outDir: string; cacheDir: string; today: string },
): Promise<BuildResult> {
  const project = workspace.projects[options.project];
  const astro = path.join(project, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: project,
      env: {
        ...process.env,
        WISSENSNETZ_SITE_DIR: workspace.site,
        WISSENSNETZ_OUT_DIR: options.outDir,
        WISSENSNETZ_CACHE_DIR: options.cacheDir,
        WISSENSNETZ_TODAY: options.today,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`astro build failed (${code}):\n${log.slice(-3000)}`));
      resolve({
        outDir: options.outDir,
        reused: (log.match(/\((?:cached|restored)\)/g) ?? []).length,
        rendered: (log.match(/\(\+\d+(?:\.\d+)?m?s\)/g) ?? []).length,
        log,
      });
    });
  });
}

function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort();
}

/** Files that differ between two built sites (missing on one side, or other bytes), with where they first differ. */
export function differences(warmDir: string, coldDir: string): string[] {
  const warm = new Set(listFiles(warmDir));
  const cold = new Set(listFiles(coldDir));
  const found: string[] = [];
  for (const name of cold) if (!warm.has(name)) found.push(`${name}: only in the cold build`);
  for (const name of warm) if (!cold.has(name)) found.push(`${name}: only in the warm build`);
  for (const name of cold) {
    if (!warm.has(name)) continue;
    const a = fs.readFileSync(path.join(warmDir, name));
    const b = fs.readFileSync(path.join(coldDir, name));
    if (a.equals(b)) continue;
    let at = 0;
    while (at < a.length && a[at] === b[at]) at += 1;
    const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 60), at + 60).toString('utf8'));
    found.push(`${name}: differs at byte ${at}\n    warm: ${around(a)}\n    cold: ${around(b)}`);
  }
  return found;
}

/** Replaces text in a file of the workspace; fails loudly when the text is not there (the generator changed). */
export function replaceIn(file: string, search: string | RegExp, replacement: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`${file}: ${String(search)} not found`);
  fs.writeFileSync(file, changed);
}
