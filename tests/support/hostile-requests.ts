import type { Graph } from '@/lib/graph/types';
import type { Rng } from './prng';
import type { RawRequest, RawResponse } from './raw-http';

/**
 * A scanner's requests, generated from a seeded PRNG (the same on every run): every route of app/ with its
 * ids mutated, odd queries, methods and headers (Next's internal ones included). Sent byte for byte with
 * rawRequest to `next start` (tests/e2e/hostile-requests.spec.ts) and to the nginx cache in front of it
 * (tests/e2e/nginx-cache.spec.ts); whatIsWrong says what an answer must never be.
 */
const first = <T,>(m: Map<string, T>) => [...m.keys()][0]!;

/** A real id of each kind, from the repository's content, for the generator to mutate. */
export function knownIds(graph: Graph): Record<string, string> {
  return {
    article: graph.articles[0]!.slug,
    driver: first(graph.drivers),
    team: first(graph.teams),
    event: first(graph.events),
    circuit: first(graph.circuits),
    series: first(graph.series),
    car: first(graph.cars),
    year: String(graph.articles[0]!.date.slice(0, 4)),
    table: 'results',
  };
}

/** Every route of app/, pages and route handlers, with the kind of id each takes. */
const ROUTES = [
  '/',
  '/articles',
  '/articles/page/{n}',
  '/articles/{article}',
  '/articles/{article}/results.json',
  '/articles/{article}/results.csv',
  '/articles/{article}/opengraph-image',
  ...['drivers', 'teams'].flatMap((kind) => {
    const id = `{${kind.slice(0, -1)}}`;
    return [`/${kind}`, `/${kind}/page/{n}`, `/${kind}/${id}`, `/${kind}/${id}/feed.xml`, `/${kind}/${id}/opengraph-image`, `/${kind}/${id}/articles/page/{n}`];
  }),
  ...['events', 'circuits', 'series', 'cars'].flatMap((kind) => [`/${kind}`, `/${kind}/page/{n}`, `/${kind}/{${kind === 'series' ? 'series' : kind.slice(0, -1)}}`]),
  '/events/{event}/{year}',
  ...['driver', 'team', 'car', 'event'].map((kind) => `/${kind}s/{${kind}}/data.json`),
  '/data',
  '/data/datapackage.json',
  '/data/{table}.csv',
  '/feed.xml',
  '/sitemap.xml',
  '/sitemaps/sitemap/{n}.xml',
  '/robots.txt',
  '/icon.svg',
  '/opengraph-image',
  '/_next/static/{article}',
  '/_next/image',
];

/** UTF-8 bytes as the latin1 characters rawRequest writes one byte each. */
const utf8Raw = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

/** What a scanner puts in place of an id. */
const ID_MUTATIONS: ((id: string, rng: Rng) => string)[] = [
  (id) => id,
  () => 'no-such-id',
  (id) => id.toUpperCase(),
  (id, rng) => [...id].map((c) => (rng.next() < 0.5 ? c.toUpperCase() : c)).join(''),
  (id) => encodeURIComponent(`${id}-é`),
  (id) => utf8Raw(`${id}-可夢偉`),
  () => encodeURIComponent('🏎️‮evil‬'),
  (id) => `${id}%`,
  () => '%',
  () => '%E0%A4%A',
  () => '%zz',
  () => '%%41',
  () => '%C0%AF',
  () => '%ED%A0%80',
  () => '%FF%FE',
  (id) => encodeURIComponent(encodeURIComponent(`${id}/../x`)),
  () => '%252e%252e%252f%252e%252e%252fetc%252fpasswd',
  () => '..',
  () => '../../../../etc/passwd',
  () => '%2e%2e%2f%2e%2e%2fpackage.json',
  () => '..%2f..%2f.env',
  () => '..\\..\\windows\\win.ini',
  () => '.next%2fserver%2fapp%2findex.html',
  (id) => `${id}%00`,
  (id) => `${id}%00.html`,
  (id) => `${id}%0d%0aX-Injected:%20yes`,
  (id) => `${id}%01%1f%7f`,
  (id) => `${id}\x01`,
  (id) => `${id}\x7f`,
  () => 'a'.repeat(10_240),
  () => '%41'.repeat(3_414),
  (id) => `${id};jsessionid=1`,
  (id) => `${id}.json`,
  (id) => `${id}/`,
  (id) => `${id}//`,
  () => '',
  () => '-1',
  () => '0',
  () => '99999999999999999999',
  () => '1e3',
];

