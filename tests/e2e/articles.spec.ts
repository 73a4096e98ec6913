import { expect, test } from '@playwright/test';
import { formatGap, formatTime } from '@/lib/content/time';
import { loadRepositoryGraph } from './content-oracle';

const graph = loadRepositoryGraph();

test('there are the five seed reports, newest first, on the articles index', async ({ page }) => {
  await page.goto('/articles');
  const links = page.getByRole('list', { name: 'Articles' }).getByRole('link');
  await expect(links).toHaveCount(5);
  await expect(links.first()).toHaveText('Derani puts Whelen Cadillac on Rolex 24 pole with a Daytona lap record');
});

for (const article of graph.articles) {
  test(`${article.slug}: every stated result is in its table`, async ({ page }) => {
    const response = await page.goto(article.url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page.getByRole('article').first()).toHaveAttribute('lang', article.lang);

    for (const session of article.sessions) {
      for (const cls of session.classes) {
        const table = page.getByRole('table', { name: `${cls.name} ${session.name}` });
        await expect(table).toHaveCount(1);
        const rows = table.locator('tbody tr');
        await expect(rows).toHaveCount(cls.entries.length);
        for (const [i, e] of cls.entries.entries()) {
          const row = rows.nth(i);
          const cells = row.getByRole('cell');
          if (e.pos !== undefined) await expect(cells.first()).toHaveText(String(e.pos));
          if (e.number) await expect(row).toContainText(e.number);
          if (e.time) await expect(row).toContainText(formatTime(e.time));
          if (e.gap) await expect(row).toContainText(formatGap(e.gap));
          if (e.laps !== undefined) await expect(row).toContainText(String(e.laps));
          if (e.status) await expect(row).toContainText(e.status);
          if (e.note) await expect(row).toContainText(e.note);
          if (e.team) {
            await expect(row.locator(`a[href="/teams/${e.team.id}"]`).first()).toHaveText(graph.teams.get(e.team.id)!.name);
          }
          for (const d of e.drivers) {
            await expect(row.locator(`a[href="/drivers/${d.id}"]`).first()).toHaveText(graph.drivers.get(d.id)!.name);
          }
        }
      }
    }
  });
}

test('the seeds\' headline facts read as the press reported them, in canonical notation', async ({ page }) => {
  const checks: [string, string, RegExp][] = [
    ['/articles/2017-le-mans-qualifying-1-kobayashi-record-pole', 'LMP1 Qualifying 1', /1\s*1\s*7\s*Toyota Gazoo Racing.*Kamui Kobayashi.*3:18\.793/],
    ['/articles/2021-portimao-qualifying-alpine-first-pole', 'Hypercar Qualifying', /1\s*1\s*36\s*Alpine Endurance Team.*Matthieu Vaxivière.*1:30\.364/],
    ['/articles/2024-roar-before-the-rolex-24-qualifying', 'GTP Qualifying', /1\s*31\s*Whelen Cadillac Racing.*Pipo Derani.*1:32\.656/],
    ['/articles/2023-bahrein-kwalificatie-toyota-pole', 'Hypercar Kwalificatie', /1\s*8\s*Toyota Gazoo Racing.*Brendon Hartley.*1:46\.564/],
    ['/articles/2019-le-mans-after-22-hours-toyota-leads', 'LMP1 Race', /2\s*2\s*8\s*Toyota Gazoo Racing.*Fernando Alonso.*\+2:10/],
  ];
  for (const [url, table, row] of checks) {
    await page.goto(url);
    const texts = await page.getByRole('table', { name: table }).locator('tbody tr').allInnerTexts();
    expect(texts.map((t) => t.replace(/\s+/g, ' ')).some((t) => row.test(t)), `${url} ${table}`).toBe(true);
  }
});

test('the Dutch report is marked as Dutch and keeps its own words', async ({ page }) => {
  await page.goto('/articles/2023-bahrein-kwalificatie-toyota-pole');
  const article = page.getByRole('article').first();
  await expect(article).toHaveAttribute('lang', 'nl');
  await expect(article.getByRole('heading', { name: 'Kwalificatie' }).first()).toBeVisible();
  await expect(article.getByRole('banner').or(article.locator('header')).getByText('3 november 2023')).toBeVisible();
});

test('results as data: JSON with canonical times and milliseconds, CSV with one row per entry', async ({ request }) => {
  const slug = '2017-le-mans-qualifying-1-kobayashi-record-pole';
  const json = await (await request.get(`/articles/${slug}/results.json`)).json();
  const lmp1 = json.sessions[0].classes[0];
  expect(lmp1.name).toBe('LMP1');
  expect(lmp1.entries[0]).toMatchObject({ pos: 1, number: '7', time: '3:18.793', timeMs: 198793 });
  expect(lmp1.entries[0].drivers[0]).toMatchObject({ id: 'kamui-kobayashi', name: 'Kamui Kobayashi' });
  expect(json.event).toMatchObject({ id: '24-hours-of-le-mans', year: 2017 });

  const res = await request.get(`/articles/${slug}/results.csv`);
  expect(res.headers()['content-type']).toContain('text/csv');
  const lines = (await res.text()).trim().split('\r\n');
  const entryCount = graph.articleBySlug.get(slug)!.sessions.flatMap((s) => s.classes).flatMap((c) => c.entries).length;
  expect(lines).toHaveLength(entryCount + 1);
  expect(lines[0]).toMatch(/^session,session_type,at,class,pos,overall,number,team_id,team/);
  expect(lines[1]).toContain('Qualifying 1,qualifying,,LMP1,1,1,7,toyota-gazoo-racing,Toyota Gazoo Racing');
  expect(lines[1]).toContain('3:18.793,198793');
});

test('an unknown address answers 404 with a helpful page that is not indexed', async ({ page }) => {
  const response = await page.goto('/articles/no-such-report');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
});
