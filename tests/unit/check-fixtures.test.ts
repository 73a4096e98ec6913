import { describe, expect, it } from 'vitest';
import { checkContent, checkFiles } from '@/lib/check/content-check';
import { formatProblem } from '@/lib/content/problems';
import { badCases, GOOD, readTree, withOverlay } from '../fixtures/corpus';

const good = readTree(GOOD);
const cases = badCases();

describe('the good fixtures', () => {
  it('pass the check with no errors and no warnings', () => {
    const report = checkContent(GOOD);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.articles).toBe(6);
  });
});

describe('the bad fixtures: one mistake each, reported exactly once', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const report = checkFiles(withOverlay(good, c.files), 'content');
    const lines = report.problems.map(formatProblem);
    expect(lines, 'exactly one problem').toHaveLength(1);
    const p = report.problems[0]!;
    expect(p.file).toBe(c.expect.file);
    expect(p.path).toBe(c.expect.path);
    expect(p.message + (p.hint ? ` — ${p.hint}` : '')).toContain(c.expect.message);
    expect(p.severity).toBe(c.expect.severity);
    if (c.expect.line !== undefined) expect(p.line).toBe(c.expect.line);
    // Words for an editor: no stack trace, no internal error.
    expect(lines[0]).not.toMatch(/\n\s+at |could not finish/);
    expect(report.errors).toBe(c.expect.severity === 'error' ? 1 : 0);
  });
});
