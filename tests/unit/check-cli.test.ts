import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { badCases, GOOD } from '../fixtures/corpus';

const REPO = resolve(__dirname, '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A directory holding `content/`: the good corpus plus the files of the given bad cases. */
function corpus(...caseNames: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'check-cli-'));
  roots.push(root);
  cpSync(GOOD, join(root, 'content'), { recursive: true });
  const cases = badCases();
  for (const name of caseNames) {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`no bad case ${name}`);
    for (const f of c.files) {
      mkdirSync(dirname(join(root, 'content', f.path)), { recursive: true });
      writeFileSync(join(root, 'content', f.path), f.text);
    }
  }
  return root;
}

/** `npm run check` as the build runs it: tsx scripts/check.ts, in a directory whose content/ is checked. */
function check(root: string, args: string[] = [], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.CONTENT_DIR;
  delete base.CHECK_WORKERS;
  const r = spawnSync(TSX, [join(REPO, 'scripts', 'check.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NO_STACK = /^\s+at /m;

describe('npm run check (the script, as a child process)', () => {
  // Its speed is measured by `npm run bench`, not asserted here.
  it('passes the good corpus: exit 0', () => {
    const r = check(corpus());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('✔ 29 files checked (6 articles): no errors.');
  });

  it('prints every problem in one run, grouped by file, and exits 1', () => {
    const r = check(corpus('time-letter-o', 'registry-unknown-field', 'slug-not-lower-case', 'registry-unused'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).not.toMatch(NO_STACK);
    const article = 'content/articles/2021-portimao-hyperpole.mdx';
    expect(r.out).toContain(`\n${article}\n  ${article}:18 results[0].classes[0].entries[0].time: is not a lap time ("1:3O.112") — it contains the letter O`);
    expect(r.out).toContain('\ncontent/articles/Hartley_Pole.mdx\n  content/articles/Hartley_Pole.mdx (file name): "Hartley_Pole" cannot be a page address');
    expect(r.out).toContain('\ncontent/drivers/tom-blomqvist.yaml\n  content/drivers/tom-blomqvist.yaml:2 nationalty: unknown field "nationalty" ("GB") — did you mean "nationality"?');
    expect(r.out).toContain('content/drivers/stoffel-vandoorne.yaml:1 name: warning: no article names this driver yet');
    expect(r.out).toContain('✖ 3 errors, 1 warning in 31 files (7 articles). Nothing is published until the errors are fixed.');
    // Grouped: each file's header appears once.
    expect(r.out.split(`\n${article}\n`)).toHaveLength(2);
  });

  it('does not fail on warnings; --quiet hides them', () => {
    const root = corpus('registry-unused', 'new-driver');
    const loud = check(root);
    expect(loud.code).toBe(0);
    expect(loud.out).toContain('warning: new driver: "Oliver Jarvis"');
    expect(loud.out).toContain('no errors, 2 warnings.');
    const quiet = check(root, ['--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.out).not.toContain('warning:');
    expect(quiet.out).toContain('no errors, 2 warnings (hidden by --quiet).');
  });

  it.each(['yaml-colon-in-value', 'frontmatter-missing', 'mdx-unclosed-tag', 'unknown-file', 'slug-same-as-another-article'])(
    'reports %s in words, exit 1, no stack trace',
    (name) => {
      const c = badCases().find((x) => x.name === name)!;
      const r = check(corpus(name));
      expect(r.code).toBe(1);
      expect(r.err).toBe('');
      expect(r.out).not.toMatch(NO_STACK);
      const where = c.expect.line ? `${c.expect.file}:${c.expect.line}` : c.expect.file;
      expect(r.out).toContain(`  ${where} ${c.expect.path}: `);
      expect(r.out).toContain(c.expect.message);
    },
  );

  it('gives the same report when the articles are spread over worker threads', () => {
    const root = corpus('time-letter-o', 'near-duplicate-spelling', 'new-driver', 'mdx-results-unknown-class');
    const one = check(root, [], { CHECK_WORKERS: '0' });
    const two = check(root, [], { CHECK_WORKERS: '2' });
    expect(two.err).toBe('');
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
  });

  it('respects CONTENT_DIR', () => {
    const root = corpus('time-letter-o');
    const r = check(REPO, [], { CONTENT_DIR: join(root, 'content') });
    expect(r.code).toBe(1);
    expect(r.out).toContain('2021-portimao-hyperpole.mdx:18 results[0].classes[0].entries[0].time');
  });
});

describe("the build's check (scripts/build.ts --only content: the check in its own thread, the compile beside it)", () => {
  /** The content phase of `npm run build`, in a directory whose content/ it checks (its store and caches go there too). */
  function buildContent(root: string) {
    const base = { ...process.env };
    delete base.CONTENT_DIR;
    delete base.CHECK_WORKERS;
    const r = spawnSync(TSX, [join(REPO, 'scripts', 'build.ts'), '--only', 'content'], { cwd: root, encoding: 'utf8', env: { ...base } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('reports the problems `npm run check` reports, and stops before writing anything', () => {
    const root = corpus('time-letter-o', 'registry-unknown-field');
    const checked = check(root, ['--quiet']);
    const built = buildContent(root);
    expect(built.code).toBe(1);
    expect(built.out).not.toMatch(NO_STACK);
    expect(built.err).toContain('The build stopped before writing anything: fix the problems above and build again.');
    const problems = (out: string) => out.split('\n').filter((l) => l.startsWith('  content/') || l.startsWith('✖'));
    expect(problems(built.out)).toEqual(problems(checked.out));
    expect(problems(built.out).at(-1)).toBe('✖ 2 errors in 29 files (6 articles). Nothing is published until the errors are fixed.');
    expect(problems(built.out)).toHaveLength(3);
  });

  it('answers a second run on unchanged content with the report of the first, read from .next/cache', async () => {
    const root = corpus('time-letter-o');
    // Files written less than two seconds before a check are not trusted to keep its report.
    await new Promise((r) => setTimeout(r, 2_100));
    const first = check(root);
    expect(first.code).toBe(1);
    expect(check(root)).toEqual(first);
    // The second run took the kept report: a problem planted in it is printed by the next run.
    const reports = readdirSync(join(root, '.next', 'cache', 'check'), { recursive: true }).map(String).filter((f) => f.endsWith('.report'));
    expect(reports).toHaveLength(1);
    const file = join(root, '.next', 'cache', 'check', reports[0]!);
    const kept = deserialize(readFileSync(file)) as { files: string; report: { problems: object[]; errors: number } };
    kept.report.problems.push({ file: 'content/articles/planted.mdx', path: 'title', message: 'planted in the kept report', severity: 'error' });
    kept.report.errors++;
    writeFileSync(file, serialize(kept));
    expect(check(root).out).toContain('planted in the kept report');
  });

  it('passes the good corpus, with its bodies compiled', () => {
    const built = buildContent(corpus());
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
    expect(built.out).toContain('✔ 29 files checked (6 articles): no errors.');
    expect(built.out).toMatch(/bodies: 6 compiled, 0 already in the store/);
  });
});
