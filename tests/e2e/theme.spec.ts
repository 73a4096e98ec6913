import { expect, test, type Page } from '@playwright/test';
import { THEME_SCRIPT } from '@/lib/theme-script.mjs';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);
const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('system dark', () => {
  test.use({ colorScheme: 'dark' });
  test('prefers-color-scheme: dark gives the dark theme', async ({ page }) => {
    await page.goto('/drivers/pipo-derani');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await paper(page)).toBe('rgb(16, 19, 23)');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test('the toggle switches the theme and the choice survives a reload, applied before the first paint', async ({ page }) => {
  await page.goto('/teams/toyota-gazoo-racing');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await paper(page)).toBe('rgb(255, 255, 255)');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

  // No flash: on the next page the saved theme is set while <head> is parsed, before <body> exists.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/articles/2017-le-mans-qualifying-1-kobayashi-record-pole');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  expect(await paper(page)).toBe('rgb(16, 19, 23)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).not.toBe('rgb(16, 19, 23)');
});

test('the theme script is the same inline script on every page, and the only one', async ({ request }) => {
  for (const path of ['/', '/articles/2023-bahrein-kwalificatie-toyota-pole', '/drivers/pipo-derani', '/teams/toyota-gazoo-racing', '/search', '/no-such-page']) {
    const html = await (await request.get(path)).text();
    const inline = [...html.matchAll(/<script(?![^>]*\s(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    // No framework data beside it (lib/static-html.mjs).
    expect(inline, path).toEqual([THEME_SCRIPT]);
    expect(html, path).not.toMatch(/\son[a-z]+="/);
  }
});
