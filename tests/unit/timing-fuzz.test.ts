import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkFiles } from '@/lib/check/content-check';
import { formatProblem } from '@/lib/content/problems';
import type { ContentFile } from '@/lib/content/read-files';
import type { Problem } from '@/lib/content/types';
import { readOneByOne } from '@/lib/served/production-loader';
import { GOOD, readTree } from '../fixtures/corpus';
import { prng, type Rng } from '../support/prng';

/**
 * The content fuzz for official timing (200 mutations per kind in `npm test`, CONTENT_FUZZ=2000 in the
 * bench): the timekeeper's files and timing.yaml, broken at random, always end in clear errors (file,
 * line, column, value) or a pass, never a crash, and the servers' loader refuses exactly what the check
 * refuses.
 */
const COUNT = Number(process.env.CONTENT_FUZZ ?? 200);
/** Each mutation checks a whole corpus: about 0.4 s on an idle two-core machine, three times that when it is busy. */
const TIMEOUT = Math.max(300_000, COUNT * 1500);

const FOLDER = 'timing/4-hours-of-imola/2014';
const CLASSIFICATION = `${FOLDER}/05_Classification_Race_Hour 4.CSV`;
const ANALYSIS = `${FOLDER}/23_Analysis_Race_Hour 4.CSV`;

/** The good corpus, plus a timing folder: the real Imola classification and 12 laps of 3 cars of the real Bahrain analysis. */
function corpus(): ContentFile[] {
  const bahrain = readFileSync('content/timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV', 'utf8').split('\r\n');
  const laps = bahrain.filter((l, i) => i === 0 || (/^(7|8|92);/.test(l) && Number(l.split(';')[2]) <= 12));
  return [
    ...readTree(GOOD),
    { path: CLASSIFICATION, text: readFileSync(`content/${CLASSIFICATION}`, 'utf8') },
    { path: ANALYSIS, text: `${laps.join('\r\n')}\r\n` },
    {
      path: `${FOLDER}/timing.yaml`,
      text: 'event: 4 Hours of Imola\nyear: 2014\nsource: Al Kamel Systems\nsessions:\n  - session: Race\n    type: race\n' +
        '    classification: "05_Classification_Race_Hour 4.CSV"\n    laps: "23_Analysis_Race_Hour 4.CSV"\n',
    },
    // Names of the classification that the near-duplicate rule would otherwise take for others.
    { path: 'drivers/ricardo-gonzalez.yaml', text: 'name: Ricardo González\ndistinct: [rodolfo-gonzalez]\n' },
    { path: 'teams/ao-racing.yaml', text: 'name: AO Racing\ndistinct: [at-racing]\n' },
  ];
}

const JUNK = ['', 'x', '1:3O.364', "1'36.9999", '-1', '0', 'Running', 'DNS', '99999999999999999999', '"', '1 Laps', '-', ' 7 ', 'B', 'é', '12:75.000'];

