/** The built sites the build checks run over: the real one and the synthetic one. */
import fs from 'node:fs';
import path from 'node:path';

export const BUILDS = [
  { name: 'site', outDir: 'dist', siteDir: '.' },
  { name: 'synthetic', outDir: 'tests/.output/synthetic-dist', siteDir: 'tests/.output/synthetic' },
] as const;

export interface BuiltPage {
  url: string;
  file: string;
  html: string;
}

export function builtPages(outDir: string): BuiltPage[] {
  if (!fs.existsSync(outDir)) throw new Error(`${outDir} fehlt: zuerst bauen (npm run build, npm run build:synthetic).`);
  return fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    // The editor (admin/) is not a reading page: tests/build/editor.test.ts checks it on its own.
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind') && !file.startsWith(`admin${path.sep}`))
    .sort()
    .map((file) => ({
      url: `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''),
      file: path.join(outDir, file),
      html: fs.readFileSync(path.join(outDir, file), 'utf8'),
    }));
}

/** Redirect stubs Astro writes for content/redirects.yaml: not pages of their own. */
export function isRedirectStub(page: BuiltPage): boolean {
  return /<meta http-equiv="refresh"/i.test(page.html);
}
