/** Lists the pages of a built site from its output folder, as URL paths. */
import fs from 'node:fs';
import path from 'node:path';

export function builtPagePaths(outDir: string): string[] {
  const root = path.resolve(outDir);
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const url = `/${file.split(path.sep).join('/')}`;
      if (url === '/404.html') return url;
      return url.replace(/index\.html$/, '');
    })
    .sort();
}

/** One page per page type, for checks too slow to run on every page. */
export function onePerPageType(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((page) => {
    const segments = page.split('/').filter(Boolean);
    const type = segments.length === 0 ? 'home' : segments.length === 1 ? `list:${segments[0]}` : `detail:${segments[0]}`;
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
}
