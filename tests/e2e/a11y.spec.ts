import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/articles',
  '/articles/2017-le-mans-qualifying-1-kobayashi-record-pole',
  '/articles/2023-bahrein-kwalificatie-toyota-pole',
  '/drivers',
  '/drivers/matthieu-vaxiviere',
  '/teams/toyota-gazoo-racing',
  '/events/24-hours-of-le-mans',
  '/circuits/circuit-de-la-sarthe',
  '/series/fia-world-endurance-championship',
  '/events/8-hours-of-bahrain/2024/race',
  '/events/4-hours-of-imola/2014/race',
  '/search?q=toyota',
];

// Both themes: the system setting picks one (the theme script follows prefers-color-scheme).
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
        // A session page with laps has every car's stints and drive time: axe takes its time over them.
        if (path.startsWith('/events/8-hours-of-bahrain/2024/')) test.setTimeout(120_000);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        if (path.startsWith('/search')) await expect(page.getByRole('status')).toHaveText(/results? for/, { timeout: 15_000 });
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      });
    }
  });
}
