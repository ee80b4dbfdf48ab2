/**
 * The one parsed view of a site's content that every rule reads: which
 * files there are, and each entry's data, body and field positions.
 */
import type { CollectionName } from '../../src/schemas/index.ts';
import type { ContentProblem } from './problems.ts';

export interface SiteInput {
  /** Folder holding content/ and public/. */
  siteDir: string;
  contentDir: string;
  publicDir: string;
  /** Production leaves drafts out, so published entries must not point at drafts. */
  production: boolean;
  /** A path as contributors see it in messages (relative to the project root). */
  display(absolute: string): string;
  /** The build's cache folder, where a rule may keep what it learned for the next check; none: nothing is kept. */
  cacheDir?: string | undefined;
}

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** Path for messages, e.g. content/stories/x.md. */
  file: string;
  absolute: string;
  extension: '.md' | '.mdx';
  data: Record<string, unknown> & { title: string; draft: boolean };
  /** False when the schema rejected the entry; its raw data is still cross-checked. */
  valid: boolean;
  body: string;
  /** 1-based file line where the body starts. */
  bodyStartLine: number;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface ContentView extends SiteInput {
  entries: CheckedEntry[];
}

/** A check over the whole view; one module per rule under rules/. */
export type Rule = (view: ContentView) => ContentProblem[] | Promise<ContentProblem[]>;

/** ['secured', 0, 'count'] from "secured[0].count". */
export function pathKeys(fieldPath: string): PropertyKey[] {
  return fieldPath
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}
