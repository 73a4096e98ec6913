import { readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContentParallel, type CheckReport } from '@/lib/check/content-check';
import { IMOLA, LE_MANS, seedCopy } from '../fixtures/seed-copy';

/*
 * The report of unchanged content (lib/check/unchanged-content.ts), on a copy of the seeds with one article
 * made wrong: a check of content no file of which changed since the last check answers with that check's
 * report, without reading the content; any file added, removed or written again, even with the same bytes,
 * makes it check again; and a file written just before a check leaves nothing kept.
 */
const { dir, cache } = seedCopy('check-unchanged');

beforeEach(() => rmSync(cache, { recursive: true, force: true }));

/** The check as `npm run check` runs it, its clock `ahead` ms past the real one (files written in the test are then old enough). */
const check = (ahead = 60_000, reuseReport = true) => checkContentParallel(dir, { workers: 0, reuseReport, now: () => Date.now() + ahead });
const withoutFlag = ({ unchanged, ...report }: CheckReport) => report;
const errorsOf = (r: CheckReport) => r.problems.filter((p) => p.severity === 'error').map((p) => `${p.file.slice(dir.length + 1)}:${p.line ?? '-'} ${p.message}`);

/** Plants a problem in the kept report: a check that answers with it unread shows it. */
function plantInReport(): void {
  const files = readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.report'));
  expect(files).toHaveLength(1);
  const file = join(cache, files[0]!);
  const kept = deserialize(readFileSync(file)) as { files: string; report: CheckReport };
  kept.report.problems.push({ file: join(dir, LE_MANS), path: 'title', message: 'planted in the kept report', severity: 'error' });
  kept.report.errors++;
  writeFileSync(file, serialize(kept));
}
const planted = (r: CheckReport) => r.problems.filter((p) => p.message === 'planted in the kept report').length;

describe('the report of unchanged content', () => {
  it('answers a check of unchanged content with the last report, the same as a full check', async () => {
    const first = await check();
    expect(first.unchanged).toBeUndefined();
    expect(errorsOf(first)).toEqual([expect.stringMatching(/^articles\/2021-portimao-qualifying-alpine-first-pole\.mdx:17 /)]);
    const second = await check();
    expect(second.unchanged).toBe(true);
    expect(withoutFlag(second)).toEqual(first);
    expect(await check(60_000, false)).toEqual(first);
    expect(await checkContentParallel(dir, { workers: 0, cache: false })).toEqual(first);
  });

  it('reads no content file to answer: a problem planted in the kept report is what it says', async () => {
    await check();
    plantInReport();
    const r = await check();
    expect(r.unchanged).toBe(true);
    expect(planted(r)).toBe(1);
    // Without reuseReport (the other callers), the content is checked.
    expect(planted(await check(60_000, false))).toBe(0);
  });

  it('checks again when a file is written (even with the same bytes), added or removed', async () => {
    const cases: [string, () => void, () => void][] = [
      ['an article written with the same bytes', () => writeFileSync(join(dir, LE_MANS), readFileSync(join(dir, LE_MANS))), () => undefined],
      ['a timing file written with the same bytes', () => rewriteFirst(IMOLA), () => undefined],
      ['a registry written with the same bytes', () => rewriteFirst('drivers'), () => undefined],
      ['a file added', () => writeFileSync(join(dir, 'articles', 'notes.txt'), 'not an article\n'), () => unlinkSync(join(dir, 'articles', 'notes.txt'))],
      ['a file removed', () => unlinkSync(join(dir, LE_MANS)), () => undefined],
    ];
    const removed = readFileSync(join(dir, LE_MANS));
    for (const [what, change, undo] of cases) {
      await check();
      plantInReport();
      expect(planted(await check()), `${what}: before`).toBe(1);
      change();
      const after = await check();
      expect(after.unchanged, what).toBeUndefined();
      expect(planted(after), what).toBe(0);
      undo();
    }
    writeFileSync(join(dir, LE_MANS), removed);
  });

  it('reports what changed: a new error, then none once it is mended', async () => {
    await check();
    const text = readFileSync(join(dir, LE_MANS), 'utf8');
    writeFileSync(join(dir, LE_MANS), text.replace(/^date: .*$/m, 'date: 2017-13-45'));
    expect(errorsOf(await check()).filter((e) => e.startsWith(LE_MANS))).toHaveLength(1);
    expect(errorsOf(await check()).filter((e) => e.startsWith(LE_MANS))).toHaveLength(1);
    writeFileSync(join(dir, LE_MANS), text);
    expect(errorsOf(await check()).filter((e) => e.startsWith(LE_MANS))).toEqual([]);
  });

  it('keeps nothing when a file was written less than two seconds before the check', async () => {
    writeFileSync(join(dir, LE_MANS), readFileSync(join(dir, LE_MANS)));
    // The real clock: the file was written just now, so its times may not move if it is written again.
    await check(0);
    expect((await check(0)).unchanged).toBeUndefined();
    // Two seconds and more later it is trusted: the report is kept, and the next check takes it.
    await check(2_500);
    expect((await check(2_500)).unchanged).toBe(true);
  });
});

/** Writes the first file of a folder again, with the same bytes. */
function rewriteFirst(folder: string): void {
  const name = readdirSync(join(dir, folder)).sort()[0]!;
  const file = join(dir, folder, name);
  writeFileSync(file, readFileSync(file));
}
