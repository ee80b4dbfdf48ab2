/**
 * Prompts the scaffolder writes ("Bitte ausfüllen: …") must not be
 * published: in the frontmatter or in the text, drafts included, since a
 * draft becomes a page the moment its draft line is deleted.
 */
import type { z } from 'astro/zod';
import { collections } from '../../../src/schemas/index.ts';
import { walkValues } from '../../../src/lib/schema-walk.ts';
import { PROMPT_PREFIX } from '../../../src/lib/scaffold.ts';
import type { ContentProblem } from '../problems.ts';
import { pathKeys, type Rule } from '../view.ts';

const FIX = 'Den Platzhalter durch die echte Angabe ersetzen, oder die Zeile löschen, wenn es dazu nichts zu sagen gibt.';

export const placeholders: Rule = (view) => {
  const problems: ContentProblem[] = [];
  for (const entry of view.entries) {
    walkValues(collections[entry.collection].schema as z.ZodType, entry.data, ({ value, path }) => {
      if (typeof value !== 'string' || !value.includes(PROMPT_PREFIX)) return;
      problems.push({ file: entry.file, line: entry.lineOf(pathKeys(path)), field: path, message: 'Hier steht noch der Platzhalter aus der Vorlage.', fix: FIX });
    });
    entry.body.split('\n').forEach((text, index) => {
      if (!text.includes(PROMPT_PREFIX)) return;
      problems.push({ file: entry.file, line: entry.bodyStartLine + index, message: 'Im Text steht noch der Platzhalter aus der Vorlage.', fix: FIX });
    });
  }
  return problems;
};
