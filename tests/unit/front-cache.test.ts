/**
 * The front of `next start` (lib/cache/front.mjs), in front of a real http server whose listener answers
 * as Next does for a cached page: what it answers again, byte for byte, and what it leaves to Next.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Front, installFront } from '@/lib/cache/front.mjs';

interface Answer {
  status?: number;
  cache?: string;
  cacheControl?: string;
  cookie?: boolean;
}

/** A listener that answers like Next from its cache: the page in two writes, gzip when accepted. */
function nextLike(calls: string[], answerFor: (url: string) => Answer = () => ({})) {
  return (req: IncomingMessage, res: ServerResponse) => {
    calls.push(`${req.method} ${req.url}`);
    const a = answerFor(req.url!);
    const html = `<!DOCTYPE html><html><body><h1>${req.url}</h1>${'<p>lap</p>'.repeat(200)}<p>call ${calls.length}</p></body></html>`;
    res.statusCode = a.status ?? 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', a.cacheControl ?? 's-maxage=31536000');
    res.setHeader('x-nextjs-cache', a.cache ?? 'HIT');
    res.setHeader('Content-Security-Policy', "default-src 'self'");
    res.setHeader('ETag', `"${req.url!.length}"`);
    if (a.cookie) res.setHeader('Set-Cookie', 'a=b');
    if (req.headers['x-forwarded-proto'] === 'https') res.setHeader('Strict-Transport-Security', 'max-age=63072000');
    let body: Buffer = Buffer.from(html);
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    const half = Math.floor(body.length / 2);
    res.write(body.subarray(0, half));
    res.end(body.subarray(half));
  };
}

interface Got {
  status: number;
  headers: IncomingMessage['headers'];
  rawNames: string[];
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, rawNames: res.rawHeaders.filter((_, i) => i % 2 === 0), body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const listen = (server: Server) => new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));

/** The headers that describe the page, without those of one answer on the wire. */
const pageHeaders = (g: Got) =>
  Object.fromEntries(Object.entries(g.headers).filter(([k]) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(k)));

