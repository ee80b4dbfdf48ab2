import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { dateField, downloadPathField, ref, text } from './fields.ts';
import { DOCUMENT_TYPES } from './download-formats.ts';

export { DOCUMENT_TYPES };

export const MEETING_FORMATS = ['Präsenz', 'Online', 'Hybrid'] as const;
export const FOLLOW_UP_STATES = ['offen', 'in Arbeit', 'erledigt'] as const;
export const OUTCOME_KINDS = ['Idee', 'Beschluss', 'Empfehlung'] as const;

const documentSchema = z
  .object({
    title: text('Titel des Dokuments.', { max: 200 }),
    file: downloadPathField,
    type: z.enum(DOCUMENT_TYPES).meta({ description: `Dateiart: ${DOCUMENT_TYPES.join(', ')}.` }),
    description: text('Worum geht es in dem Dokument?', { max: 400 }).optional(),
  })
  .strict();

export const meetingSchema = baseEntrySchema
  .extend({
    startDate: dateField('Erster Tag des Treffens (JJJJ-MM-TT).', { facet: 'year' }),
    endDate: dateField('Letzter Tag des Treffens (JJJJ-MM-TT); bei eintägigen Treffen weglassen.').optional(),
    city: ref('cities', 'Ort des Treffens (Datei aus content/cities/).', { facet: 'city' }),
    format: z.enum(MEETING_FORMATS).meta({ description: `Format: ${MEETING_FORMATS.join(', ')}.` }),
    organiser: z
      .object({
        network: ref('networks', 'Netzwerk, das eingeladen hat.').optional(),
        partner: ref('partners', 'Organisation, die eingeladen hat.').optional(),
        name: text('Name, falls weder Netzwerk noch Partner im Wissensnetz stehen.').optional(),
      })
      .strict()
      .optional()
      .meta({ description: 'Wer eingeladen hat. Nur angeben, wenn bekannt.' }),
    participantGroups: z
      .array(
        z
          .object({
            role: text('Rolle, z. B. "Projektleitungsteam" oder "lokale Koordinator*innen".'),
            description: text('Was diese Gruppe beim Treffen getan hat.', { max: 400 }).optional(),
          })
          .strict(),
      )
      .default([])
      .meta({ description: 'Teilnehmende nach Rollen, ohne Namen einzelner Personen.' }),
    agenda: z.array(text('Tagesordnungspunkt.', { max: 300 })).default([]).meta({ description: 'Ablauf des Treffens.' }),
    workingGroups: z
      .object({
        count: z.int().positive().meta({ description: 'Anzahl der Arbeitsgruppen.' }),
        question: text('Leitfrage der Arbeitsgruppen.', { max: 400 }),
        groups: z
          .array(
            z
              .object({
                title: text('Titel der Arbeitsgruppe.'),
                results: z.array(text('Ergebnis.', { max: 600 })).min(1).meta({ description: 'Ergebnisse der Gruppe, mindestens eins.' }),
              })
              .strict(),
          )
          .default([])
          .meta({ description: 'Einzelne Gruppen mit Ergebnissen, soweit dokumentiert.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Arbeitsgruppen des Treffens: Anzahl, Leitfrage und Ergebnisse.' }),
    outcomes: z
      .array(
        z
          .object({
            title: text('Kurzer Titel der Idee oder des Beschlusses.', { max: 160 }),
            kind: z.enum(OUTCOME_KINDS).meta({ description: `Art: ${OUTCOME_KINDS.join(', ')}.` }),
            description: text('Beschreibung.', { max: 800 }),
            topics: z.array(ref('topics', 'Thema')).default([]).meta({ description: 'Themen der Idee oder des Beschlusses (Dateinamen aus content/topics/).' }),
          })
          .strict(),
      )
      .default([])
      .meta({ description: 'Ideen, Empfehlungen und Beschlüsse des Treffens.' }),
    followUps: z
      .array(
        z
          .object({
            title: text('Was ist zu tun?', { max: 200 }),
            status: z.enum(FOLLOW_UP_STATES).meta({ description: `Stand: ${FOLLOW_UP_STATES.join(', ')}.` }),
            note: text('Anmerkung.', { max: 400 }).optional(),
          })
          .strict(),
      )
      .default([])
      .meta({ description: 'Verabredete nächste Schritte.' }),
    documents: z
      .object({
        status: z
          .enum(['verfügbar', 'angekündigt'])
          .meta({ description: '"verfügbar", wenn Dateien hochgeladen sind; "angekündigt", wenn sie noch fehlen.' }),
        note: text('Hinweis zu den Unterlagen.', { max: 400 }).optional(),
        files: z.array(documentSchema).default([]).meta({ description: 'Dateien: Titel, hochgeladene Datei in public/downloads/, Dateiart.' }),
      })
      .strict()
      .superRefine((documents, ctx) => {
        if (documents.status === 'verfügbar' && documents.files.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['files'],
            message: 'Status "verfügbar" braucht mindestens eine Datei unter files; sonst "angekündigt" wählen.',
          });
        }
      })
      .optional()
      .meta({ description: 'Unterlagen zum Treffen.' }),
  })
  .strict()
  .superRefine((meeting, ctx) => {
    if (meeting.endDate && meeting.endDate < meeting.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'endDate liegt vor startDate. Bitte die Daten prüfen.',
      });
    }
  });

export type MeetingData = z.infer<typeof meetingSchema>;
