import { expect, test } from '@playwright/test';
import { generateHostile, inParallel, knownIds, whatIsWrong } from '../support/hostile-requests';
import { prng } from '../support/prng';
import { rawRequest } from '../support/raw-http';
import { loadRepositoryGraph } from './content-oracle';

/**
 * A scanner's view of the site: generated requests (seeded, the same on every run) sent byte for byte to
 * the running `next start`. Every answer is 2xx, 3xx or 4xx, no body shows a stack trace or a path on
 * the server, and the site still serves a normal page afterwards.
 */
const graph = loadRepositoryGraph();
const port = Number(process.env.E2E_PORT ?? 3100);
const REQUESTS = 1_200;

const KNOWN = knownIds(graph);

test('1,200 generated hostile requests: never a 5xx, a stack trace or a server path, and the site keeps serving', async () => {
  test.setTimeout(180_000);
  const rng = prng(20261201);
  const requests = Array.from({ length: REQUESTS }, () => generateHostile(rng, KNOWN));
  const answers = await inParallel(requests, 6, async (req) => ({ req, res: await rawRequest(port, req) }));

  const byStatus = new Map<number, number>();
  const wrong: string[] = [];
  for (const { req, res } of answers) {
    byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
    const problem = whatIsWrong(res, port);
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
