/**
 * Reads zod schemas as data: unwraps wrappers, finds the schema of a field,
 * and walks a value alongside its schema. The reference check, the download
 * check and field help all rest on this, so schemas stay the only source.
 */
import { z } from 'astro/zod';

interface ZodInternals {
  _zod: { def: Record<string, unknown> & { type: string } };
}

/** The zod definition object (type, shape, checks …) behind a schema. */
export function defOf(schema: z.ZodType) {
  return (schema as unknown as ZodInternals)._zod.def;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** Strips optional/default/pipe wrappers down to the schema that holds the shape. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType as z.ZodType;
    else if (def.type === 'pipe') current = def.in as z.ZodType;
    else return current;
  }
}

export function schemaType(schema: z.ZodType): string {
  return defOf(unwrap(schema)).type;
}

/** Field schemas of an object schema (after unwrapping); empty for other types. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : {};
}

/** The first thing `get` finds on the schema or, going inwards, on the schemas it wraps. */
export function lookThroughWrappers<T>(schema: z.ZodType, get: (candidate: z.ZodType) => T | undefined): T | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const found = get(current);
    if (found !== undefined) return found;
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType as z.ZodType;
    else if (def.type === 'pipe') current = def.in as z.ZodType;
    else current = undefined;
  }
  return undefined;
}

/** JSON Schema metadata recorded with `.meta()` (description, title, format), looked up through wrappers. */
export function metaOf(schema: z.ZodType): Record<string, unknown> | undefined {
  return lookThroughWrappers(schema, (candidate) => z.globalRegistry.get(candidate) as Record<string, unknown> | undefined);
}

/** The schema of the field at `path` (e.g. ['secured', 0, 'count']), if the path exists in the schema. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = (def.shape as Record<string, z.ZodType>)[String(key)];
    else if (def.type === 'array') current = def.element as z.ZodType;
    else return undefined;
  }
  return current;
}

export interface VisitedValue {
  schema: z.ZodType;
  value: unknown;
  /** Frontmatter path as a contributor writes it: `secured[0].count`. */
  path: string;
}

/**
 * Calls `visit` for every value in `value` together with the schema that
 * describes it. Unions are walked with their first option that has metadata
 * or structure; values the schema does not describe are skipped.
 */
export function walkValues(schema: z.ZodType, value: unknown, visit: (node: VisitedValue) => void, path = ''): void {
  visit({ schema, value, path });
  if (value === undefined || value === null) return;
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      walkValues(field, (value as Record<string, unknown>)[key], visit, path ? `${path}.${key}` : key);
    }
  } else if (def.type === 'array' && Array.isArray(value)) {
    value.forEach((item, index) => walkValues(def.element as z.ZodType, item, visit, `${path}[${index}]`));
  }
}

/** "secured[0].count" from zod's ['secured', 0, 'count']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** Calls `visit` for every field schema nested in `schema` (objects and array elements), without a value. */
export function walkSchema(schema: z.ZodType, visit: (field: z.ZodType, path: string) => void, path = ''): void {
  visit(schema, path);
  const def = defOf(unwrap(schema));
  if (def.type === 'object') {
    for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      walkSchema(field, visit, path ? `${path}.${key}` : key);
    }
  } else if (def.type === 'array') {
    walkSchema(def.element as z.ZodType, visit, `${path}[]`);
  }
}
