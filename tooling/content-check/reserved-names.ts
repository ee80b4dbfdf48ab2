/**
 * File names an entry must not take because a fixed page, folder or file of
 * the site already has that address. Read from the route files in
 * src/pages/ and from public/, so a new page reserves its name without a
 * list to keep.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collections, COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';
import { TRANSLATED_LOCALES, LOCALES } from '../../src/i18n/locales.ts';
import { PAGEFIND_FOLDER } from '../../src/integrations/pagefind.ts';
import { projectRoot } from '../../src/lib/paths.ts';

const pagesDir = path.join(projectRoot, 'src', 'pages');

/**
 * Fixed names in a route or public folder with the address they serve:
 * "kalender.ics.ts" → ["kalender", "kalender.ics"], "karte.astro" → ["karte", "karte/"].
 * Dynamic routes ("[id].astro") reserve nothing.
 */
function fixedNames(folder: string, isRouteFolder: boolean): [string, string][] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((dirent) => !dirent.name.startsWith('[') && !dirent.name.startsWith('.'))
    .map((dirent) => {
      const served = isRouteFolder && dirent.isFile() ? dirent.name.replace(/\.(astro|ts|js|md|mdx)$/, '') : dirent.name;
      const name = served.split('.')[0]!;
      if (name === 'index') return [name, ''];
      return [name, dirent.isDirectory() || !served.includes('.') ? `${served}/` : served];
    });
}

/** Reserved names of a collection's entries, each with the address that already exists there. */
export function reservedNames(collection: CollectionName, publicDirs: readonly string[]): Map<string, string> {
  const route = collections[collection].route;
  if (route) {
    return new Map(fixedNames(path.join(pagesDir, route), true).map(([name, served]) => [name, `/${route}/${served}`]));
  }
  // Stand-alone pages live at the top level, beside every other address of the site.
  const names: [string, string][] = [
    ...fixedNames(pagesDir, true),
    ...publicDirs.flatMap((dir) => fixedNames(dir, false)),
    ...COLLECTION_NAMES.map((other) => collections[other].route).filter(Boolean).map((name): [string, string] => [name, `${name}/`]),
    ...TRANSLATED_LOCALES.map((code): [string, string] => [LOCALES[code].prefix.slice(1), `${LOCALES[code].prefix.slice(1)}/`]),
    [PAGEFIND_FOLDER, `${PAGEFIND_FOLDER}/`],
  ];
  const reserved = new Map(names.map(([name, served]): [string, string] => [name, `/${served}`]));
  return reserved;
}
