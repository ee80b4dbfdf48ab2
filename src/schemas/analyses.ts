/**
 * A local potential analysis ("Potenzialanalyse vor Ort"): who and what a
 * city offers the network's work, and what is missing. The 2018 working
 * groups asked for them to be systematic, so the sections are structured.
 *
 * Each section field carries `title` (its heading) and `description` (the
 * question it answers) as metadata; the detail page, the printable worksheet
 * and the scaffolder read them from here, so they cannot drift apart.
 * Every section is optional: an analysis may be partial, and the page lists
 * the sections not assessed yet instead of anyone filling them with guesses.
 */
import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { dateField, ref, scopeField, text, unique } from './fields.ts';
import { FOLLOW_UP_STATES } from './meetings.ts';
import { FUNDING_DIMENSIONS, FUNDING_KINDS } from './funding.ts';
import { metaOf } from '../lib/schema-walk.ts';
import { infoOf, withInfo } from './field-info.ts';

export const ACTOR_KINDS = [
  'Migrantenorganisation',
  'Initiative',
  'Verein',
  'Beratungsstelle',
  'Bildungseinrichtung',
  'Religionsgemeinschaft',
  'Sonstige',
] as const;

export const COOPERATION_STATES = ['Zusammenarbeit', 'im Gespräch', 'kein Kontakt'] as const;

/** Short column label for a field of a section item (worksheet table head, page table head). */
function label<T extends z.ZodType>(schema: T, title: string): T {
  // `.meta()` makes a new schema: it must carry what the field already records
  // (description and format in its metadata, a reference in its field info).
  return withInfo(schema.meta({ ...(metaOf(schema) ?? {}), title }) as T, infoOf(schema));
}

/** A section: a list with a heading (`title`) and the question it answers (`description`). */
function section<T extends z.ZodType>(item: T, title: string, description: string) {
  return withInfo(z.array(item).default([]).meta({ title, description }), { analysisSection: true });
}

const localActor = z
  .object({
    name: label(text('Name der Organisation, Initiative oder Gruppe.', { max: 160 }), 'Name'),
    kind: label(z.enum(ACTOR_KINDS).meta({ description: 'Art der Organisation.' }), 'Art'),
    partner: label(
      ref('partners', 'Wenn die Organisation im Wissensnetz steht: ihr Dateiname aus content/partners/.').optional(),
      'Im Wissensnetz',
    ),
    note: label(text('Was sie tut oder beitragen kann.', { max: 400 }).optional(), 'Notiz'),
  })
  .strict();

const municipalContact = z
  .object({
    office: label(text('Amt oder Stelle, z. B. "Integrationsbeauftragte" oder "Sozialamt". Keine Namen von Personen.', { max: 160 }), 'Amt / Stelle'),
    role: label(text('Wofür die Stelle zuständig ist oder was sie für die Arbeit bedeutet.', { max: 200 }).optional(), 'Zuständig für'),
    note: label(text('Stand des Kontakts.', { max: 400 }).optional(), 'Notiz'),
  })
  .strict();

const welfareAssociation = z
  .object({
    name: label(text('Wohlfahrtsverband oder seine Einrichtung vor Ort, z. B. "Caritas".', { max: 160 }), 'Verband'),
    cooperation: label(
      z.enum(COOPERATION_STATES).optional().meta({ description: 'Stand der Zusammenarbeit.' }),
      'Zusammenarbeit',
    ),
    note: label(text('Wobei man zusammenarbeitet oder zusammenarbeiten könnte.', { max: 400 }).optional(), 'Notiz'),
  })
  .strict();

const existingFunding = z
  .object({
    what: label(text('Was gefördert wird, z. B. "Koordinierungsstelle" oder "Begegnungscafé".', { max: 200 }), 'Was'),
    funder: label(text('Fördergeber, wenn bekannt.', { max: 200 }).optional(), 'Fördergeber'),
    // The Förderart of the shared funding vocabulary (src/schemas/funding.ts). Not a search
    // facet here: analyses describe a city, and /foerderung/ lists stories and experts.
    kind: label(
      z.enum(FUNDING_KINDS).optional().meta({ description: `${FUNDING_DIMENSIONS.kinds.description}.` }),
      'Förderart',
    ),
    until: label(dateField('Läuft bis (JJJJ-MM-TT), wenn bekannt.').optional(), 'Bis'),
  })
  .strict();

const nextStep = z
  .object({
    what: label(text('Was ist zu tun?', { max: 200 }), 'Was'),
    who: label(text('Wer kümmert sich, als Rolle, z. B. "Koordination" oder "Vorstand". Keine Namen von Personen.', { max: 120 }).optional(), 'Wer (Rolle)'),
    by: label(dateField('Bis wann (JJJJ-MM-TT).').optional(), 'Bis wann'),
    status: label(
      z.enum(FOLLOW_UP_STATES).default('offen').meta({ description: 'Stand der Umsetzung.' }),
      'Stand',
    ),
  })
  .strict();

export const analysisSchema = baseEntrySchema
  .extend({
    // An analysis is about one city; other reaches stay possible for a region's joint analysis.
    scope: scopeField.default('lokal'),
    city: unique(
      ref('cities', 'Stadt, für die die Analyse gilt (Datei aus content/cities/). Pro Stadt gibt es eine Analyse.', {
        facet: 'city',
      }),
    ),
    localActors: section(
      localActor,
      'Akteure und Migrantenorganisationen vor Ort',
      'Welche Migrantenorganisationen, Initiativen und anderen Akteure gibt es in der Stadt, und was tun sie?',
    ),
    municipalContacts: section(
      municipalContact,
      'Ansprechstellen in der Kommune',
      'Welche Ämter und Stellen der Kommune sind für die Arbeit wichtig? Nur Stellen und Rollen, keine Namen von Personen.',
    ),
    welfareAssociations: section(
      welfareAssociation,
      'Wohlfahrtsverbände',
      'Welche Wohlfahrtsverbände sind vor Ort aktiv, und wie steht es um die Zusammenarbeit?',
    ),
    existingFunding: section(
      existingFunding,
      'Bestehende Förderung',
      'Welche Förderungen gibt es schon für die Arbeit vor Ort, von wem und wie lange?',
    ),
    fundingGaps: section(
      text('Eine Lücke.', { max: 400 }),
      'Förderlücken',
      'Was ist nicht oder nicht dauerhaft finanziert, obwohl es gebraucht wird?',
    ),
    strengths: section(
      text('Eine Stärke.', { max: 400 }),
      'Stärken',
      'Was gelingt vor Ort schon gut, worauf lässt sich aufbauen?',
    ),
    nextSteps: section(
      nextStep,
      'Nächste Schritte',
      'Was ist als Nächstes zu tun, wer kümmert sich (als Rolle) und bis wann?',
    ),
  })
  .strict();

export type AnalysisData = z.infer<typeof analysisSchema>;
