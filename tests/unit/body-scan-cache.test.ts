import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptScan } from '@/lib/check/body-scan-cache';
import { scanBody } from '@/lib/content/mdx';

const root = mkdtempSync(join(tmpdir(), 'body-scan-cache-'));
let previous: string | undefined;
beforeAll(() => {
  previous = process.env.CHECK_CACHE_DIR;
  process.env.CHECK_CACHE_DIR = root;
});
afterAll(() => {
  if (previous === undefined) delete process.env.CHECK_CACHE_DIR;
  else process.env.CHECK_CACHE_DIR = previous;
  rmSync(root, { recursive: true, force: true });
});

const kept = () => readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.scan'));

describe("the check's cache of body scans", () => {
  const body = 'Pole for <Driver>Kamui Kobayashi</Driver> of <Team>Toyota Gazoo Racing</Team>.\n\n<Results session="Qualifying" />\n\n<Drivr>X</Drivr>\n';

  it('gives what the parser gives, the first time and from the cache', () => {
    const fresh = scanBody('content/articles/a.mdx', body, 12);
    expect(fresh.names).toHaveLength(2);
    expect(fresh.problems.map((p) => p.message)).toEqual(['there is no component <Drivr>']);
    expect(keptScan('content/articles/a.mdx', body, 12)).toEqual(fresh);
    expect(kept()).toHaveLength(1);
    expect(keptScan('content/articles/a.mdx', body, 12)).toEqual(fresh);
    expect(kept()).toHaveLength(1);
  });

  it('takes a kept scan only for the same file, first line and text', () => {
    const other = keptScan('content/articles/b.mdx', body, 12);
    expect(other.problems[0]!.file).toBe('content/articles/b.mdx');
    const lower = keptScan('content/articles/a.mdx', body, 14);
    expect(lower.results[0]!.line).toBe(scanBody('content/articles/a.mdx', body, 12).results[0]!.line + 2);
    const edited = keptScan('content/articles/a.mdx', body.replaceAll('Drivr', 'Driver'), 12);
    expect(edited.problems).toEqual([]);
    expect(kept()).toHaveLength(4);
  });

  it('scans a damaged file again and replaces it', () => {
    const text = 'A <Team>Alpine</Team> win.\n';
    const before = new Set(kept());
    const fresh = keptScan('content/articles/c.mdx', text, 5);
    const added = kept().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    writeFileSync(join(root, added[0]!), '{"problems": [');
    expect(keptScan('content/articles/c.mdx', text, 5)).toEqual(fresh);
    expect(JSON.parse(readFileSync(join(root, added[0]!), 'utf8'))).toEqual(fresh);
  });

  it('keeps nothing for a body the parser need not read', () => {
    const count = kept().length;
    expect(keptScan('content/articles/d.mdx', 'Plain text, no tags.\n', 5)).toEqual(scanBody('content/articles/d.mdx', 'Plain text, no tags.\n', 5));
    expect(kept()).toHaveLength(count);
  });
});
