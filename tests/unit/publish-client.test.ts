import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { publishToInstances, REVALIDATE_BATCH } from '../../lib/publish/client';
import { PUBLISH_HEADER } from '../../lib/publish/secret';

/**
 * The publish's calls to a running instance (lib/publish/client.ts), against a real HTTP server that
 * answers as the publish endpoint does (app/internal/publish/route.server.ts): a reload that affects more
 * tags than one revalidate call may carry, which it refuses with a 413 as the endpoint does.
 */
const SECRET = 'publish-client-test-secret';
const TAGS = Array.from({ length: 1234 }, (_, i) => `drivers:driver-${i}`);
const calls: { action: string; tags?: string[]; secret?: string }[] = [];
let server: Server;
let base: string;
const previousSecret = process.env.PUBLISH_SECRET;

beforeAll(async () => {
  process.env.PUBLISH_SECRET = SECRET;
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw) as { action: string; tags?: string[] };
      calls.push({ ...body, secret: req.headers[PUBLISH_HEADER] as string });
      res.setHeader('content-type', 'application/json');
      if (body.action === 'reload') return res.end(JSON.stringify({ articles: 7, tags: TAGS, search: [] }));
      if (body.action === 'revalidate' && body.tags!.length > REVALIDATE_BATCH) {
        res.statusCode = 413;
        return res.end(`At most ${REVALIDATE_BATCH} tags per call, not ${body.tags!.length}`);
      }
      res.end(JSON.stringify({ revalidated: body.tags?.length }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (previousSecret === undefined) delete process.env.PUBLISH_SECRET;
  else process.env.PUBLISH_SECRET = previousSecret;
  await new Promise((r) => server.close(r));
});

test('a publish revalidates its tags in batches of at most REVALIDATE_BATCH, every tag twice', async () => {
  const result = await publishToInstances(['articles/x.mdx'], 'token-1', [base]);
  expect(result.tags).toEqual(TAGS);
  expect(result.articles).toBe(7);
  expect(calls.every((c) => c.secret === SECRET)).toBe(true);
  expect(calls[0]).toMatchObject({ action: 'reload' });
  const revalidates = calls.slice(1);
  expect(revalidates.every((c) => c.action === 'revalidate')).toBe(true);
  // 1,234 tags: 500 + 500 + 234, and the same again a second later.
  expect(revalidates.map((c) => c.tags!.length)).toEqual([500, 500, 234, 500, 500, 234]);
  expect(revalidates.slice(0, 3).flatMap((c) => c.tags)).toEqual(TAGS);
  expect(revalidates.slice(3).flatMap((c) => c.tags)).toEqual(TAGS);
});
