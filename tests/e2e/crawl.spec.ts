import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentDistDir } from '@/lib/build/dist.mjs';
import { site } from '@/lib/site';
import { MARKERS, type StripResult } from '@/lib/static-html.mjs';
import { THEME_SCRIPT } from '@/lib/theme-script.mjs';
import { frameworkTraces } from '../support/static-page';

/**
 * A crawl of the running site: from `/`, every internal link of every page (HTML links, feeds, sitemaps,
 * robots.txt, share images and downloads) answers 200, and no page carries the framework's scripts or
 * flight data (issue 22, lib/static-html.mjs). Then one page of each kind, found by the crawl, opens in
 * Chromium with no console error and no CSP violation, its theme toggle works, and it reads and links
 * the same with JavaScript disabled.
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
  /** An HTML page's framework traces (frameworkTraces): none expected. */
  traces?: string[];
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
      const text = await res.text();
      if (type.includes('html')) seen.get(item.path)!.traces = frameworkTraces(text);
      for (const link of linksOf(type, text)) {
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
  ['editions archive', /^\/(events|circuits|series)\/[^/]+\/editions(\/page\/\d+)?$/],
  ['car', /^\/cars\/[^/]+$/],
  ['index', /^\/(drivers|teams|events|circuits|series|cars)$/],
  ['paginated index', /^\/[a-z]+\/page\/\d+$/],
  ['search', /^\/search$/],
  // Pages other helpers add (issue 21's sessions, issue 23's authors): checked once they exist.
  ['session', /^\/events\/[^/]+\/\d{4}\/[^/]+$/],
  ['author index', /^\/authors$/],
  ['author', /^\/authors\/[^/]+$/],
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
  for (const kind of ['home', 'article', 'driver', 'team', 'event', 'circuit', 'series', 'editions archive', 'index']) {
    expect([...pages.keys()].some((p) => KINDS.find(([k]) => k === kind)![1].test(p)), kind).toBe(true);
  }
});

test('no page carries a framework script or flight data', async () => {
  const html = [...pages].filter(([, c]) => c.traces !== undefined);
  const carrying = html.filter(([, c]) => c.traces!.length > 0).map(([path, c]) => `${path}: ${c.traces!.join(', ')}`);
  console.log(`framework traces: ${html.length} HTML pages checked, ${carrying.length} carrying any`);
  expect(html.length).toBeGreaterThan(100);
  expect(carrying).toEqual([]);
});

test("the build found each of the framework's markers in every page Next rendered, and stripped them", () => {
  // Written by scripts/page-csp.ts from the pages `next build` has just rendered (lib/static-html.mjs).
  const report = JSON.parse(readFileSync(join(currentDistDir(), 'static-html.json'), 'utf8')) as StripResult;
  expect(report.pages).toBeGreaterThan(100);
  // One of each per page (the chunk scripts several, the flight data at least one chunk).
  for (const name of ['scriptPreload', 'turbopackChunks', 'flightBootstrap'] as const) expect(report.found[name], name).toBe(report.pages);
  expect(report.found.chunkScript).toBeGreaterThanOrEqual(2 * report.pages);
  expect(report.found.flightChunk).toBeGreaterThanOrEqual(report.pages);
  expect(Object.keys(report.found).sort()).toEqual(Object.keys(MARKERS).sort());
  // The flight data was most of each page.
  expect(report.bytesAfter).toBeLessThan(report.bytesBefore / 2);
});

test('an address nobody links to answers 404 with the 404 page, rendered on demand without the framework', async () => {
  const res = await fetch(`${base}/drivers/nobody-links-here`);
  expect(res.status).toBe(404);
  const html = await res.text();
  // The page itself, not the empty shell Next leaves for the browser to fill from the flight data.
  expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  expect(html).toContain('<footer');
  expect(frameworkTraces(html)).toEqual([]);
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

/** One crawled page of each kind (and the pages nothing links to with five articles), with the 404 page. */
function pageOfEachKind(): [string, string][] {
  const driver = [...pages.keys()].find((p) => KINDS.find(([k]) => k === 'driver')![1].test(p))!;
  const extra = ['/teams/page/1', `${driver}/articles/page/1`, '/search'];
  const found: [string, string][] = [];
  for (const [kind, re] of KINDS) {
    const url = [...pages.keys(), ...extra].find((p) => re.test(p) && (pages.get(p)?.type.includes('html') ?? extra.includes(p)));
    if (url) found.push([kind, url]);
  }
  return [...found, ['404', '/no-such-page']];
}

test('one page of each kind opens in Chromium with no console error and no CSP violation, runs no framework, and toggles its theme', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watch(page);
  const visited: string[] = [];
  const scripts: string[] = [];
  page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(`${page.url()} loads ${new URL(r.url()).pathname}`)));
  for (const [kind, url] of pageOfEachKind()) {
    visited.push(`${kind} ${url}`);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // Rendered: a heading, links, the footer.
    await expect(page.locator('h1').first(), url).toBeVisible();
    expect(await page.locator('main a[href^="/"]').count(), url).toBeGreaterThan(kind === '404' || kind === 'search' ? 0 : 1);
    await expect(page.locator('footer nav a').first()).toBeVisible();
    // No framework ran: Next sets window.next when it hydrates a page.
    expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next), url).toBe('undefined');
    // The one inline script is the theme script, and its toggle works.
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && !s.type).map((s) => s.text));
    expect(inline, url).toEqual([THEME_SCRIPT]);
    const html = page.locator('html');
    const before = await html.getAttribute('data-theme');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(html, url).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(html, url).toHaveAttribute('data-theme', before!);
  }
  // The 404 page: the document's own 404 is its answer, not a fault.
  const faults = problems.filter((p) => !(p.includes('/no-such-page') && /status of 404/.test(p)));
  console.log(`browser: ${visited.length} kinds of page: ${visited.join(', ')}`);
  expect(faults).toEqual([]);
  // Script files: Pagefind and its module on /search, nothing anywhere else.
  expect(scripts.filter((s) => !/\/search(\?|$| )/.test(s.split(' loads ')[0]!.replace(/^https?:\/\/[^/]+/, '')))).toEqual([]);
  expect(visited.length).toBeGreaterThanOrEqual(13);
});

test('with JavaScript disabled, each kind of page renders the same content and links', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    for (const [kind, url] of pageOfEachKind()) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(kind === '404' ? 404 : 200);
      await expect(page.locator('h1').first(), url).toBeVisible();
      const links = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // The same anchors the crawl found in the served HTML: nothing depends on a script to appear.
      const served = await (await fetch(base + url)).text();
      for (const href of links) expect(served, `${url} links to ${href}`).toContain(`href="${href!.replace(/&/g, '&amp;')}"`);
      if (kind !== '404' && kind !== 'search') expect(links.length, url).toBeGreaterThan(1);
      // Without the theme script the page follows the system theme, and the toggle stays hidden.
      await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    }
  } finally {
    await context.close();
  }
});
