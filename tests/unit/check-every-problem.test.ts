import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkFiles } from '@/lib/check/content-check';
import { GOOD, readTree } from '../fixtures/corpus';
import { prng } from '../support/prng';

/**
 * Every independent problem of a file in one run: two mutations of a good article, each alone a known
 * error, applied together must both be reported (an impossible date used to hide behind a short
 * description until the description was fixed).
 */
const SLUG = '2017-le-mans-qualifying-1-kobayashi-pole';
const PATH = `articles/${SLUG}.mdx`;
const good = readTree(GOOD);
const source = good.find((f) => f.path === PATH)!.text;
const [, yamlText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;

type Data = Record<string, unknown> & { results: { classes: { entries: Record<string, unknown>[] }[] }[] };
interface Mutation {
  name: string;
  apply(data: Data): string | void;
  /** The problem it causes: its path and the start of its message. */
  path: string;
  message: string;
  /** A field whose value it is judged against: not independent of a mutation of that field. */
  against?: string;
}

const entry = (data: Data, i: number) => data.results[0]!.classes[0]!.entries[i]!;
const MUTATIONS: Mutation[] = [
  { name: 'impossible date', apply: (d) => void (d.date = '2021-13-45'), path: 'date', message: 'is not a real date' },
  { name: 'short description', apply: (d) => void (d.description = 'Short'), path: 'description', message: 'is too short' },
  { name: 'empty title', apply: (d) => void (d.title = ''), path: 'title', message: '' },
  { name: 'unknown field', apply: (d) => void (d.subtitle = 'A second title'), path: 'subtitle', message: '' },
  { name: 'not a language', apply: (d) => void (d.lang = 'english please'), path: 'lang', message: 'is not a language tag' },
  { name: 'updated before date', apply: (d) => void (d.updated = '2017-06-01'), path: 'updated', message: 'is earlier than the publication date', against: 'date' },
  { name: 'unreadable time', apply: (d) => void (entry(d, 0).time = 'fast'), path: 'results[0].classes[0].entries[0].time', message: 'is ' },
  { name: 'negative position', apply: (d) => void (entry(d, 1).pos = -2), path: 'results[0].classes[0].entries[1].pos', message: '' },
  { name: 'leader with a gap', apply: (d) => void (entry(d, 0).gap = '+1.000'), path: 'results[0].classes[0].entries[0].gap', message: 'the class leader (pos 1) cannot have a gap' },
  { name: 'body names a missing session', apply: () => '\n<Results session="Warm-up" />\n', path: 'body', message: '<Results session="Warm-up" /> names a session' },
];

/** The article with `mutations` applied, checked among the good fixtures: its problems as `path: message`. */
function problemsWith(mutations: readonly Mutation[]): string[] {
  const data = parse(yamlText!) as Data;
  let extraBody = '';
  for (const m of mutations) extraBody += m.apply(data) ?? '';
  const text = `---\n${stringify(data)}---\n${body}${extraBody}`;
  const files = good.map((f) => (f.path === PATH ? { path: PATH, text } : f));
  return checkFiles(files, 'content')
    .problems.filter((p) => p.file === `content/${PATH}` && p.severity === 'error')
    .map((p) => `${p.path}: ${p.message}`);
}

describe('the check reports every independent problem of a file', () => {
  it('each mutation alone is the error it is meant to be', () => {
    for (const m of MUTATIONS) {
      const found = problemsWith([m]);
      expect(found.some((p) => p.startsWith(`${m.path}: ${m.message}`)), `${m.name}: ${found.join('\n')}`).toBe(true);
    }
  });

  it('an impossible date and a five-character description: both in one run', () => {
    const found = problemsWith([MUTATIONS[0]!, MUTATIONS[1]!]);
    expect(found).toContain('date: is not a real date written as YYYY-MM-DD');
    expect(found.some((p) => p.startsWith('description: is too short: 5 characters'))).toBe(true);
  });

  it('any two independent mutations (two fields, or a field and the body) are both reported', () => {
    const rng = prng(20);
    for (let run = 0; run < 30; run++) {
      const a = rng.pick(MUTATIONS);
      const b = rng.pick(MUTATIONS.filter((m) => m.path !== a.path && m.against !== a.path && a.against !== m.path));
      const found = problemsWith([a, b]);
      for (const m of [a, b]) {
        expect(found.some((p) => p.startsWith(`${m.path}: ${m.message}`)), `${a.name} + ${b.name}: missing ${m.name} in\n${found.join('\n')}`).toBe(true);
      }
    }
  });
});
