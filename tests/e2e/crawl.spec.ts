import { expect, test, type Page } from '@playwright/test';
import { site } from '@/lib/site';

/**
 * A crawl of the running site: from `/`, every internal link of every page (HTML links, feeds, sitemaps,
 * robots.txt, share images and downloads) answers 200. Then one page of each kind, found by the crawl,
 * opens in Chromium with no console error and no CSP violation.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const base = `http://127.0.0.1:${port}`;
const ORIGINS = [site.url, base, `http://localhost:${port}`];

/** An internal address as a path (`/drivers/x`), or undefined for an outside one. */
function internal(raw: string): string | undefined {
  const href = raw.replace(/&amp;/g, '&').trim();
  let path: string | undefined;
  if (href.startsWith('/') && !href.startsWith('//')) path = href;
  else {
    const origin = ORIGINS.find((o) => href === o || href.startsWith(`${o}/`) || href.startsWith(`${o}?`));
    if (origin) path = href.slice(origin.length) || '/';
  }
  return path?.split('#')[0] || undefined;
}

/** The addresses a response links to, by its type. */
function linksOf(type: string, body: string): string[] {
  const found: string[] = [];
  const all = (re: RegExp) => [...body.matchAll(re)].map((m) => m[1]!);
  if (type.includes('html')) {
    found.push(...all(/<(?:a|link)\b[^>]*?\shref="([^"]*)"/g), ...all(/<img\b[^>]*?\ssrc="([^"]*)"/g));
    found.push(...all(/<meta\b[^>]*?\sproperty="og:image"[^>]*?\scontent="([^"]*)"/g));
  } else if (type.includes('xml')) {
    found.push(...all(/<loc>([^<]*)<\/loc>/g), ...all(/<link>([^<]*)<\/link>/g), ...all(/<guid[^>]*>([^<]*)<\/guid>/g), ...all(/\shref="([^"]*)"/g));
  } else if (type.includes('json')) {
    found.push(...all(/"((?:https?:\/\/[^"\s]+)?\/[a-z][^"\s]*)"/g));
  } else if (type.includes('text/plain')) {
    found.push(...all(/^Sitemap:\s*(\S+)/gm));
  }
  return found.map(internal).filter((p): p is string => p !== undefined && !p.startsWith('/_next/'));
}

/**
 * Share images are rendered on first request (a few hundred ms each): the crawl fetches the first two
 * of each kind (article, driver, team, site) and counts the others, so that it stays fast.
 */
const imagesByKind = new Map<string, number>();
const skippedImages: string[] = [];
function imageSample(path: string): boolean {
  if (!path.includes('/opengraph-image')) return false;
  const kind = path.split('/')[1]!.replace(/^opengraph-image.*/, 'site');
  const n = (imagesByKind.get(kind) ?? 0) + 1;
  imagesByKind.set(kind, n);
  if (n <= 2) return false;
  skippedImages.push(path);
  return true;
}

interface Crawled {
  status: number;
  type: string;
  from: string;
}

async function crawl(start: string[]): Promise<Map<string, Crawled>> {
  const seen = new Map<string, Crawled>();
  const queue = start.map((path) => ({ path, from: '(start)' }));
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const res = await fetch(base + item.path, { redirect: 'manual' });
      const type = res.headers.get('content-type') ?? '';
      seen.set(item.path, { status: res.status, type, from: item.from });
      if (res.status !== 200 || /image|font|octet/.test(type)) {
        await res.arrayBuffer();
        continue;
      }
      for (const link of linksOf(type, await res.text())) {
        if (seen.has(link) || queue.some((q) => q.path === link)) continue;
        if (imageSample(link)) continue;
        seen.set(link, { status: 0, type: '', from: item.path }); // claimed
        queue.push({ path: link, from: item.path });
      }
    }
  };
  // Workers that find the queue empty while others still fetch start again until nothing is left.
  while (queue.length) await Promise.all(Array.from({ length: 8 }, worker));
  return seen;
}

