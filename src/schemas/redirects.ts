/**
 * content/redirects.yaml: the rule for renamed and removed entries. A link
 * someone shared must keep working: a renamed or moved entry gets a
 * redirect from its old address; a removed entry leaves an archive notice
 * at its old address instead of a 404. The content checker keeps the list
 * consistent with the entries that exist.
 */
import { z } from 'astro/zod';
import { dateField, text } from './fields.ts';

const sitePath = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*$/, { error: 'Adresse wie "/erfolgsgeschichten/alter-name/" schreiben: mit / am Anfang und Ende, nur Kleinbuchstaben, Ziffern und Bindestriche.' })
  .meta({ description: 'Adresse auf dieser Website, z. B. /erfolgsgeschichten/alter-name/.' });

export const redirectsSchema = z
  .object({
    moved: z
      .array(
        z
          .object({
            from: sitePath,
            to: sitePath,
            date: dateField('Wann umbenannt oder verschoben.'),
          })
          .strict(),
      )
      .default([])
      .meta({ description: 'Umbenannte oder verschobene Einträge: alte Adresse → neue Adresse.' }),
    removed: z
      .array(
        z
          .object({
            path: sitePath,
            title: text('Titel des entfernten Eintrags.', { max: 140 }),
            date: dateField('Wann entfernt.'),
            reason: text('Warum der Eintrag entfernt wurde, in einem Satz.', { max: 300 }),
            replacement: sitePath.optional(),
          })
          .strict(),
      )
      .default([])
      .meta({ description: 'Entfernte Einträge: an ihrer alten Adresse steht ein Archiv-Hinweis.' }),
  })
  .strict();

export type Redirects = z.output<typeof redirectsSchema>;
export const REDIRECTS_FILE = 'redirects.yaml';
