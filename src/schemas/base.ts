/**
 * The base every collection schema extends. Fields shared by all page types
 * live here once; collection schemas add what is specific to them.
 */
import { z } from 'astro/zod';
import { dateField, ref, scopeField, text, webUrl } from './fields.ts';

/** Where a fact comes from, shown on the page so readers can trace it. */
export const sourceSchema = z
  .object({
    title: text('Titel der Quelle, z. B. der Bericht über ein Treffen.', { max: 200 }),
    date: dateField('Datum der Quelle.', { facet: 'year' }).optional(),
    url: webUrl('Adresse der Quelle im Netz (https://…).').optional(),
    meeting: ref('meetings', 'Treffen, auf dem darüber berichtet wurde.').optional(),
  })
  .strict();

export const baseEntrySchema = z
  .object({
    title: text('Titel, wie er auf der Seite und in Suchergebnissen erscheint.', { min: 3, max: 140 }),
    summary: text('Kurzbeschreibung in ein bis zwei Sätzen; erscheint in Listen und Suchergebnissen.', {
      min: 20,
      max: 320,
    }),
    scope: scopeField,
    stand: dateField('Stand: wann die Angaben zuletzt geprüft wurden (JJJJ-MM-TT).'),
    topics: z
      .array(ref('topics', 'Thema', { facet: 'topic' }))
      .default([])
      .meta({ description: 'Themen, zu denen der Eintrag gehört (Dateinamen aus content/topics/).' }),
    sources: z.array(sourceSchema).default([]).meta({ description: 'Quellen der Angaben.' }),
    draft: z
      .boolean()
      .default(false)
      .meta({ description: 'Entwurf: true blendet den Eintrag auf der veröffentlichten Seite aus.' }),
  })
  .strict();

export type BaseEntry = z.infer<typeof baseEntrySchema>;