describe('the front of next start', () => {
  let server: Server;
  let port: number;
  let calls: string[];
  let expiredCalls: [string, number][];
  let expiredPaths: Set<string>;
  let front: Front;
  let answers: Record<string, Answer>;
  /** When Next's listener was first called for each URL. */
  let nextReadAt: Map<string, number>;

  beforeEach(async () => {
    calls = [];
    nextReadAt = new Map();
    expiredCalls = [];
    expiredPaths = new Set();
    answers = {};
    server = createServer(
      nextLike(calls, (url) => {
        if (!nextReadAt.has(url)) nextReadAt.set(url, Date.now());
        return answers[url] ?? {};
      }),
    );
    front = new Front((path, at) => {
      expiredCalls.push([path, at]);
      return expiredPaths.has(path);
    });
    front.attach(server);
    port = await listen(server);
  });
  afterEach(() => new Promise<void>((r) => server.close(() => r())));

  it('answers a page Next answered from its cache again, with the same status, headers and bytes, without Next', async () => {
    const first = await get(port, '/articles/a', { 'Accept-Encoding': 'gzip', 'User-Agent': 'reader' });
    const second = await get(port, '/articles/a', { 'Accept-Encoding': 'gzip', 'User-Agent': 'another reader' });
    expect(calls).toEqual(['GET /articles/a']);
    expect(front.answered).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body.equals(first.body)).toBe(true);
    expect(gunzipSync(second.body).toString()).toContain('<p>call 1</p>');
    expect(pageHeaders(second)).toEqual(pageHeaders(first));
    expect(second.headers['content-length']).toBe(String(first.body.length));
    // Header names as Next wrote them.
    expect(second.rawNames).toContain('Content-Security-Policy');
    expect(second.rawNames).toContain('x-nextjs-cache');
  });

  it('keys the answer by the request headers that change it: compression, the forwarded scheme, the host', async () => {
    await get(port, '/drivers/x', { 'Accept-Encoding': 'gzip' });
    const plain = await get(port, '/drivers/x');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<h1>/drivers/x</h1>');
    const https = await get(port, '/drivers/x', { 'X-Forwarded-Proto': 'https' });
    expect(https.headers['strict-transport-security']).toBe('max-age=63072000');
    await get(port, '/drivers/x', { Host: 'other.example' });
    expect(calls).toHaveLength(4);
    // Each again from the front.
    expect((await get(port, '/drivers/x', { 'X-Forwarded-Proto': 'https' })).headers['strict-transport-security']).toBe('max-age=63072000');
    expect((await get(port, '/drivers/x')).headers['strict-transport-security']).toBeUndefined();
    expect(calls).toHaveLength(4);
    expect(front.answered).toBe(2);
  });

  it('leaves to Next every request whose answer may differ: other methods, queries, cookies, RSC, conditional, range and revalidation requests', async () => {
    await get(port, '/teams/t');
    const requests: [Record<string, string>, string?, string?][] = [
      [{}, 'HEAD'],
      [{}, 'POST'],
      [{}, 'GET', '/teams/t?page=2'],
      [{ Cookie: '__prerender_bypass=1' }],
      [{ RSC: '1' }],
      [{ 'Next-Router-Prefetch': '1' }],
      [{ 'Next-Router-State-Tree': '%5B%5D' }],
      [{ 'If-None-Match': '"7"' }],
      [{ Range: 'bytes=0-10' }],
      [{ 'x-prerender-revalidate': 'id' }],
      [{ 'Sec-Purpose': 'prefetch' }],
      [{ Authorization: 'Basic eDp5' }],
    ];
    for (const [headers, method, path] of requests) await get(port, path ?? '/teams/t', headers, method ?? 'GET');
    expect(calls).toHaveLength(1 + requests.length);
    expect(front.answered).toBe(0);
    // Browsers' own headers do not stop it.
    await get(port, '/teams/t', { Accept: 'text/html', 'Accept-Language': 'nl', 'Sec-Fetch-Mode': 'navigate', 'Sec-CH-UA': '"x"', 'Cache-Control': 'no-cache', Referer: '/' });
    expect(front.answered).toBe(1);
  });

  it('stores only what Next answered from its cache, shared-cacheable, with status 200 and no cookie', async () => {
    answers['/rendered'] = { cache: 'MISS' };
    answers['/stale'] = { cache: 'STALE' };
    answers['/missing'] = { status: 404 };
    answers['/private'] = { cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' };
    answers['/cookie'] = { cookie: true };
    for (const path of Object.keys(answers)) {
      await get(port, path);
      await get(port, path);
    }
    expect(calls).toHaveLength(10);
    expect(front.stored).toBe(0);
    expect(front.answered).toBe(0);
  });

  it('drops an answer once the cache handler says its tags were revalidated after it was made', async () => {
    const before = Date.now();
    await get(port, '/events/le-mans');
    await get(port, '/events/le-mans');
    expect(expiredCalls).toHaveLength(1);
    const [path, at] = expiredCalls[0]!;
    expect(path).toBe('/events/le-mans');
    // Made before Next read its cache for it: a revalidation from then on expires it. (Measured against
    // Next's call, not the test's clock before the request, which the request may follow by milliseconds.)
    expect(at).toBeGreaterThanOrEqual(before - 1);
    expect(at).toBeLessThan(nextReadAt.get('/events/le-mans')!);
    expiredPaths.add('/events/le-mans');
    const third = await get(port, '/events/le-mans');
    expect(third.body.toString()).toContain('<p>call 2</p>');
    expect(calls).toHaveLength(2);
    expect(front.entries.size).toBe(1);
    expiredPaths.clear();
    expect((await get(port, '/events/le-mans')).body.toString()).toContain('<p>call 2</p>');
    expect(calls).toHaveLength(2);
  });

  it('keeps an answer no longer than its s-maxage', async () => {
    answers['/short'] = { cacheControl: 's-maxage=1, stale-while-revalidate=5' };
    await get(port, '/short');
    await get(port, '/short');
    expect(calls).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1100));
    await get(port, '/short');
    expect(calls).toHaveLength(2);
  });

  it('keeps at most its memory, dropping the least recently used answer first', async () => {
    const small = new Front(() => false, 6000);
    const other = createServer(nextLike(calls));
    small.attach(other);
    const p = await listen(other);
    try {
      // Each page is about 2.1 KB uncompressed.
      for (const path of ['/a', '/b', '/c']) await get(p, path);
      expect(small.entries.size).toBe(2);
      await get(p, '/b');
      expect(small.answered).toBe(1);
      await get(p, '/a');
      expect(calls.filter((c) => c === 'GET /a')).toHaveLength(2);
      expect(small.bytes).toBeLessThanOrEqual(6000);
    } finally {
      await new Promise<void>((r) => other.close(() => r()));
    }
  });

  it('is installed once per process and takes over each server at its first request', async () => {
    const a = installFront(() => false);
    const b = installFront(() => true);
    expect(b).toBe(a);
    expect(a.expired('/x', 0)).toBe(true);
    a.expired = () => false;
    const seen: string[] = [];
    const other = createServer(nextLike(seen));
    const p = await listen(other);
    try {
      await get(p, '/first');
      await get(p, '/first');
      expect(seen).toEqual(['GET /first']);
    } finally {
      await new Promise<void>((r) => other.close(() => r()));
    }
  });
});
