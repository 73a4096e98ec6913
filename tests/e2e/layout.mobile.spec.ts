import { expect, test } from '@playwright/test';

test('results tables fit a phone screen without sideways scrolling', async ({ page }) => {
  for (const url of ['/', '/articles', '/drivers', '/events/24-hours-of-le-mans', '/articles/2017-le-mans-qualifying-1-kobayashi-record-pole', '/articles/2024-roar-before-the-rolex-24-qualifying', '/drivers/matthieu-vaxiviere', '/teams/toyota-gazoo-racing']) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test('on a phone each entry still shows its drivers under the team', async ({ page }) => {
  await page.goto('/articles/2017-le-mans-qualifying-1-kobayashi-record-pole');
  const row = page.getByRole('table', { name: 'LMP1 Qualifying 1' }).locator('tbody tr').first();
  await expect(row.getByRole('link', { name: 'Kamui Kobayashi' })).toBeVisible();
  await expect(row.getByRole('link', { name: 'Toyota Gazoo Racing' })).toBeVisible();
});
