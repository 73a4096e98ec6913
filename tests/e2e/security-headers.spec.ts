import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { cspForHtml, inlineScripts } from '@/lib/csp.mjs';
import { THEME_SCRIPT } from '@/lib/theme-script.mjs';
import { rawRequest } from '../support/raw-http';
import { loadRepositoryGraph } from './content-oracle';

const graph = loadRepositoryGraph();
const port = Number(process.env.E2E_PORT ?? 3100);
const article = graph.articles[0]!;
const driver = [...graph.drivers.keys()][0]!;
const team = [...graph.teams.keys()][0]!;

/** One URL of each kind of page. */
const PAGES = {
  home: '/',
  article: article.url,
  driver: `/drivers/${driver}`,
  team: `/teams/${team}`,
  event: `/events/${[...graph.events.keys()][0]}`,
  circuit: `/circuits/${[...graph.circuits.keys()][0]}`,
  series: `/series/${[...graph.series.keys()][0]}`,
  edition: `/events/${[...graph.events.values()][0]!.id}/${[...graph.events.values()][0]!.editions[0]!.year}`,
  car: `/cars/${[...graph.cars.keys()][0]}`,
  index: '/drivers',
  'paginated index': '/teams/page/1',
  'archive rendered on first request': `/drivers/${driver}/articles/page/1`,
  search: '/search',
  '404': '/no-such-page',
  'unknown id': '/drivers/no-such-driver',
};
/** The theme script's hash, computed here: the one hash a page's policy needs (lib/static-html.mjs). */
const THEME_HASH = `'sha256-${createHash('sha256').update(THEME_SCRIPT, 'utf8').digest('base64')}'`;
/** Everything else the server answers: route handlers, images, static files. */
const FILES = {
  feed: '/feed.xml',
  'driver feed': `/drivers/${driver}/feed.xml`,
  'results.json': `${article.url}/results.json`,
  'results.csv': `${article.url}/results.csv`,
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  icon: '/icon.svg',
  'share image': `${article.url}/opengraph-image`,
  'site share image': '/opengraph-image',
};

function expectCommonHeaders(what: string, headers: Record<string, string>) {
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-powered-by'], what).toBeUndefined();
  // Over plain http there is no HSTS (the test server is http).
  expect(headers['strict-transport-security'], what).toBeUndefined();
  const csp = headers['content-security-policy'];
  expect(csp, `${what}: one Content-Security-Policy`).toBeDefined();
  // Two headers would be joined by ", " here; a policy itself has none.
  expect(csp, `${what}: a single policy`).not.toContain(', ');
  // 'unsafe-eval' never ('wasm-unsafe-eval', for Pagefind on /search, lets WebAssembly compile, not eval).
  expect(csp, what).not.toContain("'unsafe-eval'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("base-uri 'none'");
  expect(csp, what).toMatch(/form-action '(self|none)'/);
  return csp!;
}

test('every kind of page carries the security headers and a policy whose one hash is the theme script', async () => {
  for (const [kind, url] of Object.entries(PAGES)) {
    const res = await rawRequest(port, { method: 'GET', target: url });
    expect(res.status, url).toBe(kind === '404' || kind === 'unknown id' ? 404 : 200);
    expect(res.headers['content-type'], url).toContain('text/html');
    const csp = expectCommonHeaders(`${kind} ${url}`, res.headers);
    expect(csp).toBe(cspForHtml(res.body));
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc, url).not.toContain('unsafe-inline');
    // The page's one inline script is the theme script, allowed by its hash; no framework script is left.
    expect(inlineScripts(res.body), url).toEqual([THEME_SCRIPT]);
    expect(scriptSrc.match(/'sha256-[^']+'/g), url).toEqual([THEME_HASH]);
    // Pagefind's WebAssembly on /search only.
    expect(scriptSrc.includes("'wasm-unsafe-eval'"), url).toBe(kind === 'search');
  }
});

test('prerendered pages stay static: served from the cache with their policy', async () => {
  for (const url of [PAGES.home, PAGES.article, PAGES.driver]) {
    const res = await rawRequest(port, { method: 'GET', target: url });
    expect(res.headers['x-nextjs-cache'], url).toBe('HIT');
    expect(res.headers['x-nextjs-prerender'], url).toContain('1');
  }
});

test('route handlers, images and static files carry the security headers and the base policy', async () => {
  const home = await rawRequest(port, { method: 'GET', target: '/' });
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(home.body)?.[1];
  expect(stylesheet).toBeDefined();
  // The site's one script file, /search's (pages load no framework script: lib/static-html.mjs).
  const search = await rawRequest(port, { method: 'GET', target: '/search' });
  const script = /<script type="module" src="(\/[^"]+\.js)"/.exec(search.body)?.[1];
  expect(script).toBe('/search.js');
  const files = { ...FILES, script: script!, stylesheet: stylesheet! };
  for (const [kind, url] of Object.entries(files)) {
    const res = await rawRequest(port, { method: 'GET', target: url });
    expect(res.status, url).toBe(200);
    expect(expectCommonHeaders(`${kind} ${url}`, res.headers)).toContain("default-src 'none'");
  }
});

test('Strict-Transport-Security only when the request came over https', async () => {
  const https = await rawRequest(port, { method: 'GET', target: PAGES.article, headers: { 'X-Forwarded-Proto': 'https' } });
  expect(https.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  const file = await rawRequest(port, { method: 'GET', target: '/feed.xml', headers: { 'X-Forwarded-Proto': 'https' } });
  expect(file.headers['strict-transport-security']).toMatch(/^max-age=/);
});

test('the policy is enforced: an injected inline script is blocked', async ({ page }) => {
  await page.goto(PAGES.article);
  const ran = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violation: string }>((resolve) => {
        let violation = '';
        document.addEventListener('securitypolicyviolation', (e) => (violation = e.violatedDirective));
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.body.append(s);
        setTimeout(() => resolve({ ran: (window as unknown as { __injected?: boolean }).__injected === true, violation }), 200);
      }),
  );
  expect(ran).toEqual({ ran: false, violation: 'script-src-elem' });
});
