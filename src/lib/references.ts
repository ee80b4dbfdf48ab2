/**
 * Finds the references an entry makes, by walking its collection's schema
 * for fields created with `ref()`. Everything that needs references (the
 * integrity check, "what points here" lists, related content) uses this, so
 * a new reference field in a schema is picked up everywhere at once.
 */
import type { z } from 'astro/zod';
import { referenceTargetOf, type ReferenceTarget } from '../schemas/fields.ts';

export interface FoundReference {
  /** Field path in the frontmatter, e.g. `source.meeting` or `topics[1]`. */
  path: string;
  target: ReferenceTarget;
  id: string;
}

interface ZodInternals {
  _zod: { def: Record<string, unknown> & { type: string } };
}

function defOf(schema: z.ZodType) {
  return (schema as unknown as ZodInternals)._zod.def;
}

/** Walks `value` alongside `schema` and reports every reference field it holds. */
export function collectReferences(schema: z.ZodType, value: unknown, path = ''): FoundReference[] {
  const target = referenceTargetOf(schema);
  if (target && typeof value === 'string') return [{ path, target, id: value }];
  if (value === undefined || value === null) return [];

  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return collectReferences(def.innerType as z.ZodType, value, path);
    case 'pipe':
      return collectReferences(def.in as z.ZodType, value, path);
    case 'object': {
      if (typeof value !== 'object') return [];
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, field]) =>
        collectReferences(field, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
      );
    }
    case 'array':
      if (!Array.isArray(value)) return [];
      return value.flatMap((item, index) => collectReferences(def.element as z.ZodType, item, `${path}[${index}]`));
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => collectReferences(option, value, path)).slice(0, 1);
    default:
      return [];
  }
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
