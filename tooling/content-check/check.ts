/**
 * Checks all contributed content the way the build will use it, and more:
 * every problem in every file at once, each with file, line, field and fix.
 * Used by `npm run check:content` (before every build) and by the tests.
 *
 * The walk sorts every file in content/ into an entry, a data file or a
 * problem; each entry is read once (read-entry.ts); then every rule in
 * rules/ runs over that one view.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './problems.ts';
import { readEntry, rememberedReadEntry } from './read-entry.ts';
import type { CheckedEntry, ContentView, SiteInput } from './view.ts';
import { walkContent } from './walk.ts';
import { bodyMarkup } from './rules/body-markup.ts';
import { documentText } from './rules/document-text.ts';
import { downloads } from './rules/downloads.ts';
import { duplicates } from './rules/duplicates.ts';
import { entryNames } from './rules/entry-names.ts';
import { frontmatterMarkup } from './rules/frontmatter-markup.ts';
import { mdxCode } from './rules/mdx-code.ts';
import { moduleRequires } from './rules/module-requires.ts';
import { placeholders } from './rules/placeholders.ts';
import { publicFiles } from './rules/public-files.ts';
import { redirects } from './rules/redirects.ts';
import { references } from './rules/references.ts';
import { synonyms } from './rules/synonyms.ts';
import { uniqueFields } from './rules/unique-fields.ts';

export type { CheckedEntry } from './view.ts';

export interface CheckOptions {
  /** Folder holding content/ and public/. */
  siteDir: string;
  /** Production leaves drafts out, so published entries must not point at drafts. */
  production: boolean;
  /** Paths in messages are relative to this folder (the project root). */
  displayRoot?: string;
  /**
   * Keep what was read for the next check in this process, so a file is read
   * again only when it changed (`astro dev` checks after every save). Off
   * for one-off checks, which would only hold the memory.
   */
  remember?: boolean;
  /**
   * The build's cache folder: each body's verdict is kept there for the next
   * check (body-verdicts.ts). Builds, `astro dev` and `npm run
   * check:content` pass it; tests leave it out unless they test it.
   */
  cacheDir?: string;
}

export interface CheckResult {
  problems: ContentProblem[];
  entries: CheckedEntry[];
}

/** Every rule, in the order their problems are most useful to read. */
export const RULES = [
  entryNames,
  frontmatterMarkup,
  placeholders,
  bodyMarkup,
  mdxCode,
  duplicates,
  uniqueFields,
  references,
  moduleRequires,
  redirects,
  synonyms,
  downloads,
  documentText,
  publicFiles,
] as const;

export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const input: SiteInput = {
    siteDir: options.siteDir,
    contentDir: path.join(options.siteDir, 'content'),
    publicDir: path.join(options.siteDir, 'public'),
    production: options.production,
    display: (absolute) => path.relative(options.displayRoot ?? process.cwd(), absolute) || '.',
    cacheDir: options.cacheDir,
  };
  if (!fs.existsSync(input.contentDir)) {
    return { problems: [{ file: input.display(input.contentDir), message: 'Der Ordner content/ fehlt.' }], entries: [] };
  }
  const walked = walkContent(input);
  const problems = [...walked.problems];
  const entries: CheckedEntry[] = [];
  for (const file of walked.files) {
    const read = options.remember ? rememberedReadEntry(file, input) : readEntry(file, input);
    problems.push(...read.problems);
    if (read.entry) entries.push(read.entry);
  }
  const view: ContentView = { ...input, entries };
  for (const rule of RULES) problems.push(...(await rule(view)));
  return { problems, entries };
}