/** The kind of page an address is, for the browser pass. */
const KINDS: [string, RegExp][] = [
  ['home', /^\/$/],
  ['article', /^\/articles\/[^/]+$/],
  ['article index', /^\/articles$/],
  ['driver', /^\/drivers\/[^/]+$/],
  ['driver archive', /^\/drivers\/[^/]+\/articles\/page\/\d+$/],
  ['team', /^\/teams\/[^/]+$/],
  ['event', /^\/events\/[^/]+$/],
  ['edition', /^\/events\/[^/]+\/\d{4}$/],
  ['circuit', /^\/circuits\/[^/]+$/],
  ['series', /^\/series\/[^/]+$/],
  ['car', /^\/cars\/[^/]+$/],
  ['index', /^\/(drivers|teams|events|circuits|series|cars)$/],
  ['paginated index', /^\/[a-z]+\/page\/\d+$/],
  ['search', /^\/search$/],
];

let pages: Map<string, Crawled>;

// One crawl for the tests of this file (one worker), each of which can fail on its own.
test.describe.configure({ mode: 'default' });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  pages = await crawl(['/', '/robots.txt', '/sitemap.xml']);
});

test('a crawl from / reaches every internal link, feeds, sitemaps and downloads included, and each answers 200', async () => {
  const bad = [...pages].filter(([, c]) => c.status !== 200).map(([path, c]) => `${c.status} ${path} (linked from ${c.from})`);
  const count = (re: RegExp) => [...pages.keys()].filter((p) => re.test(p)).length;
  console.log(
    `crawl: ${pages.size} URLs, ${count(/\/articles\/[^/]+$/)} articles, ${count(/feed\.xml$/)} feeds, ${count(/opengraph-image/)} share images (${skippedImages.length} more linked, not fetched)`,
  );
  expect(bad).toEqual([]);
  // It reached every kind of file, not only pages.
  for (const re of [/^\/feed\.xml$/, /^\/drivers\/[^/]+\/feed\.xml$/, /^\/sitemap\.xml$/, /\/results\.json$/, /\/results\.csv$/, /opengraph-image/, /^\/robots\.txt$/]) {
    expect(count(re), String(re)).toBeGreaterThan(0);
  }
  expect(count(/^\/drivers\/[^/]+\/opengraph-image/)).toBe(2);
  for (const kind of ['home', 'article', 'driver', 'team', 'event', 'circuit', 'series', 'index']) {
    expect([...pages.keys()].some((p) => KINDS.find(([k]) => k === kind)![1].test(p)), kind).toBe(true);
  }
});

test('an address nobody links to answers 404', async () => {
  const res = await fetch(`${base}/drivers/nobody-links-here`);
  expect(res.status).toBe(404);
  expect(await res.text()).toContain('Page not found');
});

/** Console errors, page errors and CSP violations from the moment the page starts loading. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`${page.url()} console: ${m.text()}`)));
  page.on('pageerror', (e) => void problems.push(`${page.url()} page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return problems;
}

test('one page of each kind opens in Chromium with no console error and no CSP violation, and the client router works', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = await watch(page);
  const visited: string[] = [];
  // Pages that exist but that nothing links to with five articles: a first index page, an archive.
  const driver = [...pages.keys()].find((p) => KINDS.find(([k]) => k === 'driver')![1].test(p))!;
  const extra = ['/teams/page/1', `${driver}/articles/page/1`];
  for (const [kind, re] of KINDS) {
    const url = [...pages.keys(), ...extra].find((p) => re.test(p) && (pages.get(p)?.type.includes('html') ?? extra.includes(p)));
    if (!url) continue;
    visited.push(`${kind} ${url}`);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  // The 404 page: the document's own 404 is its answer, not a fault.
  await page.goto('/no-such-page');
  await page.waitForLoadState('networkidle');
  visited.push('404 /no-such-page');
  const faults = problems.filter((p) => !(p.includes('/no-such-page') && /status of 404/.test(p)));

  // The framework's scripts ran under the policy: the page hydrated (Next sets window.next when it does).
  // (Every link is a plain anchor, so as not to prefetch on a phone: there is no client-side navigation.)
  await page.goto('/drivers/mike-conway');
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe('string');

  console.log(`browser: ${visited.length} kinds of page: ${visited.join(', ')}`);
  expect(faults).toEqual([]);
  expect(visited.length).toBeGreaterThanOrEqual(12);
});
