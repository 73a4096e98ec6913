import { expect, test } from '@playwright/test';
import { prng, type Rng } from '../support/prng';
import { rawRequest, type RawRequest, type RawResponse } from '../support/raw-http';
import { loadRepositoryGraph } from './content-oracle';

/**
 * A scanner's view of the site: generated requests (seeded, the same on every run) sent byte for byte to
 * the running `next start`. Every answer is 2xx, 3xx or 4xx, no body shows a stack trace or a path on
 * the server, and the site still serves a normal page afterwards.
 */
const graph = loadRepositoryGraph();
const port = Number(process.env.E2E_PORT ?? 3100);
const REQUESTS = 1_200;

const first = <T,>(m: Map<string, T>) => [...m.keys()][0]!;
const KNOWN: Record<string, string> = {
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

function fill(route: string, rng: Rng): string {
  return route.replace(/\{(\w+)\}/g, (_, kind: string) => {
    if (kind === 'n') return rng.pick(['1', '2', '0', '-1', '1.5', 'x', '%', '01', '999999']);
    return rng.pick(ID_MUTATIONS)(KNOWN[kind] ?? 'x', rng);
  });
}

function generate(rng: Rng): RawRequest {
  const method = rng.pick(METHODS);
  const req: RawRequest = { method, target: fill(rng.pick(ROUTES), rng) + rng.pick(QUERIES)(rng), headers: rng.pick(HEADER_SETS)(rng) };
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') req.body = rng.pick(['', 'x=1', '{"a":', '--nope--\r\n', '0'.repeat(5_000)]);
  return req;
}

/** A 5xx, or a body that shows the server's insides. */
function whatIsWrong(res: RawResponse): string | undefined {
  if (res.status >= 500) return `status ${res.status}`;
  if (res.status < 200) return `status ${res.status}`;
  if (/\n\s+at .+[:(]\d+:\d+\)?/.test(res.body)) return 'stack trace in the body';
  const path = [process.cwd(), 'node_modules', '.next/server', 'webpack-internal:', '/etc/passwd'].find((p) => res.body.includes(p));
  if (path) return `server path in the body (${path})`;
  if (Object.keys(res.headers).includes('x-injected')) return 'header injected';
  const location = res.headers.location;
  if (location && !/^\/(?![/\\])/.test(location) && !location.startsWith(`http://127.0.0.1:${port}/`)) return `redirect off the site (${location})`;
}

async function inParallel<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
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

test('1,200 generated hostile requests: never a 5xx, a stack trace or a server path, and the site keeps serving', async () => {
  test.setTimeout(180_000);
  const rng = prng(20261201);
  const requests = Array.from({ length: REQUESTS }, () => generate(rng));
  const answers = await inParallel(requests, 6, async (req) => ({ req, res: await rawRequest(port, req) }));

  const byStatus = new Map<number, number>();
  const wrong: string[] = [];
  for (const { req, res } of answers) {
    byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
    const problem = whatIsWrong(res);
    if (problem) wrong.push(`${problem}: ${req.method} ${req.target.slice(0, 160)} ${JSON.stringify(req.headers)} → ${res.body.slice(0, 200)}`);
  }
  const histogram = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(`hostile requests: ${answers.length} sent, statuses ${histogram}`);
  expect(wrong.slice(0, 20)).toEqual([]);
  expect(answers.length).toBeGreaterThanOrEqual(1_000);
  // The generator reaches real pages too, not only refusals.
  expect(byStatus.get(200) ?? 0).toBeGreaterThan(100);
  expect(byStatus.get(404) ?? 0).toBeGreaterThan(100);

  const home = await rawRequest(port, { method: 'GET', target: '/' });
  expect(home.status).toBe(200);
  expect(home.body).toContain('<h1');
  const article = await rawRequest(port, { method: 'GET', target: `/articles/${KNOWN.article}` });
  expect(article.status).toBe(200);
  expect(article.body).toContain(graph.articles[0]!.title.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
});

test('malformed percent-encoding under any route answers 400, not 500', async () => {
  for (const target of ['/teams/%', '/articles/%E0%A4%A', '/drivers/%zz/feed.xml', '/articles/%/results.json', '/%', '/events/%C0%AF']) {
    const res = await rawRequest(port, { method: 'GET', target });
    expect(res.status, target).toBe(400);
  }
});

test('OPTIONS on a file rendered on first request answers 204, and the file still answers GET afterwards', async () => {
  const driver = [...graph.drivers.keys()].at(-1)!;
  const target = `/drivers/${driver}/feed.xml`;
  const options = await rawRequest(port, { method: 'OPTIONS', target });
  expect(options.status).toBe(204);
  expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
  const get = await rawRequest(port, { method: 'GET', target });
  expect(get.status).toBe(200);
  expect(get.body).toContain('<rss');
  expect((await rawRequest(port, { method: 'DELETE', target })).status).toBe(405);
});
