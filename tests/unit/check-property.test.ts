import { isDeepStrictEqual } from 'node:util';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkFiles, type CheckReport } from '@/lib/check/content-check';
import { readOneByOne } from '@/lib/served/production-loader';
import { fastEntry } from '@/lib/content/fast-entry';
import { formatProblem } from '@/lib/content/problems';
import { entrySchema } from '@/lib/content/schema';
import { parseYamlFast } from '@/lib/content/yaml-fast';
import type { ContentFile } from '@/lib/content/read-files';
import type { Problem } from '@/lib/content/types';
import { GOOD, readTree } from '../fixtures/corpus';
import { prng, type Rng } from '../support/prng';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path in the tree (objects and lists included). */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      paths(v, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      paths(v, [...prefix, k], out);
    }
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

/** Mutations per test: 200, or CONTENT_FUZZ (`npm run bench -- --fuzz` runs 2,000). */
const COUNT = Number(process.env.CONTENT_FUZZ ?? 200);
/** About 100 ms a mutation on a busy two-core machine, with room to spare. */
const TIMEOUT = Math.max(60_000, COUNT * 300);

describe('random mutations of the seed articles never crash the check', () => {
  const good = readTree(GOOD);
  const seeds = good.filter((f) => f.path.startsWith('articles/'));
  const rng = prng(20240611);
  const MUTATIONS: Mutation[] = ['drop', 'retype', 'time', 'duplicate'];

  it(`${COUNT} mutations: each ends in clear errors or a pass`, () => {
    let tried = 0;
    let failed = 0;
    while (tried < COUNT) {
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
    expect(failed).toBeGreaterThan(COUNT / 2);
    expect(failed).toBeLessThan(COUNT);
  }, TIMEOUT);
});

/** A problem fit for an editor: a message, a place, no leak of the program's insides. */
function expectClear(report: CheckReport | Problem[], context: string) {
  for (const p of Array.isArray(report) ? report : report.problems) {
    expect(p.message, context).not.toMatch(/could not finish|undefined|\[object Object\]|\n\s+at |TypeError|RangeError/);
    expect(p.file, context).toMatch(/^content\//);
    expect(p.path, context).not.toBe('');
  }
}

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

/**
 * What the build does with the same files: the production loader (lib/served/ (content.ts, production-loader.ts, dev-loader.ts), readOneByOne,
 * which next build's pages call) on the frontmatter and registries, and the MDX compiler contentlayer2
 * runs (@mdx-js/mdx with remark-gfm) on the changed body.
 */
function buildVerdict(files: readonly ContentFile[]): Problem[] {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  return readOneByOne({ paths: [...byPath.keys()].sort(), read: (path) => byPath.get(path)! }, 'content').problems;
}
async function compiles(body: string): Promise<boolean> {
  try {
    await compile(body, { remarkPlugins: [remarkGfm] });
    return true;
  } catch {
    return false;
  }
}

/** Ways an editor (or a bad paste) breaks a body: MDX syntax, the editor components, odd characters. */
const BODY_MUTATIONS: ((body: string, rng: Rng) => string)[] = [
  (b, rng) => insertAt(b, rng, '<Results'),
  (b, rng) => insertAt(b, rng, '<Driver>'),
  (b, rng) => insertAt(b, rng, '</Team>'),
  (b, rng) => insertAt(b, rng, '{'),
  (b, rng) => insertAt(b, rng, '}'),
  (b, rng) => insertAt(b, rng, ' a < b and c > d '),
  (b, rng) => insertAt(b, rng, '\n<Resluts />\n'),
  (b, rng) => insertAt(b, rng, '\n<results />\n'),
  (b, rng) => insertAt(b, rng, '\n<Results session="Warm-up" />\n'),
  (b, rng) => insertAt(b, rng, '\n<Results class="GT9" />\n'),
  (b, rng) => insertAt(b, rng, '\n<Results session={1} />\n'),
  (b, rng) => insertAt(b, rng, '<Driver>Nobody Atall</Driver>'),
  (b, rng) => insertAt(b, rng, '<Team></Team>'),
  (b, rng) => insertAt(b, rng, '<Driver name="x">Brendon Hartley</Driver>'),
  (b, rng) => insertAt(b, rng, '\nimport x from "y"\n'),
  (b, rng) => insertAt(b, rng, '\nexport const a = 1\n'),
  (b, rng) => insertAt(b, rng, '{1 + 1}'),
  (b, rng) => insertAt(b, rng, '<!-- note -->'),
  (b, rng) => insertAt(b, rng, '<div onClick={alert}>x</div>'),
  (b, rng) => insertAt(b, rng, '<script>alert(1)</script>'),
  (b, rng) => insertAt(b, rng, '\n---\ntitle: again\n---\n'),
  (b, rng) => insertAt(b, rng, '\u0000\u0007\u202e🏎️'),
  (b, rng) => insertAt(b, rng, `\n${'x'.repeat(20_000)}\n`),
  (b, rng) => insertAt(b, rng, '\n| a | b |\n| - |\n| 1 | 2 | 3 |\n'),
  (b, rng) => insertAt(b, rng, '[link](javascript:alert(1)) ![img](</x>)'),
  (b, rng) => b.slice(0, rng.int(b.length)),
  (b, rng) => {
    const i = rng.int(b.length);
    return b.slice(0, i) + b.slice(i + 1 + rng.int(8));
  },
  (b) => b.replace(/<Results \/>/, '<Results>'),
  (b) => b.replace(/<\/Driver>/, '</Drivers>'),
  (b) => `${b}\n${b}`,
];
function insertAt(body: string, rng: Rng, text: string): string {
  const i = rng.int(body.length + 1);
  return body.slice(0, i) + text + body.slice(i);
}

/** Ways a registry file breaks: its YAML, its fields, names and aliases that collide. */
const REGISTRY_MUTATIONS: ((text: string, rng: Rng, others: string[]) => string)[] = [
  (t, rng) => insertAt(t, rng, ': '),
  (t, rng) => insertAt(t, rng, '\t'),
  (t, rng) => insertAt(t, rng, '"'),
  (t, rng) => insertAt(t, rng, '['),
  (t) => t.replace(/^name: .*$/m, ''),
  (t) => t.replace(/^name: (.*)$/m, 'name: 12345'),
  (t) => t.replace(/^name: (.*)$/m, 'name: [$1]'),
  (t) => t.replace(/^name: (.*)$/m, 'name: $1\nname: $1'),
  (t) => `${t}\nnickname: Kam\n`,
  (t) => `${t}\naliases: [${'x'.repeat(3)}, Toyota]\n`,
  (t, _rng, others) => `${t}\naliases: [${others[0] ?? 'x'}]\n`,
  (t) => t.replace(/^(nationality|country): (.*)$/m, '$1: jp'),
  (t) => t.replace(/^(nationality|country): (.*)$/m, '$1: Japan'),
  (t) => t.replace(/^born: .*$/m, 'born: 13/09/1986'),
  (t) => t.replace(/^born: .*$/m, 'born: 1986-02-30'),
  (t) => `${t}\nlengthKm: "13.6"\n`,
  (t) => `${t}\ndistinct: [no-such-driver]\n`,
  () => '',
  () => '---\n',
  () => '- a\n- b\n',
  () => 'name: "unclosed\n',
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => `\ufeff${t}`,
];

describe('random mutations of bodies and registry files: the check and the build agree', () => {
  const good = readTree(GOOD);
  const articles = good.filter((f) => f.path.startsWith('articles/'));
  const registries = good.filter((f) => !f.path.startsWith('articles/'));
  const baseline = errorsOf(buildVerdict(good));

  it('the unmutated corpus passes both', () => {
    expect(baseline).toEqual([]);
    expect(checkFiles(good, 'content').errors).toBe(0);
  });

  it(`${COUNT} body mutations: each ends in clear errors or a pass, and a body the check passes compiles`, async () => {
    const rng = prng(20261202);
    let refused = 0;
    for (let i = 0; i < COUNT; i++) {
      const seed = rng.pick(articles);
      const close = seed.text.indexOf('\n---', 3) + 4;
      const mutation = rng.int(BODY_MUTATIONS.length);
      const body = BODY_MUTATIONS[mutation]!(seed.text.slice(close), rng);
      const text = seed.text.slice(0, close) + body;
      const files = good.map((f) => (f === seed ? { path: f.path, text } : f));
      const context = `body mutation ${mutation} of ${seed.path}:\n${body.slice(0, 400)}`;

      const report = checkFiles(files, 'content');
      expectClear(report, context);
      if (report.errors > 0) refused++;
      // The build would get as far as compiling only what the check passed: that must compile, and the
      // loader must accept it (it never reads the body's MDX).
      if (report.errors === 0) {
        expect(await compiles(body), `${context}\nthe check passed a body that does not compile`).toBe(true);
        expect(errorsOf(buildVerdict(files)), context).toEqual([]);
      } else if (!(await compiles(body))) {
        // A body the compiler refuses is refused by the check, in that file (in its body, or in its
        // frontmatter when the mutation landed on the closing `---`).
        expect(report.problems.some((p) => p.file.endsWith(seed.path) && p.severity === 'error'), context).toBe(true);
      }
    }
    expect(refused).toBeGreaterThan(COUNT / 2);
    expect(refused).toBeLessThan(COUNT);
  }, TIMEOUT);

  it(`${COUNT} registry mutations: each ends in clear errors or a pass, and the loader's errors are the check's`, () => {
    const rng = prng(20261203);
    const names = registries.map((f) => /^name: (.*)$/m.exec(f.text)?.[1] ?? 'x');
    let refused = 0;
    for (let i = 0; i < COUNT; i++) {
      const seed = rng.pick(registries);
      const mutation = rng.int(REGISTRY_MUTATIONS.length);
      const others = rng.pick([names.filter((n) => !seed.text.includes(n)), []]);
      const text = REGISTRY_MUTATIONS[mutation]!(seed.text, rng, others);
      const files = good.map((f) => (f === seed ? { path: f.path, text } : f));
      const context = `registry mutation ${mutation} of ${seed.path}:\n${text.slice(0, 400)}`;

      const report = checkFiles(files, 'content');
      expectClear(report, context);
      let loader: Problem[] = [];
      expect(() => (loader = buildVerdict(files)), context).not.toThrow();
      expectClear(loader, context);
      if (report.errors > 0) refused++;
      // The same verdict: what the loader refuses is what the check refuses (the check also reads bodies,
      // and finds the line of each problem, which the loader leaves out).
      const key = (p: Problem) => formatProblem({ ...p, line: undefined });
      const checkErrors = errorsOf(report.problems).filter((p) => !p.path.startsWith('body')).map(key).sort();
      expect(errorsOf(loader).map(key).sort(), context).toEqual(checkErrors);
    }
    expect(refused).toBeGreaterThan(COUNT / 4);
    expect(refused).toBeLessThan(COUNT);
  }, TIMEOUT);
});
