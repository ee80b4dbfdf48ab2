import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { downloadPathField, ref, text } from './fields.ts';

export const MODULE_LEVELS = ['Einstieg', 'Aufbau', 'Vertiefung'] as const;

export const moduleSchema = baseEntrySchema
  .extend({
    order: z.int().positive().meta({ description: 'Position in der Reihe der Lernmodule (1, 2, 3 …).' }),
    level: z.enum(MODULE_LEVELS).meta({ description: `Niveau: ${MODULE_LEVELS.join(', ')}.` }),
    durationMinutes: z
      .int()
      .positive()
      .max(60 * 16)
      .meta({ description: 'Geschätzte Bearbeitungszeit in Minuten.' }),
    goals: z.array(text('Lernziel.', { max: 300 })).min(1).meta({ description: 'Lernziele: Was können die Lernenden danach?' }),
    prerequisites: z.array(text('Voraussetzung.', { max: 300 })).default([]).meta({ description: 'Was man vorher wissen oder haben sollte.' }),
    requires: z.array(ref('modules', 'Modul')).default([]).meta({ description: 'Module, die vorher bearbeitet werden sollten.' }),
    steps: z
      .array(
        z
          .object({
            title: text('Titel des Schritts.', { max: 160 }),
            description: text('Was in diesem Schritt zu tun ist.', { max: 800 }),
          })
          .strict(),
      )
      .min(1)
      .meta({ description: 'Schritte, die die Lernenden nacheinander gehen.' }),
    exercises: z
      .array(
        z
          .object({
            title: text('Titel der Übung.', { max: 160 }),
            description: text('Aufgabe.', { max: 1200 }),
            worksheet: downloadPathField.optional(),
          })
          .strict(),
      )
      .default([])
      .meta({ description: 'Übungen und Arbeitsblätter.' }),
  })
  .strict();

export type ModuleData = z.infer<typeof moduleSchema>;
