import { expect, test } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { frameworkTraces } from '../support/static-page';
import { BASE_PORT, copyContent, publish, startInstance, startRedis, type Instance } from './servers';

/**
 * `npm run publish` against running `next start` instances (issue 10): no rebuild, no restart, every page
 * that lists the change serves it, and no reader's request fails meanwhile.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

const SOURCE = 'articles/2021-portimao-qualifying-alpine-first-pole.mdx';
const NEW = 'articles/2021-portimao-publish-check.mdx';
const TITLE = 'Publish check: Alpine on pole, again';

/** A copy of a seed report under a new slug and title. */
function addArticle(dir: string) {
  const text = readFileSync(join(dir, SOURCE), 'utf8').replace(/^title: .*$/m, `title: "${TITLE}"`);
  writeFileSync(join(dir, NEW), text);
}

const body = async (url: string) => {
  const r = await fetch(url);
  return { status: r.status, text: await r.text() };
};

/** Requests `paths` in a loop until stopped; every status it saw. */
function hammer(base: string, paths: string[]) {
  const statuses = new Map<number, number>();
  let running = true;
  const loops = [0, 1, 2].map(async (lane) => {
    for (let i = lane; running; i++) {
      const r = await fetch(base + paths[i % paths.length]!).catch(() => ({ status: 0, arrayBuffer: async () => 0 }));
      await r.arrayBuffer();
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
    return statuses;
  };
}

test('publish adds, edits and deletes on a running server while readers get only 200s', async ({ page }) => {
  const content = copyContent();
  const server = await startInstance(BASE_PORT + 1, content.dir);
  let stop = async () => new Map<number, number>();
  let stopped = false;
  try {
    const base = server.url;
    const article = `${base}/articles/2021-portimao-publish-check`;
    expect((await body(article)).status).toBe(404);
    stop = hammer(base, ['/', '/articles', '/drivers/matthieu-vaxiviere', '/events/8-hours-of-portimao', '/feed.xml', '/teams/af-corse']);

    // Added: the article and every page that lists it.
    addArticle(content.dir);
    const added = await publish(content.dir, [join(content.dir, NEW)], [server]);
    expect(added.output).toContain('Published 1 file');
    expect(added.code).toBe(0);
    expect((await body(article)).text).toContain(TITLE);
    for (const path of ['/', '/articles', '/drivers/matthieu-vaxiviere', '/teams/alpine-endurance-team', '/events/8-hours-of-portimao', '/feed.xml']) {
      expect((await body(base + path)).text, path).toContain('Publish check');
    }
    expect((await body(`${base}/sitemaps/sitemap/0.xml`)).text).toContain('/articles/2021-portimao-publish-check');
    // Rendered on its first request (the article) or again after the publish (the pages listing it): plain
    // HTML, without the framework's scripts or flight data (lib/static-html.mjs), the first answer included.
    for (const path of ['/articles/2021-portimao-publish-check', '/', '/articles', '/drivers/matthieu-vaxiviere', '/events/8-hours-of-portimao']) {
      const page = (await body(base + path)).text;
      expect(page, path).toContain('Publish check');
      expect(frameworkTraces(page), path).toEqual([]);
    }
    // The search index finds it too: a query for its title's words lists it first.
    await page.goto(`${base}/search?q=publish%20check`);
    await expect(page.getByRole('status')).toHaveText(/result/, { timeout: 15_000 });
    await expect(page.locator('ol[aria-label="Results"] h2 a').first()).toHaveAttribute('href', '/articles/2021-portimao-publish-check');
    // The publish wrote the pages it changed into the index's delta; the build's version of Vaxivière's
    // page (one report fewer) is superseded, so the search lists his page once, first.
    const ids = JSON.parse(readFileSync(join(server.distDir, 'pagefind', '.state', 'ids.json'), 'utf8')) as Record<string, string[]>;
    const superseded = (await (await fetch(`${base}/pagefind/delta/superseded.json`)).json()) as { ids: string[]; languages: string[] };
    expect(superseded.ids).toContain(ids['/drivers/matthieu-vaxiviere']![0]);
    await page.goto(`${base}/search?q=vaxiviere`);
    await expect(page.getByRole('status')).toHaveText(/\d+ results for “vaxiviere”/, { timeout: 15_000 });
    const hrefs = await page.locator('ol[aria-label="Results"] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toBe('/drivers/matthieu-vaxiviere');
    expect(hrefs.filter((h) => h === '/drivers/matthieu-vaxiviere')).toHaveLength(1);
    expect(hrefs).toContain('/articles/2021-portimao-publish-check');

    // A registry file edited: the driver's page shows the new nationality.
    const registry = join(content.dir, 'drivers/fernando-alonso.yaml');
    expect((await body(`${base}/drivers/fernando-alonso`)).text).toContain('Spain');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('nationality: ES', 'nationality: PT'));
    expect((await publish(content.dir, [registry], [server])).code).toBe(0);
    const driver = (await body(`${base}/drivers/fernando-alonso`)).text;
    expect(driver).toContain('Portugal');
    expect(driver).not.toContain('Spain');

    // Bad content is refused with the check's message, and nothing changes.
    writeFileSync(join(content.dir, NEW), readFileSync(join(content.dir, NEW), 'utf8').replace(/^date: .*$/m, 'date: someday'));
    const refused = await publish(content.dir, [join(content.dir, NEW)], [server]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('content/articles/2021-portimao-publish-check.mdx');
    expect(refused.output).toContain('Nothing was published');
    expect((await body(article)).text).toContain(TITLE);

    // Deleted: gone from its page and from every list.
    rmSync(join(content.dir, NEW));
    expect((await publish(content.dir, [join(content.dir, NEW)], [server])).code).toBe(0);
    expect((await body(article)).status).toBe(404);
    expect((await body(`${base}/`)).text).not.toContain('Publish check');
    expect((await body(`${base}/drivers/matthieu-vaxiviere`)).text).not.toContain('Publish check');
    // Gone from the search: the delta holds the pages as they are now, and the build never had it.
    await page.goto(`${base}/search?q=publish%20check`);
    await expect(page.getByRole('status')).toHaveText(/(No results|\d+ results?) for “publish check”/, { timeout: 15_000 });
    expect(await page.locator('ol[aria-label="Results"] h2 a[href="/articles/2021-portimao-publish-check"]').count()).toBe(0);
    await page.goto(`${base}/search?q=vaxiviere`);
    await expect(page.getByRole('status')).toHaveText(/\d+ results for “vaxiviere”/, { timeout: 15_000 });
    await expect(page.locator('ol[aria-label="Results"] h2 a').first()).toHaveAttribute('href', '/drivers/matthieu-vaxiviere');

    const statuses = await stop();
    stopped = true;
    expect([...statuses.keys()]).toEqual([200]);
    expect(statuses.get(200)).toBeGreaterThan(20);
  } finally {
    // A failed step above leaves the readers running: stop them before their server.
    if (!stopped) await stop();
    await server.stop();
    content.remove();
  }
});

test('two instances sharing a Redis cache both serve a publish', async () => {
  const content = copyContent();
  const redis = await startRedis();
  const env = { REDIS_URL: redis.url, REDIS_PREFIX: `e2e-${Date.now()}:` };
  const servers: Instance[] = [];
  try {
    servers.push(await startInstance(BASE_PORT + 2, content.dir, env), await startInstance(BASE_PORT + 3, content.dir, env));
    for (const s of servers) expect((await body(`${s.url}/`)).text).not.toContain('Publish check');
    addArticle(content.dir);
    const result = await publish(content.dir, [join(content.dir, NEW)], servers);
    expect(result.code, result.output).toBe(0);
    for (const s of servers) {
      const article = (await body(`${s.url}/articles/2021-portimao-publish-check`)).text;
      expect(article).toContain(TITLE);
      const home = (await body(`${s.url}/`)).text;
      expect(home).toContain('Publish check');
      // Pages from Redis are plain HTML too (lib/static-html.mjs).
      expect(frameworkTraces(article)).toEqual([]);
      expect(frameworkTraces(home)).toEqual([]);
    }
    // The pages are in Redis, and so are the revalidated tags, for every instance to see.
    const client = new Redis(redis.url);
    try {
      expect(await client.hget(`${env.REDIS_PREFIX}tags`, 'articles:2021-portimao-publish-check')).toMatch(/^\d+$/);
      const pages = await client.keys(`${env.REDIS_PREFIX}/route-cache/APP_PAGE/*`);
      expect(pages.some((k) => k.endsWith('/$/articles/2021-portimao-publish-check'))).toBe(true);
    } finally {
      client.disconnect();
    }
  } finally {
    for (const s of servers) await s.stop();
    await redis.stop();
    content.remove();
  }
});
