import { describe, expect, it } from 'vitest';
import type { LapRow } from '@/lib/content/timing/types';
import { classTraces, positionsInClass } from '@/lib/view/lap-positions';
import { gapChart, gapsToLeader, lapChart, LEFT, RIGHT, ROW, sampleLaps, simplify, spreadLabels, TOP, xPercent } from '@/lib/view/lap-charts';

let line = 1;
/** A synthetic lap: car `number` of class `cls` completes `lap` at `elapsed` seconds. */
const lap = (number: string, cls: string, lapNo: number, elapsedS: number, extra: Partial<LapRow> = {}): LapRow => ({
  number, class: cls, team: `Team ${number}`, driverNumber: 1, driverId: `driver-${number}`, driverName: `Driver ${number}`,
  lap: lapNo, lapMs: null, elapsedMs: elapsedS * 1000, pitIn: false, pitMs: null, line: ++line, ...extra,
});

// Class A: #1 leads laps 1–2, #2 passes on lap 3 and wins; #3 retires after lap 2.
// Class B: one car, interleaved with A in the file.
const rows: LapRow[] = [
  lap('1', 'A', 1, 100), lap('1', 'A', 2, 200), lap('1', 'A', 3, 305), lap('1', 'A', 4, 410),
  lap('2', 'A', 1, 101), lap('B7', 'B', 1, 120), lap('2', 'A', 2, 202), lap('2', 'A', 3, 301), lap('2', 'A', 4, 400),
  lap('3', 'A', 1, 102), lap('3', 'A', 2, 199),
  lap('B7', 'B', 2, 240),
];

describe('position in class', () => {
  it('ranks each lap by the time it was completed, per class (laps.csv)', () => {
    // By hand: lap 1 A: #1 100 < #2 101 < #3 102; lap 2 A: #3 199 < #1 200 < #2 202; lap 3: #2 301 < #1 305; lap 4: #2 400 < #1 410.
    expect(positionsInClass(rows)).toEqual([1, 2, 2, 2, 2, 1, 3, 1, 1, 3, 1, 1]);
  });

  it('ranks every car at every lap by laps completed then elapsed time, so a stopped car sinks', () => {
    const [a, b] = classTraces(rows);
    expect(a!.className).toBe('A');
    expect(a!.leaderLaps).toBe(4);
    // Order at the flag: #2 (4 laps, 400 s), #1 (4 laps, 410 s), #3 (2 laps).
    expect(a!.cars.map((c) => c.number)).toEqual(['2', '1', '3']);
    expect(a!.cars.map((c) => c.pos)).toEqual([
      [2, 3, 1, 1],
      [1, 2, 2, 2],
      // #3 leads lap 2, then has 2 laps while the others have 3.
      [3, 1, 3, 3],
    ]);
    expect(a!.cars[2]!.laps).toBe(2);
    // The flag: #2's 4th lap at 400 s; #1 crosses after it, #3 (199 s) stopped before it.
    expect(a!.cars.map((c) => c.running)).toEqual([true, true, false]);
    expect(a!.cars[2]!.elapsed).toEqual([102_000, 199_000, undefined, undefined]);
    expect(b).toMatchObject({ className: 'B', leaderLaps: 2, cars: [{ number: 'B7', pos: [1, 1] }] });
  });
});