const QUERIES: ((rng: Rng) => string)[] = [
  () => '',
  () => '',
  () => '?%',
  () => '?q=%E0%A4%A',
  () => `?q=${'x'.repeat(2_000)}`,
  () => `?${'a=1&'.repeat(2_000)}`,
  () => `?q=${'%41'.repeat(4_000)}`,
  () => `?big=${'y'.repeat(70_000)}`,
  () => '?_rsc=garbage',
  () => '?__nextDataReq=1&__nextLocale=xx',
  () => '?url=%2F%2Fevil.example%2Fa.png&w=64&q=75',
  () => '?url=http%3A%2F%2F169.254.169.254%2F&w=99999&q=500',
  (rng) => `?n=${rng.int(1e9)}`,
];

const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];

const HEADER_SETS: ((rng: Rng) => Record<string, string>)[] = [
  () => ({}),
  () => ({}),
  () => ({ Range: 'bytes=0-99' }),
  () => ({ Range: 'bytes=999999999-' }),
  () => ({ Range: 'bytes=abc' }),
  () => ({ Range: Array.from({ length: 200 }, (_, i) => `${i}-${i}`).join(',').replace(/^/, 'bytes=') }),
  () => ({ RSC: '1' }),
  () => ({ RSC: 'garbage', 'Next-Router-State-Tree': 'garbage' }),
  () => ({ RSC: '1', 'Next-Router-State-Tree': '%5B%22%22%2C%7B%7D%5D' }),
  () => ({ RSC: '1', 'Next-Router-State-Tree': '%' }),
  () => ({ RSC: '1', 'Next-Router-State-Tree': encodeURIComponent(JSON.stringify(['', { children: ['x', {}, null, null, true] }])) }),
  () => ({ RSC: '1', 'Next-Router-Prefetch': '1' }),
  () => ({ RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' }),
  () => ({ RSC: '1', 'Next-Router-Segment-Prefetch': '/../../garbage%' }),
  () => ({ 'Next-Url': '/%E0%A4%A' }),
  () => ({ 'Next-Action': 'deadbeef', 'Content-Type': 'text/plain;charset=UTF-8' }),
  () => ({ 'Next-Action': '0'.repeat(42), 'Content-Type': 'multipart/form-data; boundary=nope' }),
  () => ({ 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }),
  () => ({ 'x-nextjs-data': '1' }),
  () => ({ 'x-invoke-path': '/_error', 'x-invoke-status': '500', 'x-invoke-query': '%' }),
  () => ({ 'x-prerender-revalidate': 'garbage' }),
  () => ({ 'next-resume': '1' }),
  () => ({ 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' }),
  () => ({ Accept: 'text/x-component' }),
  () => ({ 'Accept-Encoding': 'gzip;q=2, br;q=nope' }),
  () => ({ 'If-None-Match': '"%"', 'If-Modified-Since': 'yesterday' }),
  (rng) => ({ Cookie: `__prerender_bypass=${rng.int(1e9)}; __next_preview_data=%` }),
];

function fill(route: string, rng: Rng, known: Record<string, string>): string {
  return route.replace(/\{(\w+)\}/g, (_, kind: string) => {
    if (kind === 'n') return rng.pick(['1', '2', '0', '-1', '1.5', 'x', '%', '01', '999999']);
    return rng.pick(ID_MUTATIONS)(known[kind] ?? 'x', rng);
  });
}

/** One generated request: a route of the site with its ids mutated, an odd query, method and headers. */
export function generateHostile(rng: Rng, known: Record<string, string>): RawRequest {
  const method = rng.pick(METHODS);
  const req: RawRequest = { method, target: fill(rng.pick(ROUTES), rng, known) + rng.pick(QUERIES)(rng), headers: rng.pick(HEADER_SETS)(rng) };
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') req.body = rng.pick(['', 'x=1', '{"a":', '--nope--\r\n', '0'.repeat(5_000)]);
  return req;
}

/** A 5xx, or a body that shows the server's insides (`port`: the server's own redirects are fine). */
export function whatIsWrong(res: RawResponse, port: number): string | undefined {
  if (res.status >= 500) return `status ${res.status}`;
  if (res.status < 200) return `status ${res.status}`;
  if (/\n\s+at .+[:(]\d+:\d+\)?/.test(res.body)) return 'stack trace in the body';
  const path = [process.cwd(), 'node_modules', '.next/server', 'webpack-internal:', '/etc/passwd'].find((p) => res.body.includes(p));
  if (path) return `server path in the body (${path})`;
  if (Object.keys(res.headers).includes('x-injected')) return 'header injected';
  const location = res.headers.location;
  if (location && !/^\/(?![/\\])/.test(location) && !location.startsWith(`http://127.0.0.1:${port}/`)) return `redirect off the site (${location})`;
}

export async function inParallel<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await run(items[i]!);
      }
    }),
  );
  return out;
}
