import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { regionField, webUrl } from './fields.ts';

export const networkSchema = baseEntrySchema
  .extend({
    region: regionField,
    founded: z.int().min(1900).max(2100).optional().meta({ description: 'Gründungsjahr, wenn bekannt.' }),
    website: webUrl('Webseite des Netzwerks.').optional(),
  })
  .strict();

export type NetworkData = z.infer<typeof networkSchema>;
