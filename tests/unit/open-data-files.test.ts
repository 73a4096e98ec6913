import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '@/lib/graph/types';

const root = mkdtempSync(join(tmpdir(), 'open-data-files-'));
process.env.OPEN_DATA_CACHE_DIR = root;
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { fileBody, openDataPath } = await import('@/lib/data/file-cache');

/** Two graphs: the module only keys its folders by them. */
const first = {} as Graph;
const second = {} as Graph;

function* rows(n: number, counter: { calls: number }): Generator<string> {
  counter.calls++;
  yield 'id,name\n';
  for (let i = 0; i < n; i++) yield `${i},Driver ${i}\n`;
}

const expected = (n: number) => `id,name\n${Array.from({ length: n }, (_, i) => `${i},Driver ${i}\n`).join('')}`;

describe('open-data files of a running server (lib/data/file-cache.ts)', () => {
  it('writes a table once, for every request that asks for it meanwhile, then serves it from disk', async () => {
    const counter = { calls: 0 };
    // Enough rows to take several batches and slices.
    const paths = await Promise.all([1, 2, 3].map(() => openDataPath(first, 'drivers.csv', () => rows(60_000, counter))));
    expect(counter.calls).toBe(1);
    expect(new Set(paths).size).toBe(1);
    expect(readFileSync(paths[0]!, 'utf8')).toBe(expected(60_000));
    expect(await new Response(fileBody(paths[0]!)).text()).toBe(expected(60_000));
    // Written: the next request reads the file, and makes nothing.
    expect(await openDataPath(first, 'drivers.csv', () => rows(1, counter))).toBe(paths[0]);
    expect(counter.calls).toBe(1);
    expect(readdirSync(join(root, readdirSync(root)[0]!)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('answers the requests during a write between its slices', async () => {
    const counter = { calls: 0 };
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await openDataPath(first, 'entries.csv', () => rows(400_000, counter));
    clearInterval(timer);
    // A write on the thread without a turn for others would let no timer run at all.
    expect(ticks).toBeGreaterThan(2);
  });

  it('keeps the files of the graph it serves: a new graph writes its own and removes the earlier ones and those of ended processes', async () => {
    const old = await openDataPath(first, 'drivers.csv', () => rows(3, { calls: 0 }));
    // A folder left by a process that has ended (no such pid), and one of a running process (this one's parent).
    mkdirSync(join(root, '999999999-1'));
    writeFileSync(join(root, '999999999-1', 'drivers.csv'), 'stale');
    mkdirSync(join(root, `${process.ppid}-1`));
    const now = await openDataPath(second, 'drivers.csv', () => rows(5, { calls: 0 }));
    expect(now).not.toBe(old);
    expect(readFileSync(now, 'utf8')).toBe(expected(5));
    expect(existsSync(old)).toBe(false);
    expect(existsSync(join(root, '999999999-1'))).toBe(false);
    expect(existsSync(join(root, `${process.ppid}-1`))).toBe(true);
  });

  it('leaves no file when making it fails, and tries again on the next request', async () => {
    function* failing(): Generator<string> {
      yield 'id,name\n';
      throw new Error('no such table');
    }
    await expect(openDataPath(second, 'cars.csv', failing)).rejects.toThrow('no such table');
    const folder = join(root, readdirSync(root).find((f) => f.startsWith(`${process.pid}-`))!);
    expect(readdirSync(folder).filter((f) => f.startsWith('cars.csv'))).toEqual([]);
    expect(readFileSync(await openDataPath(second, 'cars.csv', () => rows(2, { calls: 0 })), 'utf8')).toBe(expected(2));
  });

  it('exists because Next measures every entry it caches with JSON.stringify (remove it, and this test, when it no longer does)', () => {
    const runtime = readFileSync(join(process.cwd(), 'node_modules/next/dist/compiled/next-server/app-route-turbo.runtime.prod.js'), 'utf8');
    // IncrementalCache.set: `let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152...`, before any handler is called.
    expect(runtime).toMatch(/async set\(\w+,\w+,\w+\)\{[\s\S]{0,800}?let \w+=JSON\.stringify\(\w+\)\.length;if\(\w+\.fetchCache&&\w+>2097152/);
    // What that costs for a body of 5 MB (a Buffer becomes an array of numbers): a string three times its size.
    const body = Buffer.alloc(5_000_000, 65);
    expect(JSON.stringify({ kind: 'APP_ROUTE', body }).length).toBeGreaterThan(3 * body.length);
  });
});
