/**
 * Finds the references an entry makes, by walking its collection's schema
 * for fields created with `ref()`. Everything that needs references (the
 * integrity check, "what points here" lists, related content) uses this, so
 * a new reference field in a schema is picked up everywhere at once.
 */
import type { z } from 'astro/zod';
import { referenceTargetOf, type ReferenceTarget } from '../schemas/fields.ts';
import { walkValues } from './schema-walk.ts';

export interface FoundReference {
  /** Field path in the frontmatter, e.g. `sources[0].meeting` or `topics[1]`. */
  path: string;
  target: ReferenceTarget;
  id: string;
}

export function collectReferences(schema: z.ZodType, value: unknown): FoundReference[] {
  const found: FoundReference[] = [];
  walkValues(schema, value, ({ schema: field, value: fieldValue, path }) => {
    const target = referenceTargetOf(field);
    if (target && typeof fieldValue === 'string') found.push({ path, target, id: fieldValue });
  });
  return found;
}

export interface EntryRef {
  collection: string;
  id: string;
}

export interface BrokenReference extends FoundReference {
  from: EntryRef;
}

/**
 * Every reference whose target entry does not exist. `ids` lists the ids
 * present per collection; `entries` yields each entry with its schema.
 */
export function findBrokenReferences(
  entries: Iterable<{ collection: string; id: string; schema: z.ZodType; data: unknown }>,
  ids: ReadonlyMap<string, ReadonlySet<string>>,
): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const entry of entries) {
    for (const reference of collectReferences(entry.schema, entry.data)) {
      if (!ids.get(reference.target)?.has(reference.id)) {
        broken.push({ ...reference, from: { collection: entry.collection, id: entry.id } });
      }
    }
  }
  return broken;
}
