import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { decode } from 'cbor-x';

/** Result links of /search, in order, once the live region has announced the count. */
async function results(page: Page): Promise<string[]> {
  await expect(page.getByRole('status')).toHaveText(/^(\d+ results?|1 result|No results)/, { timeout: 15_000 });
  return page.locator('ol[aria-label="Results"] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test('the header field finds a driver without diacritics: vaxiviere lists Matthieu Vaxivière first', async ({ page }) => {
  await page.goto('/articles/2017-le-mans-qualifying-1-kobayashi-record-pole');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('vaxiviere');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=vaxiviere$/);
  const links = await results(page);
  expect(links[0]).toBe('/drivers/matthieu-vaxiviere');
  await expect(page.getByRole('status')).toHaveText(/results? for “vaxiviere”/);
});

for (const [query, first] of [
  ['Dirani', '/drivers/pipo-derani'],
  ['United Autosport', '/teams/united-autosports'],
  ['jorg', '/drivers/jorg-bergmeister'],
] as const) {
  test(`"${query}" (an alias or a spelling without diacritics) finds ${first} first`, async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    expect((await results(page))[0]).toBe(first);
  });
}

test('a Dutch word, stemmed as Dutch, finds the Dutch report', async ({ page }) => {
  // The report says "omstandigheden"; only the Dutch stemmer makes "omstandigheid" the same word.
  await page.goto('/search?q=omstandigheid');
  expect(await results(page)).toEqual(['/articles/2023-bahrein-kwalificatie-toyota-pole']);
  const hit = page.locator('ol[aria-label="Results"] li').first();
  await expect(hit).toContainText('8 Hours of Bahrain 2023');
  await expect(hit).toContainText('Article');
});

test('filters narrow the results, and every result link answers 200', async ({ page, request }) => {
  await page.goto('/search?q=toyota');
  const all = await results(page);
  expect(all.length).toBeGreaterThan(3);
  await page.getByLabel('Kind').selectOption('Article');
  await expect(page).toHaveURL(/kind=Article/);
  const articles = await results(page);
  expect(articles.length).toBeGreaterThan(0);
  expect(articles.length).toBeLessThan(all.length);
  expect(articles.every((href) => href.startsWith('/articles/'))).toBe(true);
  await page.getByLabel('Language').selectOption('Nederlands');
  expect(await results(page)).toEqual(['/articles/2023-bahrein-kwalificatie-toyota-pole']);
  for (const href of all) expect((await request.get(href)).status(), href).toBe(200);
});

test('the search page works from the keyboard', async ({ page }) => {
  await page.goto('/search');
  await page.locator('#search-q').focus();
  await page.keyboard.type('derani');
  await page.keyboard.press('Enter');
  const links = await results(page);
  expect(links[0]).toBe('/drivers/pipo-derani');
  // Tab from the field reaches the button, the four filters, then the first result.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(page.locator('ol[aria-label="Results"] h2 a').first()).toBeFocused();
});

test('only /search loads Pagefind', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) loaded.push(r.url());
  });
  await page.goto('/drivers/pipo-derani');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page.goto('/search?q=derani');
  await results(page);
  expect(loaded.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('a search loads the fragments of the results it shows and no more, and no web worker', async ({ page }) => {
  const fragments: string[] = [];
  const workers: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.pf_fragment')) fragments.push(r.url());
  });
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/search?q=toyota');
  const shown = await results(page);
  await page.waitForLoadState('networkidle');
  // More results than one page shows, so the page of ten is what limits the fragments.
  expect(Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(10);
  expect(shown).toHaveLength(10);
  expect(new Set(fragments).size).toBe(10);
  expect(workers).toEqual([]);
});

test("a search loads, of each index, the one small chunk that holds its word (lib/search/index-chunks.ts)", async ({ page, request }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.pf_index')) chunks.push(new URL(r.url()).pathname);
  });
  await page.goto('/search?q=derani');
  expect((await results(page))[0]).toBe('/drivers/pipo-derani');
  await page.waitForLoadState('networkidle');
  // The English index is cut into several chunks, and Pagefind's own lookup picked the one with the word.
  const unpack = async (path: string) => decode(gunzipSync(await (await request.get(path)).body()).subarray('pagefind_dcd'.length));
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  const meta = await unpack(`/pagefind/pagefind.${entry.languages.en.hash}.pf_meta`);
  expect(meta[2].length).toBeGreaterThan(3);
  const english = chunks.filter((c) => c.startsWith('/pagefind/index/en_'));
  expect(english).toHaveLength(1);
  expect(meta[2].map((c: string[]) => `/pagefind/index/${c[2]}.pf_index`)).toContain(english[0]);
  const words = ((await unpack(english[0]!))[0] as [string][]).map((w) => w[0]);
  expect(words).toContain('derani');
  // One chunk per index: English and Dutch.
  expect(chunks.map((c) => c.split('/').pop()!.slice(0, 3)).sort()).toEqual(['en_', 'nl_']);
});

test('the header search field works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/teams/toyota-gazoo-racing');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('kobayashi');
  await page.getByRole('button', { name: 'Search', exact: true }).first().click();
  await expect(page).toHaveURL(/\/search\?q=kobayashi$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await context.close();
});

test('the search index is served with the right types, and nothing outside it', async ({ request }) => {
  const js = await request.get('/pagefind/pagefind.js');
  expect(js.status()).toBe(200);
  expect(js.headers()['content-type']).toContain('javascript');
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'nl']);
  for (const bad of ['/pagefind/nope.js', '/pagefind/..%2Fpackage.json', '/pagefind/.%2E/.%2E/package.json', '/pagefind/a/b/c/d']) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
});
