/**
 * The contributor's loop in `npm run dev`: how long until the dev server
 * serves its first page (content check included, as a contributor waits for
 * it), and how long until an edit to an entry shows on that entry's page.
 * Runs on a copy of the site folder, so the real content is never touched.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface DevLoopMeasurement {
  /** From starting `astro dev` to the entry page answering 200 with its HTML. */
  firstPageSeconds: number;
  /** From saving an edit to the entry file to the page showing it. */
  editVisibleSeconds: number;
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutSeconds: number, what: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutSeconds * 1000) {
    if (await check()) return (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Dev-Server: ${what} nicht nach ${timeoutSeconds} s.`);
}

/**
 * @param siteDir folder with content/ and public/ (a copy the bench may edit)
 * @param pagePath the entry's page, e.g. /erfolgsgeschichten/geschichte-1/
 * @param entryFile the entry's file inside siteDir
 */
export async function measureDevLoop(siteDir: string, pagePath: string, entryFile: string, port = 4392): Promise<DevLoopMeasurement> {
  const url = `http://127.0.0.1:${port}${pagePath}`;
  const server = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, WISSENSNETZ_SITE_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const firstPageSeconds = await waitFor(async () => (await fetchText(url))?.includes('</html>') ?? false, 180, 'erste Seite');
    const marker = `Bench-Änderung ${Date.now()}`;
    fs.appendFileSync(path.join(siteDir, entryFile), `\n${marker}\n`);
    const editVisibleSeconds = await waitFor(async () => (await fetchText(url))?.includes(marker) ?? false, 60, 'Änderung sichtbar');
    return { firstPageSeconds, editVisibleSeconds };
  } finally {
    // astro dev starts children of its own: end the whole group.
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      server.kill();
    }
    await exited;
  }
}

/** A copy of a site's content/ and public/ in `to`, for edits the bench makes. */
export function copySite(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  for (const folder of ['content', 'public']) {
    if (fs.existsSync(path.join(from, folder))) fs.cpSync(path.join(from, folder), path.join(to, folder), { recursive: true });
  }
}
