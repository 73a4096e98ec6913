import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { parseCsv } from '../csv';

/**
 * The official timing on the site, from the real 2024 8 Hours of Bahrain analysis: the race's session page
 * with its lap chart, its laps.csv, and a driver page's "At the wheel". Every expected figure is computed
 * here from the timekeeper's file itself, not by the site's code.
 */
const FILE = 'content/timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV';
const lines = readFileSync(FILE, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
const head = lines[0]!.split(';').map((h) => h.trim());
const col = (cells: string[], name: string) => (cells[head.indexOf(name)] ?? '').trim();
/** "1:53.136", "4:52:36.809" → ms */
const ms = (t: string) => Math.round(t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0) * 1000);
const laps = lines.slice(1).map((l) => {
  const c = l.split(';');
  return {
    car: col(c, 'NUMBER'),
    cls: col(c, 'CLASS') === 'HYPERCAR' ? 'Hypercar' : col(c, 'CLASS'),
    lap: Number(col(c, 'LAP_NUMBER')),
    lapMs: col(c, 'LAP_TIME') ? ms(col(c, 'LAP_TIME')) : null,
    elapsed: ms(col(c, 'ELAPSED')),
    pitIn: col(c, 'CROSSING_FINISH_LINE_IN_PIT') === 'B',
    pitMs: col(c, 'PIT_TIME') ? ms(col(c, 'PIT_TIME')) : null,
    driver: col(c, 'DRIVER_NAME'),
    team: col(c, 'TEAM'),
    /** LAP_IMPROVEMENT 2 or 3: the laps a fastest lap is taken from (docs/data.md). */
    improved: ['2', '3'].includes(col(c, 'LAP_IMPROVEMENT')),
  };
});
type Lap = (typeof laps)[number];
/** The class position of a lap: cars of the class that completed that lap earlier, plus one. */
const position = (r: Lap) => 1 + laps.filter((o) => o.cls === r.cls && o.lap === r.lap && o.elapsed < r.elapsed).length;
/** Who led each lap of a class: the first of the class to complete it. */
function leaders(cls: string): Map<number, Lap> {
  const out = new Map<number, Lap>();
  for (const r of laps) if (r.cls === cls && (!out.has(r.lap) || r.elapsed < out.get(r.lap)!.elapsed)) out.set(r.lap, r);
  return out;
}
/** The class at the flag: most laps, then the earlier last crossing. */
function atFlag(cls: string): { car: string; laps: number }[] {
  const last = new Map<string, Lap>();
  for (const r of laps) if (r.cls === cls && (last.get(r.car)?.lap ?? 0) < r.lap) last.set(r.car, r);
  return [...last.values()].sort((a, b) => b.lap - a.lap || a.elapsed - b.elapsed).map((r) => ({ car: r.car, laps: r.lap }));
}
/** Each class's fastest lap: the quickest of the laps marked as an improvement. */
function classFastest(cls: string): Lap {
  return laps.filter((r) => r.cls === cls && r.improved).reduce((a, b) => (b.lapMs! < a.lapMs! ? b : a));
}
/** 110492 → "1:50.492" */
const lapTime = (t: number) => `${Math.floor(t / 60_000)}:${((t % 60_000) / 1000).toFixed(3).padStart(6, '0')}`;
/** The text of each body row's cells. */
const cellsOf = (rows: Locator) =>
  rows.evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((td) => (td.textContent ?? '').trim())));
