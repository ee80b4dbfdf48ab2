import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { ref, text } from './fields.ts';
import { fundingSchema } from './funding.ts';

export const SECURED_KINDS = ['Stellen', 'Koordinierungsstelle', 'Räume', 'Gebäude', 'Projekt', 'Sachmittel'] as const;
export const STORY_STATES = ['gesichert', 'beantragt', 'ausgelaufen'] as const;

/**
 * The sections good-practice databases use for a story body. A story shows
 * which of them it does not document yet instead of filling them with guesses.
 */
export const STORY_SECTIONS = ['Ausgangslage', 'Ziele', 'Vorgehen', 'Ergebnis', 'Übertragbarkeit'] as const;

export const storySchema = baseEntrySchema
  .extend({
    partner: ref('partners', 'Organisation, der es gelungen ist (Datei aus content/partners/).'),
    city: ref('cities', 'Stadt (Datei aus content/cities/).', { facet: 'city' }),
    secured: z
      .array(
        z
          .object({
            kind: z.enum(SECURED_KINDS).meta({ description: `Art: ${SECURED_KINDS.join(', ')}.` }),
            label: text('Was genau, in Worten, z. B. "Stellen für Begegnungscafés".', { max: 160 }),
            count: z.int().positive().optional().meta({ description: 'Wie viele, wenn bekannt.' }),
            durationMonths: z
              .int()
              .positive()
              .optional()
              .meta({ description: 'Laufzeit in Monaten, wenn bekannt (zwei Jahre = 24).' }),
          })
          .strict(),
      )
      .min(1, { error: 'Bitte mindestens ein Ergebnis unter secured angeben.' })
      .meta({ description: 'Was gesichert wurde.' }),
    funder: text('Fördergeber, nur wenn die Quelle ihn nennt.').optional(),
    funding: fundingSchema
      .optional()
      .meta({
        description:
          'Förderangaben aus dem kontrollierten Vokabular (Förderart, Förderbereich, Fördergebiet, Förderberechtigte); nur, was die Quelle nennt.',
      }),
    status: z.enum(STORY_STATES).meta({ description: `Stand der Förderung: ${STORY_STATES.join(', ')}.` }),
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;
