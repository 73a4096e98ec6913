import { expect, test } from '@playwright/test';

test.describe('printed on a narrow page', () => {
  test.use({ viewport: { width: 600, height: 900 } });
  test('an article prints its tables whole, without the header, the footer or the chips', async ({ page }) => {
    await page.goto('/articles/2023-bahrein-kwalificatie-toyota-pole');
    // On screen at this width the car column folds into the team cell.
    await expect(page.locator('table.results th.md').first()).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.site-header', 'footer', 'nav[aria-label="Breadcrumb"]', 'aside', '.chip']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    const table = page.locator('table.results').first();
    for (const column of ['th.md', 'th.lg']) await expect(table.locator(column).first(), column).toBeVisible();
    await expect(table.locator('.md-only').first()).toBeHidden();
    // Whole: the table is not cut by a scrolling wrapper.
    const { scroll, client } = await page.locator('.results-wrap').first().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await expect(page.locator('h1')).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('wide results tables fold their columns into the team cell instead of scrolling', async ({ page }) => {
    await page.goto('/articles/2017-le-mans-qualifying-1-kobayashi-record-pole');
    const wrap = page.locator('.results-wrap').first();
    const { scroll, client } = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await expect(wrap.locator('.md-only').first()).toBeVisible();
  });
});