describe('lap chart geometry', () => {
  it('draws one line per car in plot units (lap, position − 0.5), the leaders in colour, labels at their final row', () => {
    const [a] = classTraces(rows);
    const c = lapChart(a!, 'race', 'Race')!;
    expect(c.viewBox).toBe('1 0 3 3');
    expect(c.height).toBe(TOP + 3 * ROW + 26);
    // Drawn last to first so the winner is on top.
    expect(c.lines.map((l) => [l.number, l.points, l.tail, l.series, l.labelY])).toEqual([
      // #3 stopped after lap 2 (199 s, before the flag at 400 s): dotted from there.
      ['3', '1,2.5 2,0.5', '2,0.5 3,2.5 4,2.5', 2, TOP + 2.5 * ROW],
      ['1', '1,0.5 2,1.5 4,1.5', undefined, 1, TOP + 1.5 * ROW],
      ['2', '1,1.5 2,2.5 3,0.5 4,0.5', undefined, 0, TOP + 0.5 * ROW],
    ]);
    expect(c.yTicks.map((t) => t.label)).toEqual(['P1', 'P2', 'P3']);
    expect(c.desc).toContain('Laps led: #2 2, #1 1, #3 1.');
    expect(c.desc).toContain('At the flag: 1 #2 (4 laps), 2 #1 (4 laps), 3 #3 (2 laps).');
  });

  it('has no chart for a class of one lap', () => {
    expect(lapChart({ className: 'X', leaderLaps: 1, cars: [] }, 'race', 'Race')).toBeUndefined();
  });

  it('drops the points of straight runs only', () => {
    expect(simplify([[1, 1], [2, 1], [3, 1], [4, 2], [5, 3], [6, 3]])).toEqual([[1, 1], [3, 1], [5, 3], [6, 3]]);
  });

  it('places laps across the plot and samples round laps for the tables', () => {
    expect(xPercent(1, 311)).toBe(LEFT);
    expect(xPercent(311, 311)).toBe(RIGHT);
    // 300 is dropped: 11 laps before the last is under a third of the step.
    expect(sampleLaps(311)).toEqual([1, 50, 100, 150, 200, 250, 311]);
    expect(sampleLaps(330)).toEqual([1, 50, 100, 150, 200, 250, 300, 330]);
    expect(sampleLaps(5)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('gap chart geometry', () => {
  it('measures each car to the first of its class to complete the lap, in seconds', () => {
    const [a] = classTraces(rows);
    // #1: 100−100, 200−199, 305−301, 410−400.
    expect(gapsToLeader(a!, a!.cars[1]!)).toEqual([0, 1000, 4000, 10_000]);
    const g = gapChart(a!, 'race', 'Race', 2)!;
    // 10 s at most: the smallest round step with at most five steps is 2 s, so the axis ends at 10 s.
    expect(g.viewBox).toBe('1 0 3 10');
    expect(g.grid).toEqual([0, 2, 4, 6, 8, 10]);
    expect(g.yTicks.map((t) => t.label)).toEqual(['0', '+2', '+4', '+6', '+8', '+10']);
    expect(g.lines.map((l) => [l.number, l.points])).toEqual([
      ['1', '1,0 2,1 3,4 4,10'],
      ['2', '1,1 2,3 3,0 4,0'],
    ]);
    expect(g.desc).toContain('#1: +10.0 at its last lap');
  });

  it('keeps end labels apart and inside the plot', () => {
    expect(spreadLabels([50, 52, 100], 13, 0, 200)).toEqual([50, 63, 100]);
    expect(spreadLabels([198, 199], 13, 0, 200)).toEqual([187, 200]);
  });
});

describe('on the real 2024 8 Hours of Bahrain analysis', async () => {
  const { readFileSync } = await import('node:fs');
  const { readAnalysis } = await import('@/lib/content/timing');
  const FILE = 'content/timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV';
  const text = readFileSync(FILE, 'utf8');
  const rows = readAnalysis(text, FILE).rows;

  // The test's own reading of the file: split on ';', columns by name, ELAPSED as h:mm:ss.fff or m:ss.fff.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = lines[0]!.split(';').map((h) => h.trim());
  const at = (cells: string[], name: string) => cells[head.indexOf(name)]!.trim();
  const ms = (t: string) => Math.round(t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0) * 1000);
  const raw = lines.slice(1).map((l) => {
    const c = l.split(';');
    return { car: at(c, 'NUMBER'), cls: at(c, 'CLASS'), lap: Number(at(c, 'LAP_NUMBER')), elapsed: ms(at(c, 'ELAPSED')) };
  });

  it('reads every lap', () => {
    expect(rows.length).toBe(7486);
    expect(raw.length).toBe(7486);
  });

  it('gives each lap the position in class counted by hand: cars of the class that completed that lap earlier, plus one', () => {
    const positions = positionsInClass(rows);
    // Every 499th lap, and the last.
    for (const i of [0, 499, 998, 1497, 2994, 4491, 5988, 7485]) {
      const r = raw[i]!;
      const ahead = raw.filter((o) => o.cls === r.cls && o.lap === r.lap && o.elapsed < r.elapsed).length;
      expect([rows[i]!.number, rows[i]!.lap, positions[i]]).toEqual([r.car, r.lap, ahead + 1]);
    }
  });

  it('orders each class at the flag by laps, then the time of the last lap', () => {
    const last = new Map<string, { cls: string; lap: number; elapsed: number }>();
    for (const r of raw) if ((last.get(r.car)?.lap ?? 0) < r.lap) last.set(r.car, r);
    const expected = (cls: string) =>
      [...last.entries()]
        .filter(([, v]) => v.cls === cls)
        .sort(([, a], [, b]) => b.lap - a.lap || a.elapsed - b.elapsed)
        .map(([car]) => car);
    const traces = classTraces(rows);
    expect(traces.map((t) => [t.className, t.cars.length])).toEqual([['Hypercar', 18], ['LMGT3', 18]]);
    expect(traces[0]!.cars.map((c) => c.number)).toEqual(expected('HYPERCAR'));
    expect(traces[1]!.cars.map((c) => c.number)).toEqual(expected('LMGT3'));
    // The lap chart's last column is that order, and a 235-lap chart keeps well under one point per lap and car.
    const chart = lapChart(traces[0]!, 'race', 'Race')!;
    expect(chart.lines.map((l) => l.label).reverse()).toEqual(expected('HYPERCAR').map((n) => `#${n}`));
    const points = chart.lines.reduce((n, l) => n + l.points.split(' ').length, 0);
    expect(points).toBeLessThan(18 * 235);
  });
});
