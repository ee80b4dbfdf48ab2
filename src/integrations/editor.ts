/**
 * The browser editor at /admin/ (Decap CMS, README "Editor"): not a
 * reading page and not an Astro page. The build writes it next to the site:
 *
 * - admin/index.html: the editor's own page (noindex, its own
 *   Content-Security-Policy, no link to or from the reading pages' code);
 * - admin/editor.js + the chunks Decap CMS loads on demand: src/admin/editor.js
 *   bundled with React by esbuild, self-hosted, no CDN;
 * - admin/preview.css: the site's stylesheet for the preview pane;
 * - admin/config.yml comes from public/ (generated from the schemas).
 *
 * `astro dev` serves the same files under /admin/.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { editorConfig, LOCAL_BACKEND_URL } from '../../tooling/editor/config.ts';
import { projectRoot } from '../lib/paths.ts';

const DECAP_DIST = path.join(projectRoot, 'node_modules/decap-cms-app/dist');

/** API hosts of the Git hosts the editor may sign in to; the only hosts it may talk to. */
const GIT_HOST_APIS: Record<string, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com',
};

/**
 * The editor's policy. Looser than the reading pages' (src/lib/csp.ts), because
 * Decap CMS needs it, but still no other host than the Git host's API (and
 * decap-server on the contributor's own machine):
 * - 'unsafe-eval': Decap validates its configuration with ajv, which compiles validators;
 * - style 'unsafe-inline': its components inject their styles at run time (emotion);
 * - blob: images are uploads shown before they are saved.
 */
export function editorCsp(): string {
  const config = editorConfig() as { backend: { name: string; api_root?: string } };
  const api = config.backend.api_root ? new URL(config.backend.api_root).origin : GIT_HOST_APIS[config.backend.name];
  const local = new URL(LOCAL_BACKEND_URL).origin;
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${api} ${local}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function editorPage(): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${editorCsp()}">
<title>Editor – Wissensnetz</title>
<link rel="icon" href="data:,">
<link rel="cms-config-url" type="text/yaml" href="/admin/config.yml">
<script src="/admin/editor.js" defer></script>
</head>
<body>
<noscript>Der Editor braucht JavaScript. Ohne JavaScript lassen sich Beiträge wie in CONTRIBUTING.md beschrieben direkt im Repository bearbeiten.</noscript>
</body>
</html>
`;
}

/**
 * The bundle, built once per Decap version and entry source: bundling takes
 * seconds, so later builds copy it from node_modules/.cache (deleting it only costs time).
 */
async function editorBundle(): Promise<string> {
  const entry = path.join(projectRoot, 'src/admin');
  const version = JSON.parse(fs.readFileSync(path.join(DECAP_DIST, '../package.json'), 'utf8')).version as string;
  const hash = createHash('sha256').update(version);
  for (const file of fs.readdirSync(entry).sort()) hash.update(file).update(fs.readFileSync(path.join(entry, file)));
  const cached = path.join(projectRoot, 'node_modules/.cache/wissensnetz-editor', hash.digest('hex').slice(0, 16));
  if (fs.existsSync(path.join(cached, 'editor.js'))) return cached;
  // A folder of this process's own, renamed into place when complete: builds running side by side
  // (the incremental-build tests) may bundle at the same time, and the first to finish wins.
  const temporary = `${cached}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(projectRoot, 'src/admin/editor.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: path.join(temporary, 'editor.js'),
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    legalComments: 'linked',
    logLevel: 'error',
  });
  try {
    fs.renameSync(temporary, cached);
  } catch {
    // Another build put a complete bundle there first.
    fs.rmSync(temporary, { recursive: true, force: true });
  }
  return cached;
}

/** Writes the editor's page, script, chunks and preview styles into `dir`. */
export async function writeEditor(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(await editorBundle(), dir, { recursive: true });
  // Chunks Decap loads on demand (webpack, next to the script that loaded it), without source maps.
  for (const file of fs.readdirSync(DECAP_DIST)) {
    if (/^\d+\.decap-cms-app\.js$|\.wasm$/.test(file)) fs.copyFileSync(path.join(DECAP_DIST, file), path.join(dir, file));
  }
  fs.copyFileSync(path.join(projectRoot, 'src/styles/global.css'), path.join(dir, 'preview.css'));
  fs.writeFileSync(path.join(dir, 'index.html'), editorPage());
}

export function editor(): AstroIntegration {
  let devDir: string | undefined;
  return {
    name: 'wissensnetz-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith('/admin/') || url.pathname === '/admin/config.yml') return next();
          if (!devDir) {
            devDir = path.join(projectRoot, 'node_modules/.cache/wissensnetz-editor/dev');
            await writeEditor(devDir);
          }
          const file = path.join(devDir, url.pathname === '/admin/' ? 'index.html' : path.basename(url.pathname));
          if (!fs.existsSync(file)) return next();
          const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
          response.setHeader('Content-Type', `${type}; charset=utf-8`);
          response.end(fs.readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeEditor(path.join(fileURLToPath(dir), 'admin'));
        logger.info('Editor nach admin/ geschrieben.');
      },
    },
  };
}
