/**
 * What the body rule (rules/body-markup.ts) found in each body, kept in the
 * build's cache folder for the next check. Parsing and sanitising every body
 * is the check's largest cost (about 1.3 of 5.4 s at 10,000 entries,
 * docs/incremental-builds.md), and after a one-word fix every other body is
 * the same. A verdict is found by a hash of the body and its file type; its
 * lines count from the body's first line, so a body that moved down in its
 * file (longer front matter) keeps its verdict and still gets the right line.
 *
 * The version hashes the rule, the Markdown settings and sanitiser it
 * judges by, and the lockfile (the parser and sanitiser libraries).
 */
import path from 'node:path';
import { codeVersion, contentKey, readVersionedFile, writeVersionedFile } from '../cache/versioned-file.ts';

const CACHE_FILE = 'content-check-bodies.json';
const VERDICT_CODE = [
  './rules/body-markup.ts',
  '../../src/lib/markdown/processor.ts',
  '../../src/lib/markdown/sanitize.ts',
  '../../src/lib/markdown/accessible-markdown.ts',
  '../../package-lock.json',
];

/** One finding in a body; `line` is 0 on the body's first line. */
export interface BodyFinding {
  line: number;
  message: string;
  fix: string;
}

export interface BodyVerdicts {
  /** The body's findings: the kept ones if this body was judged before, else `judge`'s. */
  of(extension: string, body: string, judge: () => BodyFinding[]): BodyFinding[];
  /** Keeps the verdicts of this check's bodies (and only those) for the next one. */
  save(): void;
}

export function openBodyVerdicts(cacheDir: string | undefined): BodyVerdicts {
  const version = codeVersion(new URL(import.meta.url), VERDICT_CODE);
  const file = cacheDir ? path.join(cacheDir, CACHE_FILE) : undefined;
  const previous = readVersionedFile<BodyFinding[]>(file, version);
  const current: Record<string, BodyFinding[]> = {};
  return {
    of(extension, body, judge) {
      const key = bodyKey(extension, body);
      const found = current[key] ?? previous[key] ?? judge();
      current[key] = found;
      return found;
    },
    save() {
      if (file) writeVersionedFile(file, version, current);
    },
  };
}

/** The key a body's verdict is kept under. */
export function bodyKey(extension: string, body: string): string {
  return contentKey(extension, body);
}

/** The cache file's name in the cache folder (for tests). */
export const BODY_VERDICTS_FILE = CACHE_FILE;
