import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { ref, regionField, text } from './fields.ts';

export const EXPERT_KINDS = ['intern', 'extern'] as const;

export const expertSchema = baseEntrySchema
  .extend({
    kind: z.enum(EXPERT_KINDS).meta({ description: 'intern (aus dem Netzwerk) oder extern.' }),
    organisation: text('Organisation, wenn sie nicht im Wissensnetz steht.').optional(),
    partner: ref('partners', 'Organisation aus content/partners/.').optional(),
    fundingAreas: z
      .array(
        text('Förderbereich, z. B. "Integration" oder "Bürgerschaftliches Engagement".', { max: 80 }).meta({
          description: 'Förderbereich, z. B. "Integration" oder "Bürgerschaftliches Engagement".',
          facet: 'funding',
        }),
      )
      .min(1)
      .meta({ description: 'Förderbereiche, zu denen die Person beraten kann.' }),
    regions: z.array(regionField).min(1).meta({ description: 'Regionen, in denen die Person berät.' }),
    languages: z
      .array(
        z
          .string()
          .regex(/^[a-z]{2,3}$/, { error: 'Sprache als Kürzel angeben, z. B. "de", "ar", "fa".' })
          .meta({ description: 'Sprachkürzel nach ISO 639.', example: 'de' }),
      )
      .min(1)
      .meta({ description: 'Sprachen als Kürzel nach ISO 639, z. B. de, en, ar, fa, tr.' }),
    contact: z
      .object({
        email: z.email({ error: 'Keine gültige E-Mail-Adresse.' }).optional(),
        phone: text('Telefonnummer.', { max: 40 }).optional(),
        url: z.url().optional(),
      })
      .strict()
      .optional()
      .meta({ description: 'Kontakt, nur mit Einverständnis der Person.' }),
  })
  .strict();

export type ExpertData = z.infer<typeof expertSchema>;
