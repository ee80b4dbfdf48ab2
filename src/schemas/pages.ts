import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';

/** Stand-alone pages such as the legal notice; their URL is the file name. */
export const pageSchema = baseEntrySchema
  .extend({
    footer: z.boolean().default(false).meta({ description: 'true: im Seitenfuß verlinken (z. B. Impressum).' }),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
