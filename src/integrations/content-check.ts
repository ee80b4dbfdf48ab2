/**
 * The content check decides first, wherever content is turned into pages:
 *
 * - `astro build` (also when run without `npm run build`): the German report
 *   is printed and the build stops before Astro reads a single entry, so a
 *   contributor never meets Astro's English stack traces.
 * - `astro dev`: while content has errors, every page shows the German
 *   report instead of the site (and never Astro's error overlay); the
 *   check runs again whenever a file in content/ or public/ changes, and
 *   the browser reloads by itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkContent } from '../../tooling/content-check/check.ts';
import { formatReport, isError, type ContentProblem } from '../../tooling/content-check/problems.ts';
import { problemsPage } from '../../tooling/content-check/problems-page.ts';
import { cacheDir, siteDir } from '../lib/paths.ts';

/** `astro dev` keeps what the check read, so the check after a save rereads only the changed files. */
async function runCheck(production: boolean): Promise<ContentProblem[]> {
  try {
    return (await checkContent({ siteDir, production, remember: !production, cacheDir })).problems;
  } catch (error) {
    return [{
      file: 'Inhaltsprüfung',
      message: 'Die Inhaltsprüfung ist selbst auf einen Fehler gestoßen; das liegt nicht an Ihren Änderungen.',
      fix: `Bitte dem Entwicklungsteam Bescheid geben. Technische Angabe: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    }];
  }
}

export function contentCheck(): AstroIntegration {
  let problems: ContentProblem[] = [];
  return {
    name: 'wissensnetz-content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'build') {
          problems = await runCheck(true);
          console.log(formatReport(problems));
          // Exiting here, not throwing: a thrown error would print Astro's stack trace under the German report.
          if (problems.some(isError)) process.exit(1);
        } else if (command === 'dev') {
          problems = await runCheck(false);
          if (problems.length > 0) console.log(formatReport(problems));
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const errors = problems.filter(isError);
          const wantsPage = (request.headers.accept ?? '').includes('text/html');
          if (errors.length === 0 || !wantsPage) return next();
          response.statusCode = 200;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(problemsPage(errors));
        });
        watchContent(server, async () => {
          problems = await runCheck(false);
          console.log(formatReport(problems));
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}

/** Runs `onChange` (at most every 300 ms) when anything under content/ or public/ changes. */
function watchContent(server: ViteDevServer, onChange: () => void) {
  const folders = [path.join(siteDir, 'content'), path.join(siteDir, 'public')].filter((folder) => fs.existsSync(folder));
  server.watcher.add(folders);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (file: string) => {
    if (!folders.some((folder) => file.startsWith(folder + path.sep))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, 300);
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, changed);
}
