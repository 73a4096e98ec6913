import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scanBody } from '@/lib/content/mdx';
import { parseYamlFast } from '@/lib/content/yaml-fast';
import { readYaml } from '@/lib/content/yaml';
import { GOOD, readTree } from '../fixtures/corpus';

/**
 * The check reads YAML and MDX through quick paths (lib/content/yaml-fast.ts, fastScan in mdx.ts) that must
 * give exactly what the exact parsers give, the ones contentlayer and mdx-bundler use, or step aside.
 */

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random edits with the characters that matter to YAML and MDX. */
function mutants(texts: readonly string[], count: number, alphabet: string, seed: number): string[] {
  const rnd = prng(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let t = texts[Math.floor(rnd() * texts.length)]!;
    for (let edits = 1 + Math.floor(rnd() * 3); edits > 0; edits--) {
      const i = Math.floor(rnd() * (t.length + 1));
      const op = rnd();
      const ch = alphabet[Math.floor(rnd() * alphabet.length)]!;
      if (op < 0.5) t = t.slice(0, i) + ch + t.slice(i);
      else if (op < 0.8) t = t.slice(0, i) + t.slice(i + 1);
      else t = t.slice(0, i) + ch + t.slice(i + 1);
    }
    out.push(t);
  }
  return out;
}

function exact(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parse(text, { logLevel: 'error' }) };
  } catch {
    return { ok: false };
  }
}

const good = readTree(GOOD);
const frontmatters = good.filter((f) => f.path.endsWith('.mdx')).map((f) => f.text.slice(3, f.text.indexOf('\n---', 3)));
const registries = good.filter((f) => f.path.endsWith('.yaml')).map((f) => f.text);
const bodies = good.filter((f) => f.path.endsWith('.mdx')).map((f) => f.text.slice(f.text.indexOf('\n---', 3) + 5));

const EDGE_CASES = [
  'title: plain text\n',
  'title: "quoted: with colon"\n',
  "title: 'it''s single'\n",
  'title: "escapes \\u00e9 \\" \\\\ end"\n',
  'title: "bad escape \\x41"\n',
  'a: 1\nb: 1.5\nc: .5\nd: 1e3\ne: 0x1F\nf: 0o17\ng: +12\nh: -0.5\ni: .inf\nj: .NaN\nk: 1_000\nl: 07\n',
  'a: true\nb: True\nc: yes\nd: no\ne: ~\nf: null\ng: NULL\nh:\n',
  'date: 2017-06-14\ntime: 1:30.364\ngap: +0.094\n',
  'note: a # comment\nteam: x #7\n',
  'title: Le Mans: Toyota\n',
  'title: *alias\n',
  'title: &anchor value\nother: *anchor\n',
  'tags: [a, b, "c, d", \'e\']\n',
  'tags: [a, b,]\n',
  'tags: [a, , b]\n',
  'tags: [a: b]\n',
  'tags: [O\'Ward, Vaxivière]\n',
  'tags: []\nnone: {}\n',
  'd: { name: A, category: Gold }\n',
  'd: { name: A, name: B }\n',
  'a: 1\na: 2\n',
  'list:\n- a\n- b\n',
  'list:\n  - a\n  -\n  - c\n',
  'm:\n  k: v\n   bad: indent\n',
  'm:\n  k: v\n continued: less\n',
  'note: first line\n  second line\n',
  'note: |\n  block\n',
  'note: >\n  folded\n',
  '- a\n- b\n',
  'plain',
  '',
  '# only a comment\n',
  'title: x\n---\nother: y\n',
  'title:\tx\n',
  'title: x \u00a0\n',
  'title: x\r\ndate: y\r\n',
  '? complex\n: key\n',
  'title: !!str 7\n',
  'key with space: 1\n',
  'constructor: 1\n',
  '__proto__: 1\n',
  'results:\n  - session: Q\n    classes:\n      - class: A\n        entries:\n          - pos: 1\n            drivers:\n              - { name: X }\n              - Y\n',
  'results:\n  - session: Q\n   type: x\n',
];

describe('lib/content/yaml-fast.ts: the same values as the yaml package, or none', () => {
  const texts = [...EDGE_CASES, ...frontmatters, ...registries, ...mutants([...frontmatters, ...registries], 1500, ' :#-"\'[]{},\n\t*&!|>%@`?0123456789', 7)];

  it.each(texts.map((t, i) => [i, t] as const).slice(0, EDGE_CASES.length))('edge case %i', (_i, text) => {
    const fast = parseYamlFast(text);
    if (fast) {
      const e = exact(text);
      expect(e.ok).toBe(true);
      expect(isDeepStrictEqual(fast.value, e.ok ? e.value : undefined)).toBe(true);
    }
  });

  it('agrees on the fixtures and 1,500 random edits of them', () => {
    let quick = 0;
    for (const text of texts) {
      const fast = parseYamlFast(text);
      if (!fast) continue;
      quick++;
      const e = exact(text);
      expect(e.ok, text).toBe(true);
      expect(isDeepStrictEqual(fast.value, e.ok ? e.value : undefined), text).toBe(true);
    }
    expect(quick).toBeGreaterThan(texts.length / 3);
  });

  it('readYaml never throws and agrees with the yaml package on what is valid', () => {
    for (const text of texts) {
      const r = readYaml(text);
      const e = exact(text);
      expect(r.ok, text).toBe(e.ok);
      if (r.ok && e.ok) expect(isDeepStrictEqual(r.data, e.value), text).toBe(true);
    }
  });
});

describe('lib/content/mdx.ts: the quick scan gives what the parser gives', () => {
  const texts = [
    ...bodies,
    'Plain text only.\n',
    '<Driver>A B</Driver> and <Team>C</Team>\n\n<Results session="Q" class="LMP2" />\n',
    '<Results  session="Q"   />\n',
    '<Results session="Q" session="R" />\n',
    '<Results session="" />\n',
    '`<Driver>A</Driver>`\n',
    '```\n<Driver>A</Driver>\n```\n',
    '\\<Driver>A</Driver>\n',
    '[x](<Driver>)\n',
    '<Driver>A &amp; B</Driver>\n',
    '<Driver> A   B </Driver>\n',
    '<Driver>\nA\n</Driver>\n',
    '| <Driver>A</Driver> | b |\n|---|---|\n',
    '| a | b |\n|---|---|\n| <Driver>A | B</Driver> |\n',
    '<Driver>www.example.com</Driver>\n',
    '*<Driver>A</Driver>*\n',
    '> <Team>T</Team>\n',
    '- <Driver>A</Driver>\n- <Driver>B</Driver>\n',
    '## <Driver>A</Driver>\n',
  ];
  const all = [...texts, ...mutants(texts, 1500, '<>/{}"=*_`\\\n ADRT', 11)];

  it('on the fixtures, edge cases and 1,500 random edits', () => {
    for (const body of all) {
      const quick = scanBody('x.mdx', body, 10);
      const parsed = scanBody('x.mdx', body, 10, { parse: 'always' });
      expect(quick, body).toEqual(parsed);
    }
  });
});
