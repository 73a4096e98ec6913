import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * Session pages (`/events/<id>/<year>/<session-id>`): every session of an edition has its own page with
 * its full classification per class, its reports, breadcrumbs and JSON-LD.
 */

test('a standing has its own page: its classification per class, its report, breadcrumbs and JSON-LD', async ({ page }) => {
  const response = await page.goto('/events/24-hours-of-le-mans/2019/race-after-22-hours');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Race, after 22 hours');
  await expect(page.getByText('standing after 22 hours, not counted in statistics')).toBeVisible();
  const lmp1 = page.getByRole('region', { name: 'LMP1 Classification' });
  await expect(lmp1.getByRole('row').nth(1)).toContainText('Toyota Gazoo Racing');
  await expect(lmp1.getByRole('row').nth(1)).toContainText('Kamui Kobayashi');
  await expect(page.getByRole('region', { name: 'Reported in' }).getByRole('link')).toHaveAttribute('href', '/articles/2019-le-mans-after-22-hours-toyota-leads');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: '2019' })).toHaveAttribute('href', '/events/24-hours-of-le-mans/2019');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Race, after 22 hours');

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as { '@graph': Record<string, unknown>[] };
  const event = ld['@graph'].find((n) => n['@type'] === 'SportsEvent')!;
  expect(event.name).toBe('24 Hours of Le Mans 2019, Race, after 22 hours');
  expect((event.superEvent as { '@id': string })['@id']).toMatch(/\/events\/24-hours-of-le-mans\/2019#event$/);
  const breadcrumb = ld['@graph'].find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement: { name: string }[] };
  expect(breadcrumb.itemListElement.map((i) => i.name)).toEqual(['Home', 'FIA World Endurance Championship', '24 Hours of Le Mans', '2019', 'Race, after 22 hours']);
});

test('a session that does not exist is a 404, and so are the laps of a session without laps', async ({ request }) => {
  expect((await request.get('/events/24-hours-of-le-mans/2019/race-after-23-hours')).status()).toBe(404);
  expect((await request.get('/events/24-hours-of-le-mans/2019/race-after-22-hours/laps.csv')).status()).toBe(404);
});

test('the edition page links each session to its page; the sitemap lists them', async ({ page, request }) => {
  await page.goto('/events/24-hours-of-le-mans/2017');
  const q1 = page.getByRole('region', { name: /Qualifying 1/ });
  await q1.getByRole('link', { name: 'Full classification →' }).click();
  await expect(page).toHaveURL('/events/24-hours-of-le-mans/2017/qualifying-1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qualifying 1');
  const sitemap = await (await request.get('/sitemaps/sitemap/0.xml')).text();
  expect(sitemap).toContain('/events/24-hours-of-le-mans/2017/qualifying-1</loc>');
  expect(sitemap).toContain('/events/24-hours-of-le-mans/2019/race-after-22-hours</loc>');
});

test('the 2014 Imola race: the official classification in full, with each car’s fastest lap and the timekeeper’s file', async ({ page }) => {
  // The timekeeper's file, read here: the first LMP2 line and how many cars each class has.
  const csv = readFileSync('content/timing/4-hours-of-imola/2014/05_Classification_Race_Hour 4.CSV', 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const head = csv[0]!.split(';');
  const rows = csv.slice(1).map((l) => Object.fromEntries(l.split(';').map((v, i) => [head[i], v])));
  const lmp2 = rows.filter((r) => r.CLASS === 'LMP2');
  await page.goto('/events/4-hours-of-imola/2014/race');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Race');
  const table = page.getByRole('region', { name: 'LMP2 Classification' }).getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(lmp2.length);
  const first = table.locator('tbody tr').first();
  await expect(first).toContainText(lmp2[0]!.NUMBER!);
  await expect(first).toContainText(lmp2[0]!.LAPS!);
  await expect(first).toContainText(lmp2[0]!.FL_TIME!.replace("'", ':'));
  await expect(first).toContainText(`lap ${lmp2[0]!.FL_LAPNUM}`);
  await expect(page.getByRole('region', { name: 'Reported in' })).toContainText('05_Classification_Race_Hour 4.CSV');
});

test('the 2014 Imola race: every car of every class as the timekeeper\'s file gives it, the gaps in class worked out here', async ({ page }) => {
  const csv = readFileSync('content/timing/4-hours-of-imola/2014/05_Classification_Race_Hour 4.CSV', 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const head = csv[0]!.split(';');
  const rows = csv.slice(1).map((l) => Object.fromEntries(l.split(';').map((v, i) => [head[i], v])));
  /** `4:00'04.690`, `1'36.144` → ms */
  const ms = (t: string) => Math.round(t.replace("'", ':').split(':').reduce((a, p) => a * 60 + Number(p), 0) * 1000);
  const gapText = (d: number) => (d < 60_000 ? `+${(d / 1000).toFixed(3)}` : `+${Math.floor(d / 60_000)}:${((d % 60_000) / 1000).toFixed(3).padStart(6, '0')}`);
  await page.goto('/events/4-hours-of-imola/2014/race');
  for (const cls of ['LMP2', 'LMGTE', 'GTC']) {
    const mine = rows.filter((r) => r.CLASS === cls).sort((a, b) => Number(a.POSITION) - Number(b.POSITION));
    const winner = mine[0]!;
    const expected = mine.map((r, i) => {
      const behind = Number(winner.LAPS) - Number(r.LAPS);
      const gap = i === 0 ? '' : behind > 0 ? `+${behind} ${behind === 1 ? 'lap' : 'laps'}` : gapText(ms(r.TOTAL_TIME!) - ms(winner.TOTAL_TIME!));
      return [String(i + 1), r.NUMBER, r.LAPS, r.TOTAL_TIME!.replace("'", ':'), gap, `${r.FL_TIME!.replace("'", ':')} lap ${r.FL_LAPNUM}`, r.STATUS === 'Not classified' ? 'NC' : ''];
    });
    const table = page.getByRole('region', { name: `${cls} Classification` }).getByRole('table');
    const headers = await table.locator('thead th').allTextContents();
    const at = (name: string) => headers.indexOf(name);
    const got = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((td) => (td.textContent ?? '').trim())));
    const columns = ['Pos', '#', 'Laps', 'Time', 'Gap', 'Fastest lap', 'Status'].map(at);
    expect(columns.every((c) => c >= 0), headers.join('|')).toBe(true);
    expect(got.map((cells) => columns.map((c) => cells[c]))).toEqual(expected);
    // The class's fastest lap is marked: the smallest FL_TIME of the class.
    const best = mine.reduce((a, b) => (ms(b.FL_TIME!) < ms(a.FL_TIME!) ? b : a));
    const marked = table.locator('tbody tr', { has: page.getByTitle('Fastest lap of the class') });
    await expect(marked).toHaveCount(1);
    await expect(marked.locator('td.no')).toHaveText(best.NUMBER!);
  }
});
