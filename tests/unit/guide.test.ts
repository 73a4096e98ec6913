import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { articleSchema, registrySchemas } from '@/lib/content/schema';

/**
 * docs/editing.md documents every field: its "Field reference" tables must list exactly the fields of the
 * zod schemas in lib/content/schema.ts, with the same required/optional flag.
 */
const guide = readFileSync(resolve(__dirname, '..', '..', 'docs', 'editing.md'), 'utf8');

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** `{ path: required }` for every field of a schema: `results[].classes[].entries[].time` → false. */
function fields(schema: z.ZodType, prefix = '', out = new Map<string, boolean>()): Map<string, boolean> {
  const def = defOf(schema);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.set(path, defOf(child).type !== 'optional');
      fields(child, path, out);
    }
  } else if (def.type === 'optional') fields(def.innerType!, prefix, out);
  else if (def.type === 'array') fields(def.element!, `${prefix}[]`, out);
  else if (def.type === 'union') for (const option of def.options ?? []) fields(option, prefix, out);
  return out;
}

/** The tables of the "Field reference" section, by the first word of their heading. */
function tables(): Map<string, Map<string, boolean>> {
  const section = guide.split(/^## Field reference$/m)[1]?.split(/^## /m)[0] ?? '';
  const out = new Map<string, Map<string, boolean>>();
  let current: Map<string, boolean> | undefined;
  for (const line of section.split('\n')) {
    const heading = /^###\s+(\w+)/.exec(line);
    if (heading) {
      current = new Map();
      out.set(heading[1]!.toLowerCase(), current);
      continue;
    }
    const row = /^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (row && current) current.set(row[1]!, row[2]!.startsWith('yes'));
  }
  return out;
}

describe('docs/editing.md', () => {
  const documented = tables();

  it('has a field table for articles and for each kind of registry file', () => {
    expect([...documented.keys()].sort()).toEqual(['article', 'authors', 'circuits', 'drivers', 'events', 'series', 'teams']);
  });

  it('lists every article field of the schema, and no other, with the right required flag', () => {
    expect(Object.fromEntries(documented.get('article')!)).toEqual(Object.fromEntries(fields(articleSchema)));
  });

  it.each(Object.keys(registrySchemas))('lists every %s registry field, and no other', (kind) => {
    const schema = registrySchemas[kind as keyof typeof registrySchemas];
    expect(Object.fromEntries(documented.get(kind)!)).toEqual(Object.fromEntries(fields(schema)));
  });

  it('explains every time notation of the contract, and how to preview and check', () => {
    for (const notation of ['3:19.793', '3m 19.793s', '1: 30.364', "1'32''656'''", "1'32.656", "1'44''382''", '1.47.265', '+0.094', '+2m10s', '+1 lap', '+3 laps']) {
      expect(guide).toContain(`\`${notation}\``);
    }
    expect(guide).toContain('npm run dev');
    expect(guide).toContain('http://127.0.0.1:3000');
    expect(guide).toContain('npm run check');
    expect(guide).toContain('npm run new -- "');
  });
});
