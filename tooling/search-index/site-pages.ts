/** The built HTML pages of a site folder, with the address each is served at. */
import fs from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  file: string;
  url: string;
}

/** Every .html file under `siteDir` except the search index's own folder. */
export function builtPages(siteDir: string, skipFolder: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (absolute !== skipFolder) walk(absolute);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        const relative = path.relative(siteDir, absolute).split(path.sep).join('/');
        pages.push({ file: absolute, url: `/${relative.replace(/(^|\/)index\.html$/, '$1')}` });
      }
    }
  };
  walk(siteDir);
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
