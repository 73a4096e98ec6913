import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { affectedTags } from '@/lib/publish/affected';
import { bundleBytes, cutBundles, type BundleManifest } from '@/lib/search/bundles';
import { applySearchChanges, type Superseded } from '@/lib/search/delta';
import { searchChanges, searchRecords } from '@/lib/search/documents';
import { writeSearchIndex } from '@/lib/search/indexer';
import { searchIndexResponse } from '@/lib/search/serve';
import { graphOfFiles, readTree } from '../fixtures/corpus';

const root = mkdtempSync(join(tmpdir(), 'search-bundles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const record = (url: string, size: number) => ({ url, html: 'x'.repeat(size) });

describe('search bundles', () => {
  it('cuts records into bundles of at most the limit (one record alone may pass it), by language, skipping those not kept', async () => {
    const records = [
      record('/en-a', 40),
      record('/skip', 10),
      record('/nl-a', 20),
      record('/en-b', 50),
      record('/en-c', 30),
      record('/fr-a', 150),
      record('/nl-b', 10),
      record('/en-d', 10),
    ];
    const bundles: string[][] = [];
    for await (const batch of cutBundles(records, (r) => r.url !== '/skip', (r) => r.url.slice(1, 3), 100)) bundles.push(batch.map((r) => r.url));
    // en fills a bundle first; the rest of each language is put together, largest first, as the limit allows.
    expect(bundles).toEqual([['/en-a', '/en-b'], ['/fr-a'], ['/en-c', '/en-d', '/nl-a', '/nl-b']]);
    const none: string[][] = [];
    for await (const batch of cutBundles([] as { html: string }[], () => true, () => 'en', 100)) none.push(batch.map(String));
    expect(none).toEqual([]);
  });

  it('takes the limit from SEARCH_BUNDLE_BYTES, and names a bad value', () => {
    expect(bundleBytes({})).toBe(12 * 1024 * 1024);
    expect(bundleBytes({ SEARCH_BUNDLE_BYTES: '50000' })).toBe(50000);
    expect(() => bundleBytes({ SEARCH_BUNDLE_BYTES: '12M' })).toThrow('SEARCH_BUNDLE_BYTES: expected a positive whole number of bytes, got "12M"');
    expect(() => bundleBytes({ SEARCH_BUNDLE_BYTES: '0' })).toThrow('SEARCH_BUNDLE_BYTES');
  });

  const seeds = readTree(resolve(__dirname, '..', '..', 'content'));
  const graph = graphOfFiles(seeds);
  const records = [...searchRecords(graph)];
  const out = join(root, 'pagefind');
  const LIMIT = 60_000;
  const manifest = () => JSON.parse(readFileSync(join(out, 'bundles.json'), 'utf8')) as BundleManifest;
  /** The manifest path of the bundle holding page id `id`. */
  const bundleOf = (id: string) => manifest().bundles.find((b) => existsSync(join(out, b.path, 'fragment', `${id}.pf_fragment`)))?.path;

  it('writes the seed content as several bundles cut by size, all listed in the manifest', async () => {
    const total = records.reduce((n, r) => n + r.html.length, 0);
    expect(total).toBeGreaterThan(2 * LIMIT);
    const stats = await writeSearchIndex(records, out, { maxBytes: LIMIT });
    const { bundles } = manifest();
    expect(stats.bundles).toBe(bundles.length);
    expect(bundles.length).toBeGreaterThanOrEqual(Math.ceil(total / LIMIT));
    expect(bundles.map((b) => b.path)).toEqual(bundles.map((_, i) => (i === 0 ? '' : `bundle-${i}/`)));
    // Every bundle is on disk with the languages the manifest gives it, and every page is in exactly one.
    let pages = 0;
    for (const b of bundles) {
      const entry = JSON.parse(readFileSync(join(out, b.path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.fromEntries(Object.entries(entry.languages).map(([l, i]) => [l, i.page_count])), b.path).toEqual(b.languages);
      const fragments = readdirSync(join(out, b.path, 'fragment')).length;
      expect(Object.values(b.languages).reduce((x, y) => x + y, 0), b.path).toBe(fragments);
      pages += fragments;
    }
    expect(pages).toBe(records.length);
    expect(stats.pages).toBe(records.length);
    // Each bundle's documents stay within the limit, unless a single document passes it.
    const ids = JSON.parse(readFileSync(join(out, '.state', 'ids.json'), 'utf8')) as Record<string, string[]>;
    const size = new Map<string, number>();
    for (const r of records) {
      const b = bundleOf(ids[r.url]![0]!)!;
      size.set(b, (size.get(b) ?? 0) + r.html.length);
    }
    for (const [b, n] of size) expect(n, b).toBeLessThanOrEqual(LIMIT);
    // Only the first bundle carries Pagefind's scripts and WebAssembly; the others what mergeIndex reads.
    expect(existsSync(join(out, 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(out, 'bundle-1')).filter((f) => /\.(js|css)$|^wasm\./.test(f))).toEqual([]);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('keeps one page-id and hash state for all bundles, so a publish supersedes a page whichever bundle holds it', async () => {
    const ids = JSON.parse(readFileSync(join(out, '.state', 'ids.json'), 'utf8')) as Record<string, string[]>;
    const hashes = JSON.parse(readFileSync(join(out, '.state', 'hashes.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(ids).sort()).toEqual(records.map((r) => r.url).sort());
    expect(Object.keys(hashes).sort()).toEqual(records.map((r) => r.url).sort());
    const driver = ids['/drivers/matthieu-vaxiviere']![0]!;
    expect(bundleOf(driver)).not.toBe('');

    const ADDED = 'articles/2021-portimao-clasificacion-alpine-primera-pole.mdx';
    const withAdded = graphOfFiles([...seeds, ...readTree(resolve(__dirname, '..', 'fixtures', 'another-language'))]);
    const result = await applySearchChanges(out, searchChanges(graph, withAdded, affectedTags(graph, withAdded, [ADDED])));
    expect(result).toMatchObject({ kind: 'delta' });
    const superseded = JSON.parse(readFileSync(join(out, 'delta', 'superseded.json'), 'utf8')) as Superseded;
    expect(superseded.ids).toContain(driver);
    expect(superseded.ids).not.toContain(ids['/drivers/mike-conway']![0]);
  });

  it('serves the manifest and the files of every bundle', async () => {
    const listed = await searchIndexResponse(['bundles.json'], out);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as BundleManifest).bundles).toEqual(manifest().bundles);
    const last = manifest().bundles.at(-1)!.path.replace(/\/$/, '');
    expect((await searchIndexResponse([last, 'pagefind-entry.json'], out)).status).toBe(200);
    const fragment = readdirSync(join(out, last, 'fragment'))[0]!;
    const served = await searchIndexResponse([last, 'fragment', fragment], out);
    expect(served.status).toBe(200);
    expect(served.headers.get('Cache-Control')).toContain('immutable');
  });
});
