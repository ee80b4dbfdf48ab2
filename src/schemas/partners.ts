import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { ref, text, webUrl } from './fields.ts';

export const PARTNER_ROLES = ['Partner', 'Träger'] as const;

export const partnerSchema = baseEntrySchema
  .extend({
    shortName: text('Kurzname oder Abkürzung, z. B. "BIM".', { max: 40 }).optional(),
    city: ref('cities', 'Sitz der Organisation (Datei aus content/cities/).', { facet: 'city' }),
    networks: z.array(ref('networks', 'Netzwerk')).default([]).meta({ description: 'Netzwerke, in denen die Organisation mitarbeitet.' }),
    role: z.enum(PARTNER_ROLES).optional().meta({ description: 'Rolle im Netzwerk, wenn bekannt: Partner oder Träger.' }),
    website: webUrl('Webseite der Organisation.').optional(),
  })
  .strict();

export type PartnerData = z.infer<typeof partnerSchema>;
