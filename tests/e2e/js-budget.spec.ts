import { expect, test, type Page } from '@playwright/test';
import { frameworkTraces } from '../support/static-page';

/** Bytes of JavaScript a page loads (decoded): script files and inline code. */
async function scriptBytes(page: Page, path: string): Promise<{ total: number; urls: Set<string>; html: string }> {
  const urls = new Set<string>();
  let total = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    urls.add(new URL(res.url()).pathname);
    pending.push(res.body().then((b) => void (total += b.byteLength)).catch(() => undefined));
  });
  const res = await page.goto(path);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Inline code counts too (the theme script), and so would any flight data (`self.__next_f`).
  total += await page.evaluate(() => [...document.scripts].filter((s) => !s.src && !s.type).reduce((n, s) => n + s.text.length, 0));
  return { total, urls, html: (await res?.text()) ?? '' };
}

/** Issue 22's budget: content pages load at most 2 KiB of script, and no flight data. */
const BUDGET = 2 * 1024;

test('content pages load at most 2 KiB of JavaScript (the theme script), no script file and no flight data', async ({ page }) => {
  for (const path of [
    '/',
    '/articles/2023-bahrein-kwalificatie-toyota-pole',
    '/drivers/matthieu-vaxiviere',
    '/teams/toyota-gazoo-racing',
    '/events/24-hours-of-le-mans/2019',
    '/drivers',
    '/no-such-page-for-the-budget',
  ]) {
    const p = await page.context().newPage();
    const w = await scriptBytes(p, path);
    expect(w.total, `${path} loads ${w.total} B of JavaScript: ${[...w.urls].join(', ') || 'no file'}`).toBeLessThanOrEqual(BUDGET);
    expect([...w.urls], path).toEqual([]);
    expect(frameworkTraces(w.html), path).toEqual([]);
    await p.close();
  }
});

test('/search loads its own script and Pagefind, and no framework', async ({ page }) => {
  const w = await scriptBytes(page, '/search?q=toyota');
  expect(frameworkTraces(w.html)).toEqual([]);
  expect([...w.urls].filter((u) => !u.startsWith('/pagefind/'))).toEqual(['/search.js']);
  expect([...w.urls]).toContain('/pagefind/pagefind.js');
  // The page's own script stays small; Pagefind's is what the search needs.
  const own = await (await page.request.get('/search.js')).body();
  expect(own.byteLength).toBeLessThan(12 * 1024);
});
