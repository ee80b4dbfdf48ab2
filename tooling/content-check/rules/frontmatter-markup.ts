/** Frontmatter is plain text: it is escaped on the page, so markup would show as code. Reject it early. */
import type { z } from 'astro/zod';
import { collections } from '../../../src/schemas/index.ts';
import { walkValues } from '../../../src/lib/schema-walk.ts';
import type { ContentProblem } from '../problems.ts';
import { pathKeys, type Rule } from '../view.ts';

const HTML_TAG = /<\/?[a-z!][^>]*>?/i;

export const frontmatterMarkup: Rule = (view) => {
  const problems: ContentProblem[] = [];
  for (const entry of view.entries) {
    walkValues(collections[entry.collection].schema as z.ZodType, entry.data, ({ value, path }) => {
      if (typeof value === 'string' && HTML_TAG.test(value)) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(pathKeys(path)),
          field: path,
          message: 'HTML ist in Feldern des Kopfbereichs nicht erlaubt (hier steht etwas wie ein HTML-Tag).',
          fix: 'Nur reinen Text schreiben. Formatierungen gehören in den Text unterhalb des Kopfbereichs.',
        });
      }
    });
  }
  return problems;
};