const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const hms = (t: number) => {
  const s = Math.round(t / 1000);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

test('the 2024 Bahrain race page: classification, lap chart with its table, gap chart, stints', async ({ page }) => {
  await page.goto('/events/8-hours-of-bahrain/2024');
  await page.getByRole('region', { name: /^Race/ }).getByRole('link', { name: 'Full classification, lap chart, stints and drive time →' }).click();
  await expect(page).toHaveURL('/events/8-hours-of-bahrain/2024/race');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Race');

  const order = atFlag('Hypercar');
  const hypercar = page.getByRole('region', { name: 'Hypercar Classification' });
  const first = hypercar.getByRole('table').first().getByRole('row').nth(1);
  await expect(first).toContainText(order[0]!.car);
  await expect(first).toContainText(String(order[0]!.laps));
  // The runner-up's gap: the time between the two cars' last crossings of the line, from the file.
  const lastOf = (car: string) => laps.filter((r) => r.car === car).at(-1)!;
  const gap = lastOf(order[1]!.car).elapsed - lastOf(order[0]!.car).elapsed;
  await expect(hypercar.getByRole('table').first().getByRole('row').nth(2)).toContainText(`+${(gap / 1000).toFixed(3)}`);

  // The lap chart: an image whose text alternative gives the laps led and the order at the flag.
  const chart = page.getByRole('img', { name: 'Hypercar, Race: position in class by lap' });
  await expect(chart).toBeVisible();
  const led = new Map<string, number>();
  for (const r of leaders('Hypercar').values()) led.set(r.car, (led.get(r.car) ?? 0) + 1);
  const most = [...led.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const desc = await chart.locator('desc').textContent();
  expect(desc).toContain(`Laps led: #${most[0]} ${most[1]},`);
  expect(desc).toContain(`At the flag: 1 #${order[0]!.car} (${order[0]!.laps} laps), 2 #${order[1]!.car}`);
  // The table beside it: position in class at lap 100 of the car that won, counted here.
  const positions = page.getByRole('table', { name: /^Hypercar, Race: position in class at laps 1, 50, 100/ });
  const winnerAt100 = laps.find((r) => r.car === order[0]!.car && r.lap === 100)!;
  const row = positions.getByRole('row').filter({ has: page.getByRole('cell', { name: order[0]!.car, exact: true }) });
  // Columns: #, team, L1, L50, L100.
  await expect(row.getByRole('cell').nth(4)).toHaveText(String(position(winnerAt100)));
  await expect(page.getByRole('img', { name: 'Hypercar, Race: gap to the class leader by lap' })).toBeVisible();

  // Stints of the winning car: laps between pit entries, counted here.
  const winner = laps.filter((r) => r.car === order[0]!.car);
  let stints = 1;
  winner.forEach((r, i) => {
    if (i > 0 && (winner[i - 1]!.pitIn || winner[i - 1]!.driver !== r.driver)) stints++;
  });
  await page.getByRole('region', { name: 'Stints, pit stops and drive time' }).getByText(`#${order[0]!.car}`, { exact: true }).click();
  const stintTable = page.getByRole('table', { name: new RegExp(`^Stints of #${order[0]!.car} `) });
  await expect(stintTable.locator('tbody tr')).toHaveCount(stints);
  // Each stint's driver, laps and first and last lap, counted here.
  const expectedStints: [string, string, string][] = [];
  let open: { driver: string; from: number; to: number; n: number } | undefined;
  winner.forEach((r, i) => {
    if (!open || winner[i - 1]!.pitIn || winner[i - 1]!.driver !== r.driver) {
      if (open) expectedStints.push([fold(open.driver), String(open.n), `${open.from}–${open.to}`]);
      open = { driver: r.driver, from: r.lap, to: r.lap, n: 0 };
    }
    open.to = r.lap;
    open.n++;
  });
  expectedStints.push([fold(open!.driver), String(open!.n), `${open!.from}–${open!.to}`]);
  expect((await cellsOf(stintTable.locator('tbody tr'))).map((c) => [fold(c[1]!), c[2], c[3]])).toEqual(expectedStints);

  // Drive time: each driver's laps, laps led and share of the car's race (the sum of its lap times).
  const ledLaps = new Set([...leaders('Hypercar').values()].filter((r) => r.car === order[0]!.car).map((r) => r.lap));
  const total = winner.reduce((sum, r) => sum + (r.lapMs ?? 0), 0);
  const byDriver = new Map<string, { laps: number; led: number; ms: number }>();
  for (const r of winner) {
    const d = byDriver.get(fold(r.driver)) ?? { laps: 0, led: 0, ms: 0 };
    d.laps++;
    if (ledLaps.has(r.lap)) d.led++;
    d.ms += r.lapMs ?? 0;
    byDriver.set(fold(r.driver), d);
  }
  const driveTable = page.getByRole('table', { name: new RegExp(`^Drive time of #${order[0]!.car} `) });
  const driveRows = await cellsOf(driveTable.locator('tbody tr'));
  expect(new Map(driveRows.map((c) => [fold(c[0]!), [c[1], c[2], c[4]]]))).toEqual(
    new Map([...byDriver].map(([name, d]) => [name, [String(d.laps), String(d.led), `${((d.ms / total) * 100).toFixed(1)}%`]])),
  );

  // Laps led and fastest laps of every Hypercar: laps, laps led and the fastest lap with its number.
  const ledBy = new Map<string, number>();
  for (const r of leaders('Hypercar').values()) ledBy.set(r.car, (ledBy.get(r.car) ?? 0) + 1);
  const expectedLeaders = order.map(({ car, laps: n }) => {
    const best = laps.filter((r) => r.car === car && r.improved).reduce((a, b) => (b.lapMs! < a.lapMs! ? b : a));
    return [car, String(n), String(ledBy.get(car) ?? 0), `${lapTime(best.lapMs!)} lap ${best.lap}`];
  });
  const leadersTable = page.getByRole('table', { name: 'Hypercar, Race: laps led in class and fastest laps' });
  expect((await cellsOf(leadersTable.locator('tbody tr'))).map((c) => [c[0], c[2], c[3], c[4]])).toEqual(expectedLeaders);
  const best = classFastest('Hypercar');
  await expect(leadersTable.getByTitle('Fastest lap of the class')).toHaveText(lapTime(best.lapMs!));
  await expect(leadersTable.locator('tr', { has: page.getByTitle('Fastest lap of the class') }).getByRole('cell').first()).toHaveText(best.car);
});

test('laps.csv: every lap, its columns, and a lap checked against the timekeeper’s file', async ({ request }) => {
  const res = await request.get('/events/8-hours-of-bahrain/2024/race/laps.csv');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const rows = parseCsv(await res.text());
  expect(rows).toHaveLength(7486 + 1);
  expect(rows[0]).toEqual(['car', 'driver_id', 'lap', 'lap_time_ms', 'elapsed_ms', 'pit_in', 'pit_time_ms', 'class', 'position_in_class']);
  // A lap in the middle of the file, and the first lap that leaves the pits.
  for (const i of [2999, laps.findIndex((r) => r.pitMs !== null)]) {
    const r = laps[i]!;
    expect(rows[i + 1]).toEqual([r.car, fold(r.driver), String(r.lap), r.lapMs === null ? '' : String(r.lapMs), String(r.elapsed), String(r.pitIn), r.pitMs === null ? '' : String(r.pitMs), r.cls, String(position(r))]);
  }
  // Every lap, in the file's order: position in class is 1 + the cars of the class that completed the lap earlier.
  const elapsedOf = new Map<string, number[]>();
  for (const r of laps) elapsedOf.set(`${r.cls}/${r.lap}`, [...(elapsedOf.get(`${r.cls}/${r.lap}`) ?? []), r.elapsed]);
  const rank = (r: Lap) => 1 + elapsedOf.get(`${r.cls}/${r.lap}`)!.filter((e) => e < r.elapsed).length;
  const expected = laps.map((r) => [r.car, String(r.lap), r.lapMs === null ? '' : String(r.lapMs), String(r.elapsed), String(r.pitIn), r.pitMs === null ? '' : String(r.pitMs), r.cls, String(rank(r))]);
  expect(rows.slice(1).map((c) => [c[0], c[2], c[3], c[4], c[5], c[6], c[7], c[8]])).toEqual(expected);
  // The driver column: one id per name of the file, the same for all of that driver's laps.
  const ids = new Map<string, Set<string>>();
  laps.forEach((r, i) => ids.set(r.driver, (ids.get(r.driver) ?? new Set()).add(rows[i + 1]![1]!)));
  for (const [name, set] of ids) expect([name, set.size]).toEqual([name, 1]);
  expect(new Set([...ids.values()].map((set) => [...set][0])).size).toBe(ids.size);
});

test('a driver page: "At the wheel" from the laps, and none for a driver without laps', async ({ page }) => {
  const mine = laps.filter((r) => r.driver === 'Will STEVENS');
  const ledByHim = [...leaders(mine[0]!.cls).values()].filter((r) => r.driver === 'Will STEVENS').length;
  const time = mine.reduce((sum, r) => sum + (r.lapMs ?? 0), 0);
  await page.goto('/drivers/will-stevens');
  const wheel = page.getByRole('region', { name: 'At the wheel' });
  const figure = (label: string) => wheel.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(figure('Laps raced')).toHaveText(String(mine.length));
  await expect(figure('Laps led')).toHaveText(String(ledByHim));
  await expect(figure('Time at the wheel')).toHaveText(hms(time));
  const setFastest = (cls: string, driver: string) => (classFastest(cls).driver === driver ? 1 : 0);
  await expect(figure('Fastest laps')).toHaveText(String(setFastest(mine[0]!.cls, 'Will STEVENS')));
  await expect(wheel.getByRole('link', { name: '8 Hours of Bahrain 2024' })).toHaveAttribute('href', '/events/8-hours-of-bahrain/2024/race');
  // The race's row: his laps, laps led, and his share of the car's race time.
  const carTotal = laps.filter((r) => r.car === mine[0]!.car).reduce((sum, r) => sum + (r.lapMs ?? 0), 0);
  const [race] = await cellsOf(wheel.locator('tbody tr'));
  expect([race![2], race![3], race![4], race![5]]).toEqual([String(mine.length), String(ledByHim), hms(time), `${((time / carTotal) * 100).toFixed(0)}%`]);

  // The driver who set the Hypercar class's fastest lap has one race with it.
  const fastest = classFastest('Hypercar');
  const his = laps.filter((r) => r.driver === fastest.driver);
  await page.goto(`/drivers/${fold(fastest.driver)}`);
  const hisWheel = page.getByRole('region', { name: 'At the wheel' });
  const hisFigure = (label: string) => hisWheel.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(hisFigure('Fastest laps')).toHaveText('1');
  await expect(hisFigure('Laps raced')).toHaveText(String(his.length));
  await expect(hisFigure('Time at the wheel')).toHaveText(hms(his.reduce((sum, r) => sum + (r.lapMs ?? 0), 0)));
  await page.goto('/drivers/fernando-alonso');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fernando Alonso');
  await expect(page.getByRole('region', { name: 'At the wheel' })).toHaveCount(0);
});
