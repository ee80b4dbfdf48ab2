/**
 * content/search/synonyme.yaml: words and phrases that mean the same in a
 * search ("Förderantrag", "Zuwendungsantrag", "Antrag auf Förderung").
 * Contributors edit the file; the search index step reads it at build time
 * (tooling/search-index/synonyms.ts) and the content checker explains every
 * mistake in it (tooling/content-check/rules/synonyms.ts). This schema is
 * the one definition of a valid file for both, and for the JSON Schema
 * editors read (schemas/synonyms.schema.json).
 */
import { z } from 'astro/zod';
import { spellingKey, stemKey, wordsOf } from '../lib/german-text.ts';

/** Relative to content/. */
export const SYNONYMS_FILE = 'search/synonyme.yaml';

export const TERM_MIN = 2;
export const TERM_MAX = 60;

/**
 * Words of letters (with combining marks, so a file saved on macOS with
 * decomposed umlauts passes) and digits, separated by one space, one hyphen
 * or a hyphen and a space ("Kosten- und Finanzierungsplan").
 */
export const TERM_PATTERN = /^[\p{L}\p{M}\p{N}]+(?:(?:-|-? )[\p{L}\p{M}\p{N}]+)*$/u;

const quoted = (input: unknown) => (typeof input === 'string' ? `"${input}"` : 'Der Begriff');

const termSchema = z
  .string({ error: 'Ein Begriff muss ein Text sein.' })
  .min(TERM_MIN, { error: (issue) => `${quoted(issue.input)} ist zu kurz: ein Begriff hat mindestens ${TERM_MIN} Zeichen.` })
  .max(TERM_MAX, { error: (issue) => `${quoted(issue.input)} ist zu lang: ein Begriff hat höchstens ${TERM_MAX} Zeichen.` })
  .regex(TERM_PATTERN, {
    error: (issue) => `${quoted(issue.input)} ist kein Suchbegriff: erlaubt sind nur Wörter aus Buchstaben und Ziffern, getrennt durch Leerzeichen oder Bindestriche.`,
  })
  .meta({
    description: `Ein Wort oder eine kurze Wendung, wie man sie ins Suchfeld tippt, z. B. Antrag auf Förderung: Buchstaben, Ziffern, Leerzeichen und Bindestriche, ${TERM_MIN} bis ${TERM_MAX} Zeichen.`,
  });

const groupSchema = z
  .array(termSchema)
  .min(2, { error: 'Eine Gruppe braucht mindestens zwei Begriffe: allein hat ein Begriff keine Synonyme.' })
  .meta({ description: 'Mindestens zwei Begriffe, die bei der Suche dasselbe meinen, z. B. [Kommune, Gemeinde, Stadtverwaltung].' });

/**
 * The same search term, however it is written: in any case, with umlauts
 * written out or without their dots (Förderantrag, Foerderantrag,
 * Forderantrag), in another inflection (Förderanträge) and with a hyphen
 * for a space (E-Mail, E Mail). The search does not tell these apart
 * either: it matches words by spellingKey and stemKey.
 */
export function termKey(term: string): string {
  return wordsOf(term)
    .map((word) => stemKey(spellingKey(word)))
    .join(' ');
}

/** Where a term stands: group and position in it (0-based). */
export interface TermPlace {
  group: number;
  index: number;
  term: string;
}

/** A term that stands twice: `first` is where it stood before. */
export interface SynonymConflict {
  kind: 'same-group' | 'other-group';
  place: TermPlace;
  first: TermPlace;
}

/**
 * Terms written twice in one group, or in two groups (through such a term
 * the search would join two groups that mean different things). Reads groups as
 * loaded, so the checker can report these next to other mistakes: what
 * is not a list of texts is left to the schema.
 */
export function synonymConflicts(groups: readonly unknown[]): SynonymConflict[] {
  const conflicts: SynonymConflict[] = [];
  const seen = new Map<string, TermPlace>();
  groups.forEach((group, groupIndex) => {
    if (!Array.isArray(group)) return;
    const inGroup = new Map<string, TermPlace>();
    group.forEach((term: unknown, index) => {
      const key = typeof term === 'string' ? termKey(term) : '';
      // Not text, or no word in it: the schema reports it.
      if (typeof term !== 'string' || key === '') return;
      const place = { group: groupIndex, index, term };
      const before = inGroup.get(key);
      const elsewhere = seen.get(key);
      if (before) conflicts.push({ kind: 'same-group', place, first: before });
      else if (elsewhere) conflicts.push({ kind: 'other-group', place, first: elsewhere });
      if (!before) inGroup.set(key, place);
    });
    for (const [key, place] of inGroup) {
      if (!seen.has(key)) seen.set(key, place);
    }
  });
  return conflicts;
}

/** The conflict in one sentence; the checker passes the line of the first place and adds a fix. */
export function conflictMessage(conflict: SynonymConflict, firstLine?: number): string {
  const { place, first } = conflict;
  const spelt = first.term === place.term ? '' : ` (als "${first.term}")`;
  const line = firstLine ? ` in Zeile ${firstLine}` : '';
  return conflict.kind === 'same-group'
    ? `"${place.term}" steht zweimal in dieser Gruppe${spelt}.`
    : `"${place.term}" steht schon in der ${first.group + 1}. Gruppe${line}${spelt}; ein Begriff kann nur zu einer Gruppe gehören.`;
}

export const synonymsSchema = z
  .object({
    gruppen: z
      .array(groupSchema)
      .default([])
      .meta({ description: 'Die Gruppen, je Zeile eine in eckigen Klammern: - [Förderantrag, Zuwendungsantrag, Antrag auf Förderung].' }),
  })
  .strict()
  .superRefine((document, context) => {
    for (const conflict of synonymConflicts(document.gruppen)) {
      context.addIssue({ code: 'custom', path: ['gruppen', conflict.place.group, conflict.place.index], message: conflictMessage(conflict) });
    }
  })
  .meta({ description: 'Wörter und Wendungen, die bei der Suche dasselbe meinen. Wer nach einem Begriff einer Gruppe sucht, findet auch Seiten mit den anderen.' });

export type Synonyms = z.output<typeof synonymsSchema>;
