import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callInstance } from '@/lib/publish/client';
import type { FrontFigures } from '@/lib/cache/front.mjs';
import { BASE_PORT, copyContent, publish, startInstance } from './servers';

/**
 * The front of `next start` (lib/cache/front.mjs) on a real server: a page Next answered from its cache is
 * answered again by the front, the same page; a request for anything else goes to Next; and a publish that
 * changes the page reaches the next reader at once. Fails if Next stops marking its cached answers
 * (`x-nextjs-cache`) or stops answering through an http.Server 'request' listener: then the front never
 * answers.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const PATH = '/drivers/matthieu-vaxiviere';
const REGISTRY = 'drivers/matthieu-vaxiviere.yaml';

test('the front answers a cached page again, byte for byte, and a publish reaches the next reader', async () => {
  const content = copyContent();
  const server = await startInstance(BASE_PORT + 9, content.dir);
  try {
    const figures = () => callInstance<FrontFigures>(server.url, { action: 'front' });
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(server.url + path, { headers });
      return { res, text: await res.text() };
    };

    // Rendered on its first request, then answered from Next's cache: that answer is the one kept.
    let hit = await get(PATH);
    for (let i = 0; i < 5 && hit.res.headers.get('x-nextjs-cache') !== 'HIT'; i++) hit = await get(PATH);
    expect(hit.res.headers.get('x-nextjs-cache')).toBe('HIT');
    const before = await figures();
    expect(before.stored).toBeGreaterThan(0);

    const again = await get(PATH);
    const after = await figures();
    expect(after.answered).toBe(before.answered + 1);
    expect(again.res.status).toBe(200);
    expect(again.text).toBe(hit.text);
    for (const name of ['content-type', 'content-security-policy', 'cache-control', 'etag', 'x-nextjs-cache', 'x-content-type-options', 'vary']) {
      expect(again.res.headers.get(name), name).toBe(hit.res.headers.get(name));
    }

    // Requests whose answer may differ go to Next.
    await get(PATH, { RSC: '1' });
    await get(`${PATH}?utm=1`);
    expect((await figures()).answered).toBe(after.answered);

    // A publish that changes the page: the next reader gets the new page, from Next, and then from the front.
    const file = join(content.dir, REGISTRY);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^nationality: FR$/m, 'nationality: BE'));
    const published = await publish(content.dir, [file], [server]);
    expect(published.code, published.output).toBe(0);
    const answered = (await figures()).answered;
    const changed = await get(PATH);
    expect(changed.text).toContain('Belgium');
    expect(changed.text).not.toBe(hit.text);
    expect((await figures()).answered).toBe(answered);
    let kept = await get(PATH);
    for (let i = 0; i < 5 && (await figures()).answered === answered; i++) kept = await get(PATH);
    expect((await figures()).answered).toBe(answered + 1);
    expect(kept.text).toContain('Belgium');
  } finally {
    await server.stop();
    content.remove();
  }
});
