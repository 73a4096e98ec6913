import { expect, test } from '@playwright/test';
import { classChart } from '@/lib/view/charts';
import { loadRepositoryGraph } from './content-oracle';

const graph = loadRepositoryGraph();
const nameOf = (kind: 'drivers' | 'teams' | 'cars', id: string) => graph[kind].get(id)?.name ?? id;

/** The charts an article must show: one per session and class whose data makes one. */
function expectedCharts(slug: string): string[] {
  const article = graph.articleBySlug.get(slug)!;
  return article.sessions.flatMap((s) => s.classes.map((c) => classChart(s, c, nameOf)?.title).filter((t): t is string => t !== undefined));
}

for (const slug of ['2017-le-mans-qualifying-1-kobayashi-record-pole', '2019-le-mans-after-22-hours-toyota-leads', '2023-bahrein-kwalificatie-toyota-pole']) {
  test(`/articles/${slug} draws every qualifying and race chart as an SVG with a title, a description and a caption`, async ({ page }) => {
    const titles = expectedCharts(slug);
    expect(titles.length).toBeGreaterThan(0);
    await page.goto(`/articles/${slug}`);
    const charts = page.locator('figure.chart svg[role="img"]');
    await expect(charts).toHaveCount(titles.length);
    expect(await charts.locator('title').allTextContents()).toEqual(titles);
    for (const svg of await charts.all()) {
      expect((await svg.locator('desc').textContent())!.length).toBeGreaterThan(40);
      await expect(svg.locator('rect.bar').first()).toBeVisible();
    }
    // The table with the same entries follows each chart.
    await expect(page.locator('.chart-and-table figure.chart + .results-wrap table.results')).toHaveCount(titles.length);
    await expect(page.locator('figure.chart figcaption').first()).toBeVisible();
  });
}

test('the edition page draws its sessions, driver and team pages their career timeline', async ({ page }) => {
  await page.goto('/events/24-hours-of-le-mans/2019');
  await expect(page.locator('figure.chart svg title').first()).toHaveText(/gap to the (winner|leader)/);
  for (const [path, name] of [
    ['/drivers/brendon-hartley', 'Brendon Hartley'],
    ['/teams/toyota-gazoo-racing', 'Toyota Gazoo Racing'],
  ] as const) {
    await page.goto(path);
    const svg = page.locator('figure.chart svg[role="img"]');
    await expect(svg.locator('title')).toHaveText(`Career timeline of ${name}`);
    await expect(svg.locator('desc')).toHaveText(/\d{4}, .*: \d+ starts?, \d+ class wins?, \d+ podiums?, \d+ poles?/);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('charts fit the screen, with text no smaller than 11 px', async ({ page }) => {
    await page.goto('/articles/2023-bahrein-kwalificatie-toyota-pole');
    for (const svg of await page.locator('figure.chart svg').all()) {
      const box = (await svg.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const sizes = await svg.locator('text').evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    }
  });

  test('the labels of edition-page charts are whole on the screen, car numbers included', async ({ page }) => {
    for (const path of ['/events/24-hours-of-le-mans/2019', '/events/24-hours-of-le-mans/2017', '/articles/2019-le-mans-after-22-hours-toyota-leads']) {
      await page.goto(path);
      const svgs = await page.locator('figure.chart svg').all();
      expect(svgs.length, path).toBeGreaterThan(0);
      for (const svg of svgs) {
        const box = (await svg.boundingBox())!;
        // Every label drawn, with where it starts and ends on the screen.
        const labels = await svg.locator('text.label').evaluateAll((ts) =>
          ts
            .filter((t) => getComputedStyle(t).display !== 'none')
            .map((t) => ({ text: t.textContent ?? '', left: t.getBoundingClientRect().left, right: t.getBoundingClientRect().right })),
        );
        expect(labels.length, path).toBeGreaterThan(0);
        for (const l of labels) {
          expect(l.left, `${path}: "${l.text}" starts left of its chart`).toBeGreaterThanOrEqual(box.x - 0.5);
          expect(l.right, `${path}: "${l.text}"`).toBeLessThanOrEqual(box.x + box.width);
          expect(l.text, path).toMatch(/^#\d+ |^[^#]/);
        }
      }
    }
  });
});
