import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { stateField } from './fields.ts';
import { withInfo } from './field-info.ts';

// Entries in a city are found under its state too.
const cityStateField = withInfo(stateField.meta({ description: 'Bundesland, ausgeschrieben.' }), { facet: 'state', facetInherit: true });

export const citySchema = baseEntrySchema
  .extend({
    state: cityStateField,
    coordinates: z
      .object({
        lat: z.number().min(47).max(55.1).meta({ description: 'Breitengrad (Deutschland: 47 bis 55).' }),
        lon: z.number().min(5.8).max(15.1).meta({ description: 'Längengrad (Deutschland: 5,8 bis 15).' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Koordinaten für die Karte, optional.' }),
  })
  .strict();

export type CityData = z.infer<typeof citySchema>;
