import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles } from '@/lib/check/content-check';
import { formatProblem } from '@/lib/content/problems';
import { scaffoldArticle, slugOf, today } from '@/lib/content/scaffold';
import { articleSchema, entrySchema, eventSchema, sessionSchema } from '@/lib/content/schema';
import { GOOD, readTree } from '../fixtures/corpus';

const REPO = resolve(__dirname, '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function runNew(args: string[], contentDir: string) {
  const env = { ...process.env, CONTENT_DIR: contentDir };
  const r = spawnSync(TSX, [join(REPO, 'scripts', 'new.ts'), ...args], { cwd: REPO, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const good = readTree(GOOD);
const TITLE = 'Toyota locks out the front row at Le Mans';

/** The scaffold as an editor leaves it after filling in every TODO. */
function fill(text: string): string {
  return text
    .replace(/^description: .*$/m, 'description: "Toyota takes the first two places on the grid, a tenth apart, with Alpine third."')
    .replace(/^ {2}name: .*$/m, '  name: 24 Hours of Le Mans')
    .replace(/^ {2}- session: .*$/m, '  - session: Hyperpole')
    .replace(/^ {6}- class: .*$/m, '      - class: Hypercar')
    .replace(/^ {12}number: .*$/m, '            number: "8"')
    .replace(/^ {12}team: .*$/m, '            team: Toyota Gazoo Racing')
    .replace(/^ {12}drivers: .*$/m, '            drivers: [Brendon Hartley, Sébastien Buemi]')
    .replace(/^ {12}time: .*$/m, '            time: "3:22.982"')
    .replace(/^TODO: .*$/m, '<Driver>Brendon Hartley</Driver> was fastest for <Team>Toyota Gazoo Racing</Team>.');
}

describe('the scaffold (lib/content/scaffold.ts)', () => {
  const { slug, text } = scaffoldArticle(TITLE, '2024-06-13');

  it('is named <date>-<slug>', () => {
    expect(slug).toBe('2024-06-13-toyota-locks-out-the-front-row-at-le-mans');
    expect(slugOf('Kévin Estre: “I didn’t expect pole” — at the Nürburgring, of all places, and in the rain, after the red flag')).toBe(
      'kevin-estre-i-didn-t-expect-pole-at-the-nurburgring-of-all',
    );
    expect(today(new Date(2024, 0, 5))).toBe('2024-01-05');
  });

  it('writes every field of the format, each with a comment', () => {
    const fields = [
      ...Object.keys(articleSchema.shape),
      ...Object.keys(eventSchema.shape),
      ...Object.keys(sessionSchema.shape),
      'class',
      ...Object.keys(entrySchema.shape),
    ];
    const lines = text.split('\n');
    for (const field of fields) {
      const i = lines.findIndex((l) => new RegExp(`^\\s*(?:#\\s*|-\\s+)?${field}:`).test(l));
      expect(i, `field ${field}`).toBeGreaterThan(0);
      expect(lines[i - 1], `comment above ${field}`).toMatch(/^\s*#/);
    }
  });

  it('says a gap is behind the class leader, not the car ahead (contract v3, "Times and gaps")', () => {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => /^\s*(?:#\s*)?gap:/.test(l));
    expect(lines[i - 1]).toContain('gap behind the class leader (not the car ahead)');
  });

  it('untouched, is refused with one clear error per placeholder', () => {
    const report = checkFiles([...good, { path: `articles/${slug}.mdx`, text }], 'content');
    const lines = report.problems.map(formatProblem);
    expect(report.errors).toBe(9);
    for (const p of report.problems) {
      expect(p.message, lines.join('\n')).toMatch(/still holds the placeholder/);
      expect(p.line).toBeTypeOf('number');
    }
    expect(report.problems.map((p) => p.path)).toEqual([
      'description',
      'event.name',
      'results[0].session',
      'results[0].classes[0].class',
      'results[0].classes[0].entries[0].number',
      'results[0].classes[0].entries[0].team',
      'results[0].classes[0].entries[0].drivers[0]',
      'results[0].classes[0].entries[0].time',
      'body',
    ]);
  });

  it('filled in, passes the check', () => {
    const filled = fill(text);
    expect(filled).not.toContain('TODO');
    const report = checkFiles([...good, { path: `articles/${slug}.mdx`, text: filled }], 'content');
    expect(report.problems.map(formatProblem)).toEqual([]);
  });
});

describe('npm run new', () => {
  it('creates content/articles/<today>-<slug>.mdx and refuses to overwrite it', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-'));
    roots.push(root);
    const content = join(root, 'content');
    const first = runNew([TITLE], content);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const file = join(content, 'articles', `${today()}-toyota-locks-out-the-front-row-at-le-mans.mdx`);
    expect(existsSync(file)).toBe(true);
    expect(first.out).toContain('Created ');
    expect(first.out).toContain('npm run check');
    const written = readFileSync(file, 'utf8');
    expect(written).toContain(`date: ${today()}`);
    expect(written).toContain(`title: "${TITLE}"`);

    const again = runNew([TITLE], content);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists; nothing was written');
    expect(again.err).not.toMatch(/^\s+at /m);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('takes --date, and explains a missing title or a bad date', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-'));
    roots.push(root);
    const content = join(root, 'content');
    expect(runNew(['Rain at Spa', '--date', '2023-04-29'], content).code).toBe(0);
    expect(existsSync(join(content, 'articles', '2023-04-29-rain-at-spa.mdx'))).toBe(true);
    const none = runNew([], content);
    expect(none.code).toBe(1);
    expect(none.err).toContain('usage: npm run new -- "Title of the article"');
    const bad = runNew(['Rain at Spa', '--date', '29/04/2023'], content);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('is not a date written as YYYY-MM-DD');
  });
});
