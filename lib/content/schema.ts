/** The editors' contract as zod schemas. */
import { z } from 'zod';
import { SESSION_TYPES } from './types';

/**
 * The editors' contract (../shared/docs/content-format.md) as zod schemas. They check shape only;
 * lib/content/normalize.ts checks meaning (time notation, positions, names) and resolves references.
 */

const text = z.string().trim().min(1);
const position = z.number().int().positive();
const timeLike = z.union([z.string(), z.number()]);
/** YAML 1.2 leaves `date: 2017-06-14` a string, YAML 1.1 makes it a Date, contentlayer an ISO timestamp. */
const dateLike = z.union([z.string(), z.date()]);

export const driverItemSchema = z.union([
  text,
  z.strictObject({ name: text, category: text.optional() }),
]);

export const entrySchema = z.strictObject({
  pos: position.optional(),
  overall: position.optional(),
  number: z.union([z.string().trim().min(1), z.number().int().nonnegative()]).optional(),
  team: text.optional(),
  car: text.optional(),
  drivers: z.array(driverItemSchema).optional(),
  time: timeLike.optional(),
  gap: timeLike.optional(),
  laps: z.number().int().nonnegative().optional(),
  status: text.optional(),
  note: text.optional(),
});

export const classSchema = z.strictObject({
  class: text,
  entries: z.array(entrySchema).min(1),
});

export const sessionSchema = z.strictObject({
  session: text,
  type: z.enum(SESSION_TYPES),
  provisional: z.boolean().optional(),
  at: text.optional(),
  id: text.optional(),
  classes: z.array(classSchema).min(1),
});

export const eventSchema = z.strictObject({
  name: text,
  year: z.number().int().min(1900).max(2100).optional(),
  series: text.optional(),
  circuit: text.optional(),
});

export const articleSchema = z.strictObject({
  title: text.max(120),
  description: z.string().trim().min(50).max(200),
  date: dateLike,
  updated: dateLike.optional(),
  author: text.optional(),
  lang: text.optional(),
  tags: z.array(text).optional(),
  event: eventSchema.optional(),
  results: z.array(sessionSchema).optional(),
});
export type ArticleData = z.infer<typeof articleSchema>;

// The same schemas cut into levels: lib/content/normalize.ts validates an article level by level, so one
// wrong value does not hide the problems of the rest.
export const headSchema = articleSchema.omit({ results: true });
export const resultsListSchema = z.array(z.unknown());
export const sessionHeadSchema = sessionSchema.omit({ classes: true });
export const classesListSchema = z.array(z.unknown()).min(1);
export const classHeadSchema = classSchema.omit({ entries: true });
export const entriesListSchema = z.array(z.unknown()).min(1);

const registryBase = {
  name: text,
  aliases: z.array(text).optional(),
  distinct: z.array(text).optional(),
};
const countryCode = z.string().regex(/^[A-Z]{2}$/);

export const registrySchemas = {
  drivers: z.strictObject({ ...registryBase, nationality: countryCode.optional(), born: dateLike.optional() }),
  teams: z.strictObject({ ...registryBase, country: countryCode.optional() }),
  events: z.strictObject({ ...registryBase, series: text.optional(), circuit: text.optional() }),
  circuits: z.strictObject({
    ...registryBase,
    country: countryCode.optional(),
    locality: text.optional(),
    lengthKm: z.number().positive().optional(),
  }),
  series: z.strictObject({ ...registryBase, shortName: text.optional() }),
} as const;

/** The field names allowed at each level, for "did you mean" suggestions. */
export const KNOWN_KEYS = {
  article: Object.keys(articleSchema.shape),
  event: Object.keys(eventSchema.shape),
  results: Object.keys(sessionSchema.shape),
  classes: Object.keys(classSchema.shape),
  entries: Object.keys(entrySchema.shape),
  drivers: ['name', 'category'],
} as const;
