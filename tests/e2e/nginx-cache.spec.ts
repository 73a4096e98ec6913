import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BASE_CSP, cspForHtml } from '@/lib/csp.mjs';
import { publishSecret, PUBLISH_HEADER } from '@/lib/publish/secret';
import { SECURITY_HEADERS } from '@/lib/security-headers.mjs';
import { startNginx, type Nginx } from '@/scripts/nginx';
import { generateHostile, inParallel, knownIds, whatIsWrong } from '../support/hostile-requests';
import { prng } from '../support/prng';
import { rawRequest } from '../support/raw-http';
import { loadRepositoryGraph } from './content-oracle';
import { BASE_PORT, copyContent, publish, startInstance, type Instance } from './servers';

/**
 * deploy/nginx/cache.conf as shipped (docs/deploy.md), with Debian's nginx, in front of a running
 * `next start` (a copy of the build with its own content): pages come from the cache with the headers
 * next start gives them, a publish reaches readers through the cache within 60 s, and hostile requests
 * get 4xx, never 5xx.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

const INSTANCE_PORT = BASE_PORT + 13;
const CACHE_PORT = BASE_PORT + 14;
const SOURCE = 'articles/2021-portimao-qualifying-alpine-first-pole.mdx';
const NEW = 'articles/2021-portimao-cache-check.mdx';
const TITLE = 'Cache check: Alpine on pole through nginx';
const NEW_PATH = '/articles/2021-portimao-cache-check';

let content: ReturnType<typeof copyContent>;
let server: Instance;
let cache: Nginx;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  content = copyContent();
  server = await startInstance(INSTANCE_PORT, content.dir);
  cache = await startNginx({ port: CACHE_PORT, upstream: INSTANCE_PORT });
});
test.afterAll(async () => {
  await cache?.stop();
  await server?.stop();
  content?.remove();
});

/** A GET whose body is kept as sent (fetch would decompress it). */
function rawGet(port: number, path: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((done, fail) => {
    httpGet({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { res, status: res.status, text: await res.text(), cacheStatus: res.headers.get('x-cache-status') };
}

test('pages come from the cache, byte for byte what next start sends, with their own policy and the security headers', async () => {
  const graph = loadRepositoryGraph();
  const paths = ['/', `/articles/${graph.articles[0]!.slug}`, `/drivers/${[...graph.drivers.keys()][0]}`, '/drivers', '/feed.xml'];
  for (const path of paths) {
    const direct = await get(server.url + path);
    expect(direct.status, path).toBe(200);
    const first = await get(cache.url + path);
    const second = await get(cache.url + path);
    // startNginx requested '/' to see nginx up: that one is cached already.
    expect(first.cacheStatus, path).toBe(path === '/' ? 'HIT' : 'MISS');
    expect(second.cacheStatus, path).toBe('HIT');
    expect(second.text, path).toBe(direct.text);
    // Exactly the page's own policy (a second CSP header would be joined into this value).
    const csp = second.res.headers.get('content-security-policy');
    expect(csp, path).toBe(direct.res.headers.get('content-security-policy'));
    if (path !== '/feed.xml') expect(csp, path).toBe(cspForHtml(second.text));
    else expect(csp).toBe(BASE_CSP);
    for (const { key, value } of SECURITY_HEADERS) expect(second.res.headers.get(key), `${path} ${key}`).toBe(value);
    expect(second.res.headers.get('strict-transport-security'), path).toBeNull();
    // Readers are told to revalidate, never Next's year-long s-maxage.
    expect(second.res.headers.get('cache-control'), path).toBe('no-cache');
    expect(second.res.headers.get('x-nextjs-cache'), path).toBeNull();
  }

  // Compressed by nginx for readers who accept it; the same page.
  const gzipped = await rawGet(CACHE_PORT, '/', { 'Accept-Encoding': 'gzip' });
  expect(gzipped.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gzipped.body).toString('utf8')).toBe((await get(server.url + '/')).text);

  // The browser revalidates with the page's ETag and gets a 304 from the cache.
  const etag = (await get(cache.url + '/')).res.headers.get('etag')!;
  expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
  expect((await fetch(cache.url + '/', { headers: { 'If-None-Match': etag } })).status).toBe(304);
});

test('a request for an RSC payload neither gets one nor leaves one in the cache for the next reader', async () => {
  const page = (await get(server.url + '/articles')).text;
  const rsc = await get(cache.url + '/articles', { RSC: '1', 'Next-Router-Prefetch': '1' });
  expect(rsc.status).toBe(200);
  expect(rsc.res.headers.get('content-type')).toContain('text/html');
  expect(rsc.text).toBe(page);
  const reader = await get(cache.url + '/articles');
  expect(reader.cacheStatus).toBe('HIT');
  expect(reader.text).toBe(page);
});

test('unknown pages are not kept, the publish endpoint is not reachable, and nginx\'s own refusals carry the headers', async () => {
  const missing = [await get(cache.url + '/drivers/nobody-at-all'), await get(cache.url + '/drivers/nobody-at-all')];
  for (const m of missing) {
    expect(m.status).toBe(404);
    expect(m.cacheStatus).toBe('MISS');
    expect(m.res.headers.get('content-security-policy')).toBe(cspForHtml(m.text));
  }
  expect(missing[1]!.text).toContain('<title>Page not found');

  // With the secret, the instance itself answers; through the cache, the same request is a 404.
  const request = { method: 'POST', headers: { [PUBLISH_HEADER]: publishSecret()! }, body: '{"action":"revalidate","tags":[]}' };
  expect((await fetch(server.url + '/internal/publish', request)).status).toBe(200);
  expect((await fetch(cache.url + '/internal/publish', request)).status).toBe(404);
  // More tags than one call may carry (Next's revalidateTag is quadratic in them): refused, nothing expired.
  const tags = Array.from({ length: 501 }, (_, i) => `drivers:d${i}`);
  const tooMany = await fetch(server.url + '/internal/publish', { ...request, body: JSON.stringify({ action: 'revalidate', tags }) });
  expect(tooMany.status).toBe(413);
  expect(await tooMany.text()).toBe('At most 500 tags per call, not 501');

  const long = await fetch(`${cache.url}/${'a'.repeat(20_000)}`);
  expect(long.status).toBe(414);
  expect(long.headers.get('content-security-policy')).toBe(BASE_CSP);
  for (const { key, value } of SECURITY_HEADERS) expect(long.headers.get(key), key).toBe(value);
});

test('a publish reaches readers through the cache within 60 s, and readers get only 200s meanwhile', async () => {
  const pages = ['/', '/articles', '/drivers/matthieu-vaxiviere', '/teams/alpine-endurance-team'];
  for (const path of pages) {
    await get(cache.url + path);
    expect((await get(cache.url + path)).cacheStatus, path).toBe('HIT');
  }
  expect((await get(cache.url + NEW_PATH)).status).toBe(404);

  // Readers through the cache all along.
  const seen: { at: number; path: string; status: number; cache: string | null; fresh: boolean }[] = [];
  let reading = true;
  const readers = (async () => {
    for (let i = 0; reading; i++) {
      const path = pages[i % pages.length]!;
      const r = await get(cache.url + path).catch(() => ({ status: 0, cacheStatus: null, text: '' }));
      seen.push({ at: Date.now(), path, status: r.status, cache: r.cacheStatus, fresh: r.text.includes('Cache check') });
      await new Promise((done) => setTimeout(done, 100));
    }
  })();

  try {
    writeFileSync(join(content.dir, NEW), readFileSync(join(content.dir, SOURCE), 'utf8').replace(/^title: .*$/m, `title: "${TITLE}"`));
    const published = await publish(content.dir, [join(content.dir, NEW)], [server]);
    expect(published.code, published.output).toBe(0);
    const done = Date.now();
    // next start serves the change now; the cache may keep the old pages a little longer.
    expect((await get(server.url + '/')).text).toContain('Cache check');

    const reached = new Map<string, number>();
    while (reached.size < pages.length + 1 && Date.now() - done < 70_000) {
      for (const path of [...pages, NEW_PATH]) {
        if (reached.has(path)) continue;
        const r = await get(cache.url + path);
        if (r.status === 200 && r.text.includes(path === NEW_PATH ? TITLE : 'Cache check')) reached.set(path, Date.now() - done);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`publish through the nginx cache: ${[...reached].map(([p, ms]) => `${p} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    expect([...reached.keys()].sort()).toEqual([...pages, NEW_PATH].sort());
    for (const [path, ms] of reached) expect(ms, path).toBeLessThan(60_000);
    // Once a page is new through the cache it stays new.
    for (const path of pages) {
      const after = seen.filter((s) => s.path === path && s.at > done + reached.get(path)! + 500);
      expect(after.every((s) => s.fresh), path).toBe(true);
    }
  } finally {
    reading = false;
    await readers;
  }
  expect([...new Set(seen.map((s) => s.status))]).toEqual([200]);
  expect(seen.length).toBeGreaterThan(20);
});

test('generated hostile requests through the cache get 4xx, never a 5xx, and poison nothing', async () => {
  const graph = loadRepositoryGraph();
  const rng = prng(20261206);
  const known = knownIds(graph);
  const requests = Array.from({ length: 600 }, () => generateHostile(rng, known));
  const answers = await inParallel(requests, 6, async (req) => ({ req, res: await rawRequest(CACHE_PORT, req) }));
  const byStatus = new Map<number, number>();
  const wrong: string[] = [];
  for (const { req, res } of answers) {
    byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
    const problem = whatIsWrong(res, CACHE_PORT);
    if (problem) wrong.push(`${problem}: ${req.method} ${req.target.slice(0, 160)} ${JSON.stringify(req.headers)} → ${res.body.slice(0, 200)}`);
  }
  console.log(`hostile requests through the cache: ${answers.length} sent, statuses ${[...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
  expect(wrong.slice(0, 20)).toEqual([]);
  expect(byStatus.get(200) ?? 0).toBeGreaterThan(50);
  expect(byStatus.get(404) ?? 0).toBeGreaterThan(50);

  // Every page a hostile request reached is still the page for the next reader.
  for (const path of ['/', `/articles/${known.article}`, `/drivers/${known.driver}`, `/teams/${known.team}`]) {
    const direct = (await get(server.url + path)).text;
    expect((await get(cache.url + path)).text, path).toBe(direct);
  }
});
