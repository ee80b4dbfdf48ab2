import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { ref, regionField, text, webUrl } from './fields.ts';
import { FUNDING_AREAS, FUNDING_DIMENSIONS, fundingSchema, fundingValues } from './funding.ts';

export const EXPERT_KINDS = ['intern', 'extern'] as const;

export const expertSchema = baseEntrySchema
  .extend({
    kind: z.enum(EXPERT_KINDS).meta({ description: 'intern (aus dem Netzwerk) oder extern.' }),
    organisation: text('Organisation, wenn sie nicht im Wissensnetz steht.').optional(),
    partner: ref('partners', 'Organisation aus content/partners/.').optional(),
    funding: fundingSchema
      .extend({
        // The one dimension every expert states: what they can advise on.
        areas: fundingValues(FUNDING_AREAS, FUNDING_DIMENSIONS.areas).meta({
          description: 'Förderbereiche, zu denen die Person beraten kann (mindestens einer, aus der Liste).',
        }),
      })
      .meta({
        description:
          'Wozu die Person berät, im Vokabular der Förderung: Förderbereiche (Pflicht), dazu wenn bekannt Förderarten, Fördergebiete und Förderberechtigte.',
      }),
    regions: z.array(regionField).min(1).meta({ description: 'Regionen, in denen die Person berät.' }),
    languages: z
      .array(
        z
          .string()
          .regex(/^[a-z]{2,3}$/, { error: 'Sprache als Kürzel angeben, z. B. "de", "ar", "fa".' })
          .meta({ description: 'Sprachkürzel nach ISO 639.' }),
      )
      .min(1)
      .meta({ description: 'Sprachen als Kürzel nach ISO 639, z. B. de, en, ar, fa, tr.' }),
    contact: z
      .object({
        email: z.email({ error: 'Keine gültige E-Mail-Adresse.' }).optional().meta({ description: 'E-Mail-Adresse, nur mit Einverständnis der Person.' }),
        phone: text('Telefonnummer.', { max: 40 }).optional(),
        url: webUrl('Webseite der Person oder ihrer Organisation.').optional(),
      })
      .strict()
      .optional()
      .meta({ description: 'Kontakt, nur mit Einverständnis der Person.' }),
  })
  .strict();

export type ExpertData = z.infer<typeof expertSchema>;
