import { expect, test } from '@playwright/test';
import { loadRepositoryGraph } from './content-oracle';

const graph = loadRepositoryGraph();

test('the Matthieu Vaxivière page lists the four reports he appears in, and each link works', async ({ page }) => {
  await page.goto('/drivers/matthieu-vaxiviere');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Matthieu Vaxivière');
  const reports = page.getByRole('region', { name: /Reports/ }).getByRole('heading', { level: 3 }).getByRole('link');
  await expect(reports).toHaveCount(4);
  const titles = await reports.allInnerTexts();
  const hrefs = await reports.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual([
    '/articles/2017-le-mans-qualifying-1-kobayashi-record-pole',
    '/articles/2019-le-mans-after-22-hours-toyota-leads',
    '/articles/2021-portimao-qualifying-alpine-first-pole',
    '/articles/2024-roar-before-the-rolex-24-qualifying',
  ]);
  for (const [i, title] of titles.entries()) {
    await page.goto('/drivers/matthieu-vaxiviere');
    await page.getByRole('region', { name: /Reports/ }).getByRole('link', { name: title, exact: true }).click();
    await expect(page).toHaveURL(hrefs[i]!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    // ...and the report links back to him.
    await expect(page.getByRole('link', { name: 'Matthieu Vaxivière' }).first()).toHaveAttribute('href', '/drivers/matthieu-vaxiviere');
  }
});

test('spelling variants in the press resolve to one page each', async ({ request }) => {
  const one = [
    ['/drivers/pipo-derani', '/drivers/pipo-dirani'],
    ['/drivers/matthieu-vaxiviere', '/drivers/matthieu-vaxiviere-'],
    ['/drivers/connor-de-phillippi', '/drivers/connor-de-philippi'],
    ['/drivers/jorg-bergmeister', '/drivers/joerg-bergmeister'],
    ['/drivers/larry-ten-voorde', '/drivers/voorde'],
    ['/teams/united-autosports', '/teams/united-autosport'],
    ['/teams/whelen-cadillac-racing', '/teams/wehlen-cadillac-racing'],
    ['/teams/duqueine-engineering', '/teams/duquiene-engineering'],
    ['/teams/toyota-gazoo-racing', '/teams/toyota'],
    ['/events/24-hours-of-le-mans', '/events/le-mans-24-hours'],
    ['/events/24-hours-of-daytona', '/events/rolex-24'],
  ];
  for (const [page, variant] of one) {
    expect((await request.get(page!)).status(), page).toBe(200);
    expect((await request.get(variant!)).status(), variant).toBe(404);
  }
});

test('every driver and team in every report links to a page that links back to the report', async ({ request }) => {
  for (const article of graph.articles) {
    const html = await (await request.get(article.url)).text();
    const ids = graph.entitiesOf.get(article.slug)!;
    const targets = [...ids.drivers.map((id) => `/drivers/${id}`), ...ids.teams.map((id) => `/teams/${id}`)];
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(html, `${article.slug} links ${target}`).toContain(`href="${target}"`);
      const res = await request.get(target);
      expect(res.status(), target).toBe(200);
      expect(await res.text(), `${target} links back to ${article.slug}`).toContain(`href="${article.url}"`);
    }
  }
});

test('event, circuit and series pages gather their editions and reports', async ({ page }) => {
  await page.goto('/events/24-hours-of-le-mans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('24 Hours of Le Mans');
  await expect(page.getByRole('heading', { level: 2, name: '2019' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '2017' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Circuit de la Sarthe' }).first()).toBeVisible();

  await page.goto('/circuits/circuit-de-la-sarthe');
  await expect(page.getByRole('heading', { level: 2, name: '24 Hours of Le Mans 2019' })).toBeVisible();

  await page.goto('/series/imsa-weathertech-sportscar-championship');
  await expect(page.getByRole('heading', { level: 2, name: '24 Hours of Daytona 2024' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Derani puts Whelen Cadillac on Rolex 24 pole/ })).toBeVisible();
});

test('the driver and team indexes list everyone A to Z with counts', async ({ page }) => {
  // The index runs over several pages once official timing names every driver of a race: read them all.
  let listed = 0;
  let found = false;
  for (let n = 1; ; n++) {
    const response = await page.goto(n === 1 ? '/drivers' : `/drivers/page/${n}`);
    if (response?.status() === 404) break;
    const main = page.getByRole('main');
    listed += await main.getByRole('listitem').filter({ hasText: /\d+ starts?, \d+ reports?$/ }).count();
    if ((await main.getByRole('link', { name: 'Matthieu Vaxivière' }).count()) === 0) continue;
    found = true;
    await expect(main.getByRole('link', { name: 'Matthieu Vaxivière' })).toBeVisible();
    // Starts (race classifications only, by the contract's rules) and reports.
    await expect(main.locator('li', { hasText: 'Matthieu Vaxivière' })).toContainText(
      `${graph.stats.drivers.get('matthieu-vaxiviere')?.starts ?? 0} starts, ${graph.articlesBy.drivers.get('matthieu-vaxiviere')?.length ?? 0} reports`,
    );
  }
  expect(found).toBe(true);
  expect(listed).toBe(graph.drivers.size);
  await page.goto('/teams');
  await expect(page.getByRole('main').getByRole('link', { name: 'United Autosports' })).toBeVisible();
});

test('the home page shows each report with its session and class leaders', async ({ page }) => {
  await page.goto('/');
  const lead = page.getByRole('article').first();
  await expect(lead.getByRole('link', { name: graph.articles[0]!.title })).toBeVisible();
  await expect(lead).toContainText('Qualifying: class leaders');
  await expect(lead).toContainText('#31 Whelen Cadillac Racing');
  await expect(lead).toContainText('1:32.656');
});
