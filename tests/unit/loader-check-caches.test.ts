import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The build's search documents and `scripts/search-index.ts` load the content with what the content check
 * kept (lib/served/production-loader.ts, checkCaches): each official timing folder's reading and each
 * edition's session conflicts. What they load is what a load without them reads, and a folder whose file
 * changed after the check is read again.
 */
const root = mkdtempSync(join(tmpdir(), 'loader-caches-'));
const dir = join(root, 'content');
cpSync(join(process.cwd(), 'content'), dir, { recursive: true });
process.env.CONTENT_DIR = dir;
process.env.CHECK_CACHE_DIR = join(root, 'check-cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const { ContentBuilder } = await import('@/lib/content/builder');
const { checkContentParallel } = await import('@/lib/check/content-check');
const { readProductionContent: read } = await import('@/lib/served/production-loader');

/** The content a load reads, without its resolver (a function of its own in each load). */
const readProductionContent = (...args: Parameters<typeof read>) => {
  const { content } = read(...args);
  return { content: { ...content, resolve: undefined } };
};

describe("the production loader with the check's caches", () => {
  it('loads the same content as without them, without reading a timing folder the check kept', async () => {
    expect((await checkContentParallel(dir)).errors).toBe(0);
    const plain = readProductionContent().content;
    expect(plain.timing?.length).toBeGreaterThan(1);
    const reads = vi.spyOn(ContentBuilder.prototype, 'readTiming');
    const cached = readProductionContent(undefined, { checkCaches: true }).content;
    expect(reads).not.toHaveBeenCalled();
    expect(cached).toEqual(plain);
  });

  it('reads again a folder whose file changed since the check', async () => {
    await checkContentParallel(dir);
    const before = readProductionContent().content;
    // The second car's fastest lap, a thousandth slower (its file keeps its size).
    const csv = join(dir, 'timing/4-hours-of-imola/2014/05_Classification_Race_Hour 4.CSV');
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(";111;1'36.977;");
    writeFileSync(csv, text.replace(";111;1'36.977;", ";111;1'36.978;"));
    const reads = vi.spyOn(ContentBuilder.prototype, 'readTiming');
    const cached = readProductionContent(undefined, { checkCaches: true }).content;
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect(cached).not.toEqual(before);
    expect(cached).toEqual(readProductionContent().content);
  });

  it('fails on the session conflicts the check kept, as a load without them does', async () => {
    // A second report of the same qualifying, with the two Toyotas behind the pole swapped.
    const seed = readFileSync(join(dir, 'articles/2021-portimao-qualifying-alpine-first-pole.mdx'), 'utf8');
    const swapped = seed
      .replace('- pos: 2\n            overall: 2\n            number: "8"', '- pos: 3\n            overall: 3\n            number: "8"')
      .replace('- pos: 3\n            overall: 3\n            number: "7"', '- pos: 2\n            overall: 2\n            number: "7"');
    expect(swapped.match(/number: "7"/g)).toHaveLength(1);
    expect(swapped).toContain('- pos: 2\n            overall: 2\n            number: "7"');
    const copy = join(dir, 'articles/2021-portimao-qualifying-second-report.mdx');
    writeFileSync(copy, swapped);
    try {
      expect((await checkContentParallel(dir)).errors).toBeGreaterThan(0);
      const message = (load: () => unknown) => {
        try {
          load();
        } catch (error) {
          return (error as Error).message;
        }
        return 'loaded';
      };
      const plain = message(() => readProductionContent());
      expect(plain).toContain('a report of the same session');
      expect(message(() => readProductionContent(undefined, { checkCaches: true }))).toBe(plain);
    } finally {
      unlinkSync(copy);
    }
  });
});
