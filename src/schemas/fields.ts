/**
 * Field builders shared by every collection schema. Each builder carries a
 * German description: it is what contributors read in editor tooltips and in
 * the generated field documentation, so it is written for them.
 */
import { z } from 'astro/zod';
import { infoOf, withInfo, type FacetKey, type ReferenceTarget } from './field-info.ts';

export type { ReferenceTarget } from './field-info.ts';

/** Search options of a field builder: the facet its values feed. */
export interface FacetMeta {
  facet?: FacetKey;
  facetInherit?: boolean;
}

/** Kebab-case file-name slug, the id of an entry. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reference to another entry by its file name without extension.
 * References are plain strings (not Astro's `reference()`) so the same schema
 * validates in plain Node scripts; the target collection is recorded as
 * metadata and checked by `src/lib/references.ts` before every build.
 */
export function ref(target: ReferenceTarget, description: string, search: FacetMeta = {}) {
  // Only "is text" here: whether the entry exists, with a spelling suggestion,
  // is reported by the reference check, which knows the existing ids.
  const schema = z
    .string({ error: 'Verweis bitte als Text angeben: den Dateinamen ohne Endung, z. B. "luebeck".' })
    .trim()
    .min(1, { error: 'Verweis darf nicht leer sein.' })
    .meta({ description });
  return withInfo(schema, { reference: target, ...search });
}

/** Reads the reference target recorded by `ref()`, if any, looking through optional/default wrappers. */
export function referenceTargetOf(schema: z.ZodType): ReferenceTarget | undefined {
  return infoOf(schema).reference;
}

/** True for fields created from `downloadPathField`: files that must exist in public/downloads/. */
export function isDownloadField(schema: z.ZodType): boolean {
  return infoOf(schema).download === true;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date. YAML turns `2018-11-28` into a Date already; quoted
 * strings are accepted too so that both spellings a contributor may use work.
 */
export function dateField(description: string, search: FacetMeta = {}) {
  const schema = z
    .union([
      z.date(),
      z.string().regex(ISO_DATE, { error: 'Datum bitte im Format JJJJ-MM-TT schreiben, z. B. 2018-11-28.' }),
    ])
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
      // JavaScript rolls 2018-11-31 over to 1 December; a contributor meant a day that does not exist.
      const rolledOver = typeof value === 'string' && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) !== value;
      if (Number.isNaN(date.getTime()) || rolledOver) {
        ctx.addIssue({ code: 'custom', message: `"${String(value)}" ist kein gültiges Datum.` });
        return z.NEVER;
      }
      return date;
    })
    .meta({ description, format: 'date' });
  return withInfo(schema, search);
}

/** How far an entry reaches; the same three scopes the network uses for its posts. */
export const SCOPES = ['bundesweit', 'überregional', 'lokal'] as const;
export const scopeField = z
  .enum(SCOPES, { error: `Reichweite muss eine von ${SCOPES.join(', ')} sein.` })
  .meta({ description: 'Reichweite des Eintrags: bundesweit, überregional oder lokal.' });

/** The sixteen German states, spelt as Germans write them. */
export const STATES = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
] as const;
export type State = (typeof STATES)[number];

const stateEnum = z.enum(STATES, { error: 'Bundesland bitte ausgeschrieben angeben, z. B. "Nordrhein-Westfalen".' });
export const stateField = stateEnum.meta({ description: 'Bundesland, ausgeschrieben.' });

/** A state or the whole country, for regions that experts or networks cover. */
export const regionField = withInfo(
  z.union([z.literal('bundesweit'), stateEnum]).meta({ description: '"bundesweit" oder ein Bundesland, ausgeschrieben.' }),
  { facet: 'state' },
);

/**
 * A link to another website: only http(s) with a real domain, so no
 * `javascript:`, `data:` or other scheme can reach a page, a feed or the
 * structured data. Every URL field of every schema is built here; e-mail
 * addresses have their own field (z.email), so mailto: is not needed.
 */
export function webUrl(description: string) {
  return z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'Bitte eine vollständige Adresse einer Website angeben, die mit https:// (oder http://) beginnt, z. B. https://www.example.org/.',
    })
    .meta({ description, format: 'uri', pattern: '^https?://' });
}

/** Non-empty single-line text. */
export function text(description: string, { min = 1, max = 300 }: { min?: number; max?: number } = {}) {
  return z
    .string()
    .trim()
    .min(min, { error: min === 1 ? 'Darf nicht leer sein.' : `Mindestens ${min} Zeichen.` })
    .max(max, { error: `Höchstens ${max} Zeichen.` })
    .meta({ description });
}

/**
 * A file under public/downloads/, written as the path the browser requests.
 * Each segment starts with a letter or digit, so "..", "." and hidden names
 * cannot reach outside the folder.
 */
export const DOWNLOAD_PATH = /^\/downloads(\/[A-Za-z0-9][A-Za-z0-9._-]*)+$/;
export const downloadPathField = z
  .string()
  .regex(DOWNLOAD_PATH, {
    error: 'Pfad bitte wie "/downloads/2018-berlin/protokoll.pdf" angeben: beginnend mit /downloads/, ohne ".." und ohne Leerzeichen (die Datei liegt in public/downloads/).',
  })
  .meta({ description: 'Pfad der Datei, beginnend mit /downloads/ (die Datei liegt in public/downloads/).' });
withInfo(downloadPathField, { download: true });

/**
 * Marks a top-level field whose value may occur in only one entry of the
 * collection (one potential analysis per city). The content checker reports
 * a second entry with the same value.
 */
export function unique<T extends z.ZodType>(schema: T): T {
  return withInfo(schema, { unique: true });
}

export function isUniqueField(schema: z.ZodType): boolean {
  return infoOf(schema).unique === true;
}
