/** The fields of an invalid object that are valid on their own: what the check can still examine for meaning. */
import type { z } from 'zod';

/**
 * The fields of `value` that `schema` accepts one by one. When an object fails its schema (one field is
 * wrong), the meaning of its other fields (a date that does not exist, a time that cannot be read) can
 * still be checked, so that a file's independent problems are all reported in one run.
 */
export function validFields<S extends z.ZodObject>(schema: S, value: Record<string, unknown>): Partial<z.infer<S>> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!(key in value)) continue;
    const r = (field as z.ZodType).safeParse(value[key]);
    if (r.success && r.data !== undefined) out[key] = r.data;
  }
  return out as Partial<z.infer<S>>;
}
