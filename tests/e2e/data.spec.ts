import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { csvRecords, validatePackage } from '../csv';

/** The data files of the seeds, as served by the production build (docs/data.md). */
type Tally = { starts: number; classWins: number; podiums: number; poles: number; dnfs: number };
type Result = { entryId: string; session: { id: string; counted: boolean }; counted: boolean; pos: number | null; tally: Tally; reports: { slug: string }[] };
type EntityFile = { id: string; name: string; aliases: string[]; stats: Tally; results: Result[] };

async function json<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  return (await res.json()) as T;
}

test.describe('entity data.json', () => {
  test('counts the seeds by the rules', async ({ request }) => {
    const stats = async (id: string) => (await json<EntityFile>(request, `/drivers/${id}/data.json`)).stats;
    expect((await stats('mike-conway')).classWins).toBe(0); // 2019 is a standing after 22 hours
    const jani = await stats('neel-jani');
    expect([jani.classWins, jani.poles]).toEqual([0, 0]);
    expect((await stats('matthieu-vaxiviere')).poles).toBe(1);
    expect((await stats('kamui-kobayashi')).poles).toBe(0); // 2017 Qualifying 1 was provisional
  });

  test('lists every result with its session, whether it counts, and its reports', async ({ request }) => {
    const d = await json<EntityFile>(request, '/drivers/kamui-kobayashi/data.json');
    expect(d).toMatchObject({ id: 'kamui-kobayashi', name: 'Kamui Kobayashi' });
    for (const key of ['starts', 'classWins', 'podiums', 'poles', 'dnfs'] as const) expect(Number.isInteger(d.stats[key])).toBe(true);
    const q1 = d.results.find((r) => r.session.id === '24-hours-of-le-mans/2017/qualifying-1');
    expect(q1).toMatchObject({ pos: 1, counted: false, tally: { poles: 0 }, timeMs: 198_793, time: '3:18.793' });
    expect(q1!.reports.map((r) => r.slug)).toEqual(['2017-le-mans-qualifying-1-kobayashi-record-pole']);
    expect(new Set(d.results.map((r) => r.entryId)).size).toBe(d.results.length);
  });

  test('a car model, a team and an event have their data too', async ({ request }) => {
    const car = await json<EntityFile>(request, '/cars/toyota-ts050-hybrid/data.json');
    expect(car.name).toBe('Toyota TS050 Hybrid');
    expect([...new Set(car.results.flatMap((r) => r.reports.map((x) => x.slug)))].sort()).toEqual([
      '2017-le-mans-qualifying-1-kobayashi-record-pole',
      '2019-le-mans-after-22-hours-toyota-leads',
    ]);
    const team = await json<EntityFile>(request, '/teams/toyota-gazoo-racing/data.json');
    expect(team.results.length).toBeGreaterThan(0);
    type EventFile = { stats: Tally; editions: { id: string; classWinners: unknown[]; poleSitters: { entryId: string }[]; sessions: { id: string; counted: boolean; kind: string }[] }[] };
    const event = await json<EventFile>(request, '/events/24-hours-of-le-mans/data.json');
    expect(event.editions.map((e) => e.id)).toEqual(['24-hours-of-le-mans/2019', '24-hours-of-le-mans/2017']);
    const [y2019, y2017] = event.editions;
    expect(y2019!.sessions.map((s) => [s.id, s.counted, s.kind])).toEqual([['24-hours-of-le-mans/2019/race-after-22-hours', false, 'standing after 22 hours']]);
    expect(y2019!.classWinners).toEqual([]);
    expect(y2017!.poleSitters).toEqual([]); // the only qualifying reported is provisional
    expect(event.stats.classWins).toBe(0);
  });

  test('an unknown id answers 404', async ({ request }) => {
    for (const kind of ['drivers', 'teams', 'cars', 'events']) {
      expect((await request.get(`/${kind}/no-such-id/data.json`)).status(), kind).toBe(404);
    }
    expect((await request.get('/data/no-such-table.csv')).status()).toBe(404);
  });

  test('driver, team and event pages link their data', async ({ page }) => {
    for (const path of ['/drivers/kamui-kobayashi', '/teams/toyota-gazoo-racing', '/events/24-hours-of-le-mans']) {
      await page.goto(path);
      await expect(page.locator(`a[href="${path}/data.json"]`)).toHaveCount(1);
    }
  });
});

test.describe('open data', () => {
  test('every CSV has the header its data package declares, and every foreign key exists', async ({ request }) => {
    type Pkg = Parameters<typeof validatePackage>[0] & { profile: string; licenses: { name: string }[] };
    const pkg = await json<Pkg>(request, '/data/datapackage.json');
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    const names = pkg.resources.map((r) => r.name);
    for (const name of ['drivers', 'teams', 'cars', 'events', 'editions', 'sessions', 'entries', 'entry_drivers']) expect(names).toContain(name);
    expect(pkg.resources.find((r) => r.name === 'laps-8-hours-of-bahrain-2024-race')?.path).toMatch(/\/events\/8-hours-of-bahrain\/2024\/race\/laps\.csv$/);
    const tables = new Map<string, string>();
    for (const r of pkg.resources) {
      // A table is beside the package; a session's laps (laps-<event>-<year>-<session>) are at their absolute URL.
      const res = await request.get(/^https?:/.test(r.path) ? new URL(r.path).pathname : `/data/${r.path}`);
      expect(res.status(), r.path).toBe(200);
      expect(res.headers()['content-type'], r.path).toContain('text/csv');
      tables.set(r.path, await res.text());
    }
    expect(validatePackage(pkg, (path) => tables.get(path)!)).toEqual([]);
    const drivers = csvRecords(tables.get('drivers.csv')!).records;
    expect(drivers.find((d) => d.id === 'matthieu-vaxiviere')).toMatchObject({ poles: '1', class_wins: '0' });
    const entries = csvRecords(tables.get('entries.csv')!).records;
    expect(entries.find((e) => e.id === '24-hours-of-le-mans/2017/qualifying-1/lmp1/car-7')).toMatchObject({ time: '3:18.793', time_ms: '198793', counted: 'false', pole: '0' });
  });

  test('a server writes each table once to its cache directory and serves it from there, not from Next\'s cache', async ({ request }) => {
    const first = await request.get('/data/teams.csv');
    expect(first.status()).toBe(200);
    expect(first.headers()['x-nextjs-cache']).toBeUndefined();
    const body = await first.text();
    // The file this server wrote (lib/data/file-cache.ts): the same bytes.
    const root = join(process.cwd(), '.next', 'cache', 'open-data');
    const written = readdirSync(root).map((dir) => join(root, dir, 'teams.csv')).filter((f) => existsSync(f));
    expect(written.length).toBeGreaterThanOrEqual(1);
    expect(written.some((f) => readFileSync(f, 'utf8') === body)).toBe(true);
    expect(await (await request.get('/data/teams.csv')).text()).toBe(body);
  });

  test('the footer links the open-data page, which lists every file', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
    await expect(page).toHaveURL(/\/data$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
    for (const file of ['drivers.csv', 'entries.csv', 'entry_drivers.csv', 'datapackage.json']) {
      await expect(page.locator(`main a[href="/data/${file}"]`)).toHaveCount(1);
    }
  });
});
