/**
 * The front of `next start`: a page Next answered from its cache is answered again from memory, in the
 * server's first step for the request, without going through Next. Installed by the cache handler
 * (lib/cache/next-cache-handler.mjs), which says when an entry has expired.
 *
 * Why: the server renders on the thread that answers. After a publish it renders again the pages whose
 * tags were revalidated, in tasks of 100 ms to over a second at 10,000 articles, and an answer from
 * Next's cache takes several turns of the event loop (routing, the cache read, compression, the write),
 * each waiting for such a task: a reader of an unchanged article waited up to 1.3–1.5 s
 * (bench/README.md, "The longest tasks of a publish, and the front of next start"). From here the same
 * answer takes one turn, whatever the server is rendering.
 *
 * What it stores: exactly what Next sent (status 200, its headers, its body bytes as written, compressed
 * or not) for a GET without a query string that Next answered from its cache (`x-nextjs-cache: HIT`,
 * shared-cacheable, no cookie set), keyed by the URL and the request headers that change Next's answer
 * (compression: accept-encoding; HSTS: x-forwarded-proto; host). A request with any header not known to
 * leave the answer unchanged (RSC and prefetch headers, conditional and range requests, cookies,
 * revalidation) goes to Next, and so does any method but GET.
 *
 * When it is dropped: when `expired(path, storedAt)` says so (the handler's own rule: a tag of the URL
 * revalidated after the answer was made, in this process or, with Redis, in another), or after the
 * answer's s-maxage; least recently used first beyond MAX_BYTES. Memory only: a new build is a new
 * process.
 *
 * What of the framework it relies on: that `next start` answers with an http.Server 'request' listener
 * (taken over at the first request, seen on Node's `http.server.request.start` diagnostics channel), and
 * the `x-nextjs-cache` response header. tests/unit/front-cache.test.ts runs it in front of a server that
 * answers as Next does; tests/e2e/front-cache.spec.ts checks both against `next start` itself and fails
 * if Next stops sending the header or the front stops answering.
 */
import { subscribe } from 'node:diagnostics_channel';

/** Memory for stored answers, per process. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** A larger answer is not stored (no page is above 250 KB; feeds and sitemaps may be). */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/** Request headers that never change Next's answer for a cached page. */
const NEUTRAL = new Set([
  'host',
  'user-agent',
  'accept',
  'accept-language',
  'accept-encoding',
  'connection',
  'keep-alive',
  'cache-control',
  'pragma',
  'referer',
  'dnt',
  'upgrade-insecure-requests',
  'priority',
  'te',
  'via',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
]);
const neutral = (name) => NEUTRAL.has(name) || name.startsWith('sec-fetch-') || name.startsWith('sec-ch-');
/** Neutral headers whose value still changes the answer: part of the key. */
const KEYED = ['host', 'accept-encoding', 'x-forwarded-proto', 'x-forwarded-host'];
/** Hop-by-hop and per-answer headers, not stored. */
const NOT_STORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** The key of a request the front may answer, or undefined when it goes to Next. */
export function frontKey(req) {
  if (req.method !== 'GET' || !req.url || req.url.includes('?') || !req.url.startsWith('/')) return undefined;
  for (const name of Object.keys(req.headers)) if (!neutral(name)) return undefined;
  return [req.url, ...KEYED.map((h) => req.headers[h] ?? '')].join('\n');
}

function sMaxAgeMs(cacheControl) {
  const m = /(?:^|,)\s*s-maxage=(\d+)/.exec(String(cacheControl ?? ''));
  return m ? Number(m[1]) * 1000 : undefined;
}

export class Front {
  /** @param {(path: string, storedAt: number) => boolean} expired */
  constructor(expired, maxBytes = MAX_BYTES) {
    this.expired = expired;
    this.maxBytes = maxBytes;
    /** key → { path, at, until, headers: [name, value][], body } (a 200), in least recently used order. */
    this.entries = new Map();
    this.bytes = 0;
    this.answered = 0;
    this.stored = 0;
    this.servers = new WeakSet();
  }

  /** Answers `req` from memory if it can; true when it did. */
  answer(req, res) {
    const key = frontKey(req);
    if (key === undefined) return false;
    const e = this.entries.get(key);
    if (!e) return false;
    if (Date.now() >= e.until || this.expired(e.path, e.at)) {
      this.drop(key, e);
      return false;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, e);
    for (const [name, value] of e.headers) res.setHeader(name, value);
    res.setHeader('Content-Length', e.body.length);
    res.statusCode = 200;
    res.end(e.body);
    this.answered++;
    return true;
  }

  /** Watches Next's answer to `req` and stores it if it is one the front may give again. */
  watch(req, res) {
    const key = frontKey(req);
    if (key === undefined) return;
    // Before Next reads its cache: a tag revalidated from now on expires what is stored.
    const at = Date.now() - 1;
    const chunks = [];
    let size = 0;
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_ENTRY_BYTES) return;
      const buf = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk);
      size += buf.length;
      chunks.push(buf);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = (chunk, encoding, cb) => {
      keep(chunk, encoding);
      const result = end.call(res, chunk, encoding, cb);
      this.store(key, req.url, at, res, chunks, size);
      return result;
    };
  }

  store(key, url, at, res, chunks, size) {
    if (res.statusCode !== 200 || size > MAX_ENTRY_BYTES || res.getHeader('x-nextjs-cache') !== 'HIT' || res.hasHeader('set-cookie')) return;
    const maxAge = sMaxAgeMs(res.getHeader('cache-control'));
    if (maxAge === undefined || maxAge === 0) return;
    const headers = res
      .getRawHeaderNames()
      .filter((name) => !NOT_STORED.has(name.toLowerCase()))
      .map((name) => [name, res.getHeader(name)]);
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    const entry = { path: url, at, until: at + maxAge, headers, body: Buffer.concat(chunks, size) };
    this.entries.set(key, entry);
    this.bytes += size;
    this.stored++;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(k, e);
    }
  }

  drop(key, entry) {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }

  /** Puts the front before the request listeners `server` has now (Next's). */
  attach(server) {
    if (this.servers.has(server)) return;
    this.servers.add(server);
    const listeners = server.listeners('request');
    server.removeAllListeners('request');
    server.on('request', (req, res) => {
      if (this.answer(req, res)) return;
      this.watch(req, res);
      for (const listener of listeners) listener.call(server, req, res);
    });
  }
}

const SLOT = Symbol.for('endurance-desk.front');

/** What the process's front has done, for the publish endpoint's `front` action (tests/e2e/front-cache.spec.ts). */
export function frontFigures() {
  const front = globalThis[SLOT];
  return front ? { answered: front.answered, stored: front.stored, entries: front.entries.size, bytes: front.bytes } : undefined;
}

/**
 * The process's front, made once: attached to every http server of the process at its first request.
 * Later calls give the same front (with `expired` replaced): the cache handler module may be loaded more
 * than once.
 */
export function installFront(expired) {
  const g = globalThis;
  if (g[SLOT]) {
    g[SLOT].expired = expired;
    return g[SLOT];
  }
  const front = new Front(expired);
  g[SLOT] = front;
  subscribe('http.server.request.start', (message) => {
    if (message?.server) front.attach(message.server);
  });
  return front;
}
