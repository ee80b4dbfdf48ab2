/**
 * Copies a synthetic Wissensnetz site into the Starlight comparison project
 * (bench/starlight/src/content/docs/): one docs page per entry with its
 * title, summary as description, and the same Markdown body. Structured
 * fields (facts, references) have no place in Starlight's schema, so they
 * are not carried over: Starlight builds less per page than Wissensnetz.
 *
 * Only German files are written, at the root locale. Starlight's `en` locale
 * (bench/starlight/astro.config.mjs) has no files of its own, so Starlight
 * builds each page a second time under /en/ as a fallback page, as this site
 * mirrors every page under /en/. A folder named `en` would be read as that
 * locale's content, so a collection of that name is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkdownFile } from '../../tooling/content-check/frontmatter.ts';

export const STARLIGHT_DIR = path.resolve('bench/starlight');

/** Returns the number of German docs pages written (Starlight builds each twice, plus its 404 page). */
export function writeStarlightCorpus(siteDir: string): number {
  const docs = path.join(STARLIGHT_DIR, 'src/content/docs');
  fs.rmSync(docs, { recursive: true, force: true });
  let pages = 0;
  const contentDir = path.join(siteDir, 'content');
  for (const collection of fs.readdirSync(contentDir)) {
    const folder = path.join(contentDir, collection);
    if (!fs.statSync(folder).isDirectory()) continue;
    if (collection === 'en') throw new Error('Eine Sammlung namens "en" fiele in Starlights englische Locale.');
    for (const file of fs.readdirSync(folder)) {
      const parsed = parseMarkdownFile(fs.readFileSync(path.join(folder, file), 'utf8'));
      if ('message' in parsed) continue;
      const data = parsed.data as { title: string; summary: string; draft?: boolean };
      if (data.draft) continue;
      const frontmatter = `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary)}\n---\n`;
      const target = path.join(docs, collection, file.replace(/\.mdx$/, '.md'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, `${frontmatter}\n${parsed.body}`);
      pages += 1;
    }
  }
  fs.writeFileSync(path.join(docs, 'index.md'), '---\ntitle: Start\ndescription: Synthetische Vergleichsseite.\n---\n\nSynthetische Testdaten für den Benchmark.\n');
  return pages + 1;
}
