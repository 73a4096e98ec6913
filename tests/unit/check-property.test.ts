import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkFiles } from '@/lib/content/check';
import { fastEntry } from '@/lib/content/normalize';
import { formatProblem } from '@/lib/content/problems';
import { entrySchema } from '@/lib/content/schema';
import { parseYamlFast } from '@/lib/content/yaml-fast';
import type { ContentFile } from '@/lib/content/read-files';
import { GOOD, readTree } from '../fixtures/corpus';
import { prng, type Rng } from '../support/prng';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path in the tree (objects and lists included). */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...prefix, i]), paths(v, [...prefix, i], out)));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k]), paths(v, [...prefix, k], out);
  }
  return out;
}
const parentOf = (root: Json, path: Path): Json => path.slice(0, -1).reduce<Json>((node, seg) => (node as Record<string | number, Json>)[seg]!, root);

const OTHER_VALUES: Json[] = [null, true, 0, -1, 1.5, 2024, '', '   ', 'text', [], ['a', 2], {}, { name: 'x' }];

function corruptTime(rng: Rng, value: string): string {
  const i = rng.int(value.length + 1);
  switch (rng.int(4)) {
    case 0:
      return `${value.slice(0, i)}${rng.pick(['O', 'x', 'l', ';'])}${value.slice(i)}`;
    case 1:
      return value.replace(/[:.]/, ' ') + 'x';
    case 2:
      return `${value}9999x`;
    default:
      return `-${value}x`;
  }
}

type Mutation = 'drop' | 'retype' | 'time' | 'duplicate';

/** Applies one mutation; returns false when the article has nothing it applies to. */
function mutate(rng: Rng, data: Record<string, Json>, kind: Mutation): boolean {
  const all = paths(data);
  if (kind === 'drop' || kind === 'retype') {
    const path = rng.pick(all);
    const parent = parentOf(data, path) as Record<string | number, Json> & Json[];
    const key = path[path.length - 1]!;
    if (kind === 'drop') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else {
      parent[key] = structuredClone(rng.pick(OTHER_VALUES));
    }
    return true;
  }
  const entries = all.filter((p) => p[p.length - 2] === 'entries');
  if (kind === 'time') {
    const times = all.filter((p) => (p[p.length - 1] === 'time' || p[p.length - 1] === 'gap') && typeof parentOf(data, p) === 'object');
    if (times.length === 0) return false;
    const path = rng.pick(times);
    const parent = parentOf(data, path) as Record<string, Json>;
    const key = path[path.length - 1] as string;
    parent[key] = corruptTime(rng, String(parent[key]));
    return true;
  }
  if (entries.length === 0) return false;
  const path = rng.pick(entries);
  const list = parentOf(data, path) as Json[];
  list.push(structuredClone(list[path[path.length - 1] as number]!));
  return true;
}

function splitArticle(text: string): { data: Record<string, Json>; body: string } {
  const close = text.indexOf('\n---', 3);
  return { data: parse(text.slice(4, close)) as Record<string, Json>, body: text.slice(close + 4) };
}

describe('random mutations of the seed articles never crash the check', () => {
  const good = readTree(GOOD);
  const seeds = good.filter((f) => f.path.startsWith('articles/'));
  const rng = prng(20240611);
  const MUTATIONS: Mutation[] = ['drop', 'retype', 'time', 'duplicate'];

  it('200 mutations: each ends in clear errors or a pass', () => {
    let tried = 0;
    let failed = 0;
    while (tried < 200) {
      const seed = rng.pick(seeds);
      const { data, body } = splitArticle(seed.text);
      const kind = rng.pick(MUTATIONS);
      if (!mutate(rng, data, kind)) continue;
      tried++;
      const yamlText = stringify(data);
      const text = `---\n${yamlText}---${body}`;
      const files: ContentFile[] = good.map((f) => (f === seed ? { path: f.path, text } : f));

      const report = checkFiles(files, 'content');
      const lines = report.problems.map(formatProblem);
      const context = `${kind} of ${seed.path}:\n${yamlText}\n${lines.join('\n')}`;
      for (const p of report.problems) {
        expect(p.message, context).not.toMatch(/could not finish|undefined|\[object Object\]|\n\s+at /);
        expect(p.path, context).not.toBe('');
        // A problem in the frontmatter always comes with its line.
        if (p.file.endsWith(seed.path) && !p.path.startsWith('(')) expect(p.line, context).toBeTypeOf('number');
      }
      // A corrupted time and a duplicated entry (same car number) are always errors.
      if (kind === 'time' || kind === 'duplicate') expect(report.errors, context).toBeGreaterThan(0);
      if (report.errors > 0) failed++;

      // The quick readers agree with the exact ones on every mutated text.
      const fast = parseYamlFast(yamlText);
      if (fast) expect(isDeepStrictEqual(fast.value, parse(yamlText, { logLevel: 'error' })), context).toBe(true);
      for (const p of paths(data).filter((q) => q[q.length - 2] === 'entries')) {
        const entry = p.reduce<Json>((node, seg) => (node as Record<string | number, Json>)[seg]!, data);
        const quick = fastEntry(entry);
        const exact = entrySchema.safeParse(entry);
        if (quick) expect(exact.success && isDeepStrictEqual(quick, exact.data), JSON.stringify(entry)).toBe(true);
      }
    }
    // Most mutations break something; some (dropping an optional field) are harmless.
    expect(failed).toBeGreaterThan(100);
    expect(failed).toBeLessThan(200);
  });
});
