import { expect, test, type Page } from '@playwright/test';

/** Bytes of JavaScript a page loads (decoded): script files and inline code. */
async function scriptBytes(page: Page, path: string): Promise<{ total: number; urls: Set<string> }> {
  const urls = new Set<string>();
  let total = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    urls.add(new URL(res.url()).pathname);
    pending.push(res.body().then((b) => void (total += b.byteLength)).catch(() => undefined));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Inline code counts too (the theme script); Next's flight data (`self.__next_f`) is the page's data, not code.
  total += await page.evaluate(() =>
    [...document.scripts].filter((s) => !s.src && !s.type && !/^\(?self\.__next_f/.test(s.text)).reduce((n, s) => n + s.text.length, 0),
  );
  return { total, urls };
}

test('article, driver and team pages load no more JavaScript than the 404 page plus 5 KiB', async ({ page }) => {
  const base = await scriptBytes(page, '/no-such-page-for-the-budget');
  for (const path of ['/articles/2023-bahrein-kwalificatie-toyota-pole', '/drivers/matthieu-vaxiviere', '/teams/toyota-gazoo-racing']) {
    const p = await page.context().newPage();
    const w = await scriptBytes(p, path);
    const extra = [...w.urls].filter((u) => !base.urls.has(u));
    expect(w.total - base.total, `${path} loads ${w.total} B of JavaScript, the 404 page ${base.total} B; extra files: ${extra.join(', ') || 'none'}`).toBeLessThanOrEqual(5 * 1024);
    expect(extra.some((u) => u.startsWith('/pagefind/')), path).toBe(false);
    await p.close();
  }
});
