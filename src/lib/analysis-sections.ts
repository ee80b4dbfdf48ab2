/**
 * The sections of a potential analysis, read from its schema: heading,
 * guiding question and, for lists of objects, the columns with their labels
 * and hints. The detail page and the printable worksheet both render from
 * this, so neither can drift from the template contributors fill in.
 */
import type { z } from 'astro/zod';
import { analysisSchema, type AnalysisData } from '../schemas/analyses.ts';
import { referenceTargetOf, type ReferenceTarget } from '../schemas/fields.ts';
import { choicesOf, descriptionOf, isOptional } from './scaffold.ts';
import { defOf, metaOf, objectShape, schemaType, unwrap } from './schema-walk.ts';
import { infoOf } from '../schemas/field-info.ts';

export interface SectionColumn {
  key: string;
  /** Short label for a table head, from the field's `title` metadata. */
  label: string;
  /** The field's description: what to write. */
  hint: string;
  optional: boolean;
  choices?: string[];
  date: boolean;
  reference?: ReferenceTarget;
}

export interface AnalysisSection {
  key: keyof AnalysisData & string;
  heading: string;
  /** The question the section answers. */
  prompt: string;
  /** Columns of a list of objects; undefined for a plain list of text. */
  columns?: SectionColumn[];
  /** What one list item is, for plain lists of text. */
  itemHint: string;
}

function column(key: string, schema: z.ZodType): SectionColumn {
  const meta = metaOf(schema) ?? {};
  const choices = choicesOf(schema);
  const reference = referenceTargetOf(schema);
  return {
    key,
    label: typeof meta['title'] === 'string' ? meta['title'] : key,
    hint: descriptionOf(schema),
    optional: isOptional(schema),
    ...(choices ? { choices } : {}),
    date: meta['format'] === 'date',
    ...(reference ? { reference } : {}),
  };
}

/** Every field of the analysis schema marked as a section, in schema order. */
export const ANALYSIS_SECTIONS: readonly AnalysisSection[] = Object.entries(objectShape(analysisSchema))
  .filter(([, field]) => infoOf(field).analysisSection === true)
  .map(([key, field]) => {
    const meta = metaOf(field) ?? {};
    const element = defOf(unwrap(field)).element as z.ZodType;
    const columns =
      schemaType(element) === 'object'
        ? Object.entries(objectShape(element)).map(([name, sub]) => column(name, sub))
        : undefined;
    return {
      key: key as AnalysisSection['key'],
      heading: String(meta['title'] ?? key),
      prompt: descriptionOf(field),
      ...(columns ? { columns } : {}),
      itemHint: descriptionOf(element),
    };
  });

/** Id of a section's heading on the detail page and the worksheet. */
export function sectionSlug(section: AnalysisSection): string {
  return `abschnitt-${section.key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The items of one section of an analysis, as plain records or strings. */
export function sectionItems(data: AnalysisData, section: AnalysisSection): unknown[] {
  const value = data[section.key];
  return Array.isArray(value) ? value : [];
}

/** Sections an analysis has no entries for yet: the page says so instead of leaving them out silently. */
export function missingSections(data: AnalysisData): AnalysisSection[] {
  return ANALYSIS_SECTIONS.filter((section) => sectionItems(data, section).length === 0);
}
