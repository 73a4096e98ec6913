import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSnapshotFile, searchDocumentsFile } from '@/lib/build/ahead-files';
import { prepareSearchDocuments } from '@/lib/build/search-documents';
import { updateSearchIndex } from '@/lib/build/search-index-step';
import { searchRecords } from '@/lib/search/documents';
import { bundleSlots, searchProcesses } from '@/lib/search/indexer';
import { getGraph } from '@/lib/served/graph';

/**
 * The build's search step made faster without changing what it writes: its documents written ahead, beside
 * the content check, under the build's fingerprint (lib/build/search-documents.ts), and its bundles indexed
 * by two Pagefind processes at once (lib/search/indexer.ts).
 */
const root = mkdtempSync(join(tmpdir(), 'search-ahead-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  delete process.env.SEARCH_DOCUMENTS_DIR;
});

/** Every file under `dir`, by path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

describe('search documents written ahead', () => {
  it('writes the documents of a fingerprint once, keeps only the latest fingerprint, and the search step indexes them', async () => {
    process.env.SEARCH_DOCUMENTS_DIR = join(root, 'cache');
    const first = await prepareSearchDocuments('aaaa');
    expect(first).not.toBe('kept');
    const lines = readFileSync(searchDocumentsFile('aaaa'), 'utf8').trim().split('\n');
    const expected = [...searchRecords(getGraph())];
    expect(lines.length).toBe(expected.length);
    expect(first).toMatchObject({ documents: expected.length });
    expect((JSON.parse(lines[0]!) as { url: string }).url).toBe(expected[0]!.url);
    // The content it loaded, for next build's page workers (tests/unit/content-snapshot.test.ts reads one).
    expect(existsSync(contentSnapshotFile('aaaa'))).toBe(true);
    expect(await prepareSearchDocuments('aaaa')).toBe('kept');
    // Without its snapshot, a fingerprint's documents are written again, with the snapshot.
    rmSync(contentSnapshotFile('aaaa'));
    expect(await prepareSearchDocuments('aaaa')).not.toBe('kept');
    expect(existsSync(contentSnapshotFile('aaaa'))).toBe(true);

    await prepareSearchDocuments('bbbb');
    expect(readdirSync(join(root, 'cache')).sort()).toEqual(['content-bbbb.heap', 'content-bbbb.v8', 'documents-bbbb.jsonl']);
    // The heap the content and its graph held where they were loaded, in MiB, which bounds next build's page workers.
    expect(readFileSync(join(root, 'cache', 'content-bbbb.heap'), 'utf8')).toMatch(/^[1-9]\d*\n$/);

    // The search step takes the file of its own fingerprint only: a marker document shows which it read.
    const marker = { url: '/ahead-marker', html: '<html lang="en"><body><main data-pagefind-body><h1>Zyxwvutsr</h1></main></body></html>' };
    writeFileSync(searchDocumentsFile('bbbb'), `${JSON.stringify(marker)}\n`);
    const ahead = await updateSearchIndex({ distDir: join(root, 'dist-ahead'), fingerprint: 'bbbb' });
    expect(ahead).toMatchObject({ ahead: true, pages: 1 });
    const fresh = await updateSearchIndex({ distDir: join(root, 'dist-fresh'), fingerprint: 'cccc' });
    expect(fresh).toMatchObject({ ahead: false, pages: expected.filter((r) => r.html.includes('data-pagefind-body')).length });
  }, 120_000);

  it('writes nothing once the build has stopped it (the check failed)', async () => {
    process.env.SEARCH_DOCUMENTS_DIR = join(root, 'stopped');
    const stop = new AbortController();
    stop.abort();
    await expect(prepareSearchDocuments('dddd', stop.signal)).rejects.toThrow('the search documents were not written: stopped');
    expect(readdirSync(join(root, 'stopped'))).toEqual([]); // neither documents nor snapshot
  });
});

describe('search bundles indexed by several Pagefind processes', () => {
  it('runs one per core, at most two, unless SEARCH_INDEX_PROCESSES says how many', () => {
    expect(searchProcesses({ SEARCH_INDEX_PROCESSES: '3' })).toBe(3);
    expect(searchProcesses({ SEARCH_INDEX_PROCESSES: 'many' })).toBeLessThanOrEqual(2);
    expect(searchProcesses({})).toBeGreaterThanOrEqual(1);
  });

  it('runs one while the documents are still being made, then as many as it may; a bundle that ends makes room', async () => {
    const later = () => {
      let settle!: (ok: boolean) => void;
      const promise = new Promise<void>((resolve, reject) => (settle = (ok) => (ok ? resolve() : reject(new Error('failed')))));
      return { promise, settle };
    };
    const pending = new Promise<void>(() => undefined);
    // Not narrowed: the limit is the processes, and only the oldest bundle's end makes room (a failure too).
    const plain = bundleSlots(2);
    expect(plain.limit()).toBe(2);
    const failing = later();
    const failed = plain.oldestEnds(failing.promise);
    failing.settle(false);
    expect(await failed).toBe(true);
    // Narrowed until the worker has ended.
    const worker = later();
    const slots = bundleSlots(2, { processes: 1, widened: worker.promise });
    expect(slots.limit()).toBe(1);
    const oldest = later();
    const first = slots.oldestEnds(oldest.promise);
    oldest.settle(true);
    expect(await first).toBe(true);
    expect(slots.limit()).toBe(1);
    // The worker ends before the oldest bundle: room for one more, at once.
    const waiting = slots.oldestEnds(pending);
    worker.settle(true);
    expect(await waiting).toBe(false);
    expect(slots.limit()).toBe(2);
    // Widened, only a bundle's end makes room again.
    const next = later();
    const after = slots.oldestEnds(next.promise);
    const raced = await Promise.race([after, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 20))]);
    expect(raced).toBe('still waiting');
    next.settle(true);
    expect(await after).toBe(true);
    // One process, or none asked for: one at a time; a worker that fails widens as one that ends.
    expect(bundleSlots(1, { processes: 1, widened: pending }).limit()).toBe(1);
    expect(bundleSlots(2, { processes: 0, widened: pending }).limit()).toBe(1);
    const crashed = later();
    const narrowed = bundleSlots(2, { processes: 1, widened: crashed.promise });
    crashed.settle(false);
    expect(await narrowed.oldestEnds(pending)).toBe(false);
    expect(narrowed.limit()).toBe(2);
  });

  it('writes the same files, byte for byte, with one process or two', () => {
    // Under tsx, where the worker threads run (vitest keeps the work in one thread): the seed content cut into
    // bundles of 200 kB, so that there are several.
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const out = (n: number) => join(root, `index-${n}`);
    for (const n of [1, 2]) {
      const run = spawnSync(process.execPath, [tsx, 'scripts/search-index.ts', '--out', out(n)], {
        env: { ...process.env, SEARCH_INDEX_PROCESSES: String(n), SEARCH_BUNDLE_BYTES: '200000' },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
    }
    const one = tree(out(1));
    const two = tree(out(2));
    expect((JSON.parse(one.get('bundles.json')!.toString()) as { bundles: unknown[] }).bundles.length).toBeGreaterThan(1);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    // The page ids by URL may be listed in another order (a map: its readers look URLs up); every other file is the same bytes.
    const ids = (t: Map<string, Buffer>) => Object.entries(JSON.parse(t.get('.state/ids.json')!.toString()) as Record<string, string[]>).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(ids(two)).toEqual(ids(one));
    for (const [path, bytes] of one) if (path !== '.state/ids.json') expect(two.get(path)!.equals(bytes), path).toBe(true);
  }, 120_000);
});
