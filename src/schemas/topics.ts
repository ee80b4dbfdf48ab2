import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';

export const topicSchema = baseEntrySchema
  .extend({
    order: z.int().positive().optional().meta({ description: 'Reihenfolge in der Themenübersicht.' }),
  })
  .strict();

export type TopicData = z.infer<typeof topicSchema>;