/** Ways a timekeeper's file gets broken: a cell, a column, a line, the encoding, the separator. */
const CSV_MUTATIONS: ((text: string, rng: Rng) => string)[] = [
  (t, rng) => editLine(t, rng, (line) => {
    const cells = line.split(';');
    cells[rng.int(cells.length)] = rng.pick(JUNK);
    return cells.join(';');
  }),
  (t, rng) => {
    const [head, ...rest] = lines(t);
    const names = head!.split(';');
    names[rng.int(names.length)] = rng.pick(['', 'XYZ', 'NUMBER', ' POSITION ']);
    return [names.join(';'), ...rest].join('\n');
  },
  (t, rng) => editLines(t, rng, (ls, i) => ls.splice(i, 0, ls[i]!)),
  (t, rng) => editLines(t, rng, (ls, i) => ls.splice(i, 1)),
  (t, rng) => editLines(t, rng, (ls, i) => {
    const j = 1 + rng.int(ls.length - 1);
    [ls[i], ls[j]] = [ls[j]!, ls[i]!];
  }),
  (t, rng) => t.slice(0, rng.int(t.length)),
  (t) => t.replace(/^\uFEFF/, '').replace(/;/g, ', '),
  (t) => t.replace(/;/g, ';  '),
  (t, rng) => editLine(t, rng, (line) => line.replace(/;/g, ',')),
  (t, rng) => editLines(t, rng, (ls, i) => ls.splice(i, 0, rng.pick(['', ';;;;', '"unclosed;1;2', 'NUMBER;LAP_NUMBER', '\u0000\u202e🏎️']))),
  () => '',
  (t) => lines(t)[0]!,
];
const lines = (t: string) => t.split(/\r?\n/);
function editLines(t: string, rng: Rng, edit: (ls: string[], i: number) => void): string {
  const ls = lines(t);
  edit(ls, 1 + rng.int(Math.max(1, ls.length - 1)));
  return ls.join('\n');
}
function editLine(t: string, rng: Rng, edit: (line: string) => string): string {
  return editLines(t, rng, (ls, i) => {
    ls[i] = edit(ls[i] ?? '');
  });
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const OTHER_VALUES: Json[] = [null, true, 0, -1, 2024, '', 'text', [], ['a', 2], {}, 'no-such-file.CSV', 'practice', 'after 2 hours'];

/** timing.yaml: a field dropped or given another value, anywhere in its tree. */
function mutateManifest(text: string, rng: Rng): string {
  const data = parse(text) as Json;
  const paths: (string | number)[][] = [];
  const walk = (v: Json, p: (string | number)[]) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        paths.push([...p, i]);
        walk(x, [...p, i]);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        paths.push([...p, k]);
        walk(x, [...p, k]);
      }
    }
  };
  walk(data, []);
  const path = rng.pick(paths);
  const parent = path.slice(0, -1).reduce<Json>((n, s) => (n as Record<string | number, Json>)[s]!, data) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (rng.int(2) === 0) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = structuredClone(rng.pick(OTHER_VALUES));
  return stringify(data);
}

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
const key = (p: Problem) => formatProblem({ ...p, line: undefined });

let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'timing-fuzz-'));
  process.env.TIMING_CACHE_DIR = cache;
});
afterAll(() => {
  delete process.env.TIMING_CACHE_DIR;
  rmSync(cache, { recursive: true, force: true });
});

describe('random mutations of official timing: clear errors or a pass, and the loader agrees', () => {
  const good = corpus();
  const verdict = (files: readonly ContentFile[]) => {
    const byPath = new Map(files.map((f) => [f.path, f.text]));
    return readOneByOne({ paths: [...byPath.keys()].sort(), read: (p) => byPath.get(p)! }, 'content').problems;
  };

  it('the unmutated corpus passes both', () => {
    expect(errorsOf(checkFiles(good, 'content').problems).map(formatProblem)).toEqual([]);
    expect(errorsOf(verdict(good)).map(formatProblem)).toEqual([]);
  });

  const kinds: [string, string, (text: string, rng: Rng) => string][] = [
    ['classification', CLASSIFICATION, (t, rng) => rng.pick(CSV_MUTATIONS)(t, rng)],
    ['analysis', ANALYSIS, (t, rng) => rng.pick(CSV_MUTATIONS)(t, rng)],
    ['timing.yaml', `${FOLDER}/timing.yaml`, mutateManifest],
  ];
  kinds.forEach(([kind, path, mutation], k) => {
    it(`${COUNT} mutations of the ${kind}`, () => {
      const rng = prng(20261206 + k);
      const seed = good.find((f) => f.path === path)!;
      let refused = 0;
      for (let i = 0; i < COUNT; i++) {
        const text = mutation(seed.text, rng);
        const files = good.map((f) => (f === seed ? { path, text } : f));
        const context = `${kind} mutation ${i}:\n${text.slice(0, 300)}`;
        const report = checkFiles(files, 'content');
        for (const p of report.problems) {
          expect(p.message, context).not.toMatch(/could not finish|undefined|NaN|\[object Object\]|\n\s+at |TypeError|RangeError/);
          expect(p.file, context).toMatch(/^content\//);
          expect(p.path, context).not.toBe('');
          // A problem inside a CSV names its line and column.
          if (/\.csv$/i.test(p.file) && p.path !== '(file)' && p.severity === 'error') expect(p.line, `${context}\n${formatProblem(p)}`).toBeTypeOf('number');
        }
        let loader: Problem[] = [];
        expect(() => (loader = verdict(files)), context).not.toThrow();
        expect(errorsOf(loader).map(key).sort(), context).toEqual(errorsOf(report.problems).map(key).sort());
        if (report.errors > 0) refused++;
      }
      expect(refused).toBeGreaterThan(COUNT / 4);
      expect(refused).toBeLessThan(COUNT);
    }, TIMEOUT);
  });
});
