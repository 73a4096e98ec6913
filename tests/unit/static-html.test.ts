import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrameworkShapeError, MARKERS, staticBeforeMeasure, staticPageEntry, stripFramework, withoutPayloadFiles } from '@/lib/static-html.mjs';
import { THEME_SCRIPT } from '@/lib/theme-script.mjs';

/**
 * lib/static-html.mjs against a page as Next itself wrote it (tests/fixtures/next-render): each marker it
 * strips is there before, none is left after, and the page's own content is untouched. A Next upgrade
 * fails here first: the capture must be renewed, and the markers checked against the new output.
 */
const repo = resolve(__dirname, '../..');
const dir = join(repo, 'tests/fixtures/next-render');
const raw = readFileSync(join(dir, 'not-found.html'), 'utf8');
const count = (html: string, re: RegExp) => [...html.matchAll(new RegExp(re.source, 'g'))].length;

describe('stripping the framework from a page', () => {
  it('is checked against the installed Next: a new version needs a new capture', () => {
    const installed = (JSON.parse(readFileSync(join(repo, 'node_modules/next/package.json'), 'utf8')) as { version: string }).version;
    expect(installed, 'Next was upgraded: capture tests/fixtures/next-render/not-found.html again (tests/fixtures/README.md) and check MARKERS').toBe(
      readFileSync(join(dir, 'VERSION'), 'utf8').trim(),
    );
  });

  it('finds every marker in the captured render and leaves none of them', () => {
    const { html, found, stripped } = stripFramework(raw, 'the capture');
    expect(stripped).toBe(true);
    for (const [name, re] of Object.entries(MARKERS)) {
      expect(count(raw, re), `${name} in Next's render`).toBeGreaterThan(0);
      expect(found[name as keyof typeof MARKERS], name).toBe(count(raw, re));
      expect(count(html, re), `${name} after stripping`).toBe(0);
    }
    // The exact traces the issue names: no flight data, no framework chunk script, no preload of one.
    expect(raw).toContain('self.__next_f');
    expect(html).not.toContain('__next_f');
    expect(html).not.toMatch(/<script[^>]+src="\/_next\/static\/chunks\//);
    expect(html).not.toMatch(/<link[^>]+as="script"/);
    expect(html).not.toContain('TURBOPACK');
    // Two thirds of the page were the framework's.
    expect(html.length).toBeLessThan(raw.length / 2);
  });

  it('keeps the page: its head, stylesheet, theme script, content and footer', () => {
    const { html } = stripFramework(raw);
    expect(html.startsWith('<!DOCTYPE html><html lang="en"')).toBe(true);
    expect(html.endsWith('</html>')).toBe(true);
    expect(html).toContain(`<script>${THEME_SCRIPT}</script>`);
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/[\w.-]+\.css"/);
    expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(html).toContain('<footer');
    // Everything but the stripped markers is byte for byte the same.
    let rest = raw;
    for (const re of Object.values(MARKERS)) rest = rest.replace(new RegExp(re.source, 'g'), '');
    expect(html).toBe(rest);
  });

  it('leaves a stripped page as it is', () => {
    const once = stripFramework(raw).html;
    expect(stripFramework(once)).toEqual({ html: once, found: { scriptPreload: 0, chunkScript: 0, turbopackChunks: 0, flightBootstrap: 0, flightChunk: 0 }, stripped: false });
  });

  it('fails loudly on a page whose shape changed, naming the page and the missing marker', () => {
    const noBootstrap = raw.replace('<script>(self.__next_f=self.__next_f||[]).push([0])</script>', '');
    expect(() => stripFramework(noBootstrap, 'drivers/x.html')).toThrow(FrameworkShapeError);
    expect(() => stripFramework(noBootstrap, 'drivers/x.html')).toThrow(/drivers\/x\.html .*markers not found: flightBootstrap/);
    // A flight chunk written another way leaves a trace behind.
    const otherChunk = raw.replace(/<script>self\.__next_f\.push\(\[1,/, '<script>self.__next_f.push([1 ,');
    expect(() => stripFramework(otherChunk, 'y.html')).toThrow(/traces left after stripping: __next_f/);
  });
});

describe('cache entries and files', () => {
  it('makes a page entry static in place: HTML stripped, no payload, no segments', () => {
    const value = { kind: 'APP_PAGE', html: raw, rscData: Buffer.from('1:x'), segmentData: new Map([['/_tree', Buffer.from('t')]]), status: 200 };
    expect(staticPageEntry(value, '/x')).toBe(value);
    expect(value.html).toBe(stripFramework(raw).html);
    expect(value.rscData.length).toBe(0);
    expect(value.segmentData).toBeUndefined();
    const route = { kind: 'APP_ROUTE', body: Buffer.from('self.__next_f') };
    expect(staticPageEntry(route)).toEqual({ kind: 'APP_ROUTE', body: Buffer.from('self.__next_f') });
  });

  it("strips a page entry before Next's cache measures it, once however often it is installed", async () => {
    // Next's IncrementalCache.set in the runtime `next start` loads: the instance is kept in
    // globalThis.__incrementalCache, and set measures the whole value before the handler sees it.
    const runtime = readFileSync(join(repo, 'node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js'), 'utf8');
    expect(runtime).toMatch(/globalThis\.__incrementalCache=\w+/);
    expect(runtime).toMatch(/async set\(\w+,\w+,\w+\)\{[\s\S]{0,800}?let \w+=JSON\.stringify\(\w+\)\.length;/);

    const measured: number[] = [];
    const seen: unknown[] = [];
    const cache = {
      async set(_key: string, data: unknown, _ctx: unknown) {
        measured.push(JSON.stringify(data).length);
        seen.push(data);
      },
    };
    const unwrapped = cache.set;
    staticBeforeMeasure(cache);
    const wrapped = cache.set;
    staticBeforeMeasure(cache);
    expect(wrapped).not.toBe(unwrapped);
    expect(cache.set).toBe(wrapped);
    const payload = Buffer.alloc(100_000, 49);
    const page = { kind: 'APP_PAGE', html: raw, rscData: payload, status: 200 };
    await cache.set('/drivers/x', page, {});
    expect(seen).toEqual([page]);
    expect(page.html).toBe(stripFramework(raw).html);
    expect(page.rscData.length).toBe(0);
    // What Next measured: the stripped page, not the payload written as 100,000 numbers.
    expect(measured[0]).toBeLessThan(stripFramework(raw).html.length * 1.2);
    expect(JSON.stringify({ ...page, rscData: payload }).length).toBeGreaterThan(200_000);
    // Other kinds pass as they are; a delete (no value) too.
    const route = { kind: 'APP_ROUTE', body: Buffer.from('self.__next_f') };
    await cache.set('/data/x', route, {});
    await cache.set('/gone', null, {});
    expect(seen.slice(1)).toEqual([{ kind: 'APP_ROUTE', body: Buffer.from('self.__next_f') }, null]);
    staticBeforeMeasure(undefined);
  });

  it('writes no RSC payload file and reads every one as empty', async () => {
    const written: string[] = [];
    const fs = {
      readFile: async (p: string) => Buffer.from(`read ${p}`),
      writeFile: async (p: string, _data: unknown) => void written.push(p),
      writeFileAtomic: async (p: string, _data: unknown) => (written.push(p), true),
      mkdir: async () => undefined,
    };
    const wrapped = withoutPayloadFiles(fs);
    await wrapped.writeFile('/d/server/app/drivers/x.rsc', Buffer.from('payload'));
    await wrapped.writeFile('/d/server/app/drivers/x.segments/_tree.segment.rsc', Buffer.from('payload'));
    await wrapped.writeFile('/d/server/app/drivers/x.html', 'html');
    await wrapped.writeFileAtomic('/d/server/app/drivers/y.rsc', Buffer.from('payload'));
    expect(written).toEqual(['/d/server/app/drivers/x.html']);
    expect((await wrapped.readFile('/d/server/app/drivers/x.rsc')).length).toBe(0);
    expect(String(await wrapped.readFile('/d/server/app/drivers/x.meta'))).toBe('read /d/server/app/drivers/x.meta');
  });
});
