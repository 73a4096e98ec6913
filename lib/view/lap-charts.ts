/**
 * Geometry of a session's lap chart (position in class by lap) and gap chart (gap to the class leader
 * by lap), one of each per class, computed here so that components/charts only draw. Lines are vertices
 * in plot units (x: lap, y: position or seconds), drawn as compact relative paths (svg-path.ts) in a
 * stretched inner SVG; labels and ticks are in pixels and percentages, so text keeps its size from a
 * 390 px phone to a desktop. A 24-hour race stays legible: one chart per class, the leading cars coloured and the others drawn thin, every line
 * labelled at its end, points on straight runs dropped, and the gap chart limited to the class's top cars,
 * its gaps rounded to what a pixel shows and its lines simplified within half a pixel.
 */
import { formatTime } from '../content/time';
import type { CarTrace, ClassTraces } from './lap-positions';
import type { ChartLine, LineChartGeometry, Tick } from './props/line-chart';
import { pathData } from './svg-path';

export type { LineChartGeometry } from './props/line-chart';

/** Cars drawn in colour (series-0..n in globals.css); the others are thin and muted. */
export const HIGHLIGHTED = 6;
/** Cars of a class in its gap chart. */
export const GAP_CARS = 5;
/** Height of one position in a lap chart, in px. */
export const ROW = 18;
/** Plot height of a gap chart, in px. */
export const GAP_HEIGHT = 220;
/** The plot spans LEFT% to RIGHT% of the width; position labels left of it, car numbers right of it. */
export const LEFT = 9;
export const RIGHT = 88;
export const TOP = 8;
export const BOTTOM = 26;

/** Drops the points of straight runs: a vertex is kept where the line turns. */
export function simplify(points: readonly [number, number][]): [number, number][] {
  if (points.length <= 2) return [...points];
  const out: [number, number][] = [points[0]!];
  for (let i = 1; i < points.length - 1; i++) {
    const [x0, y0] = out[out.length - 1]!;
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[i + 1]!;
    // Collinear when the cross product is zero.
    if ((x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0) !== 0) out.push(points[i]!);
  }
  out.push(points[points.length - 1]!);
  return out;
}

/**
 * Drops every vertex that the line would pass within `tolerance` of (measured vertically, in plot units)
 * without it (Ramer–Douglas–Peucker): a gap line of 380 laps keeps the turns a pixel can show, such as
 * each pit stop's jump, and loses the lap-to-lap noise under a pixel. The ends are always kept.
 */
export function simplifyWithin(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [xa, ya] = points[a]!;
    const [xb, yb] = points[b]!;
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = points[i]!;
      const off = Math.abs(y - (xb === xa ? ya : ya + ((yb - ya) * (x - xa)) / (xb - xa)));
      if (off > worst) [worst, at] = [off, i];
    }
    if (at >= 0 && worst > tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

const round = (n: number) => Math.round(n * 100) / 100;
/** `n` to a multiple of `quantum` (a power of ten), without binary noise: roundTo(1.26, 0.1) is 1.3. */
const roundTo = (n: number, quantum: number) => (quantum >= 1 ? Math.round(n / quantum) * quantum : Math.round(n / quantum) / Math.round(1 / quantum));
const pointsText = (points: readonly [number, number][]) => points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');

/** Lap ticks at a round step, about six across. */
export function lapTicks(laps: number): Tick[] {
  if (laps <= 1) return [{ label: '1', at: LEFT }];
  const raw = laps / 6;
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500].find((s) => s >= raw) ?? Math.ceil(raw / 100) * 100;
  const ticks: Tick[] = [];
  for (let lap = step; lap <= laps; lap += step) ticks.push({ label: String(lap), at: xPercent(lap, laps) });
  return [{ label: '1', at: LEFT }, ...ticks.filter((t) => t.at - LEFT > 4)];
}

/** Where lap `lap` of `laps` is drawn, in percent of the width. */
export function xPercent(lap: number, laps: number): number {
  return round(LEFT + ((lap - 1) / Math.max(1, laps - 1)) * (RIGHT - LEFT));
}

const chartId = (anchor: string, className: string, kind: string) => `${kind}-${anchor}-${className.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The lap chart of one class: position in class (1 at the top) by lap, one line per car. */
export function lapChart(cls: ClassTraces, anchor: string, sessionLabel: string): LineChartGeometry | undefined {
  const { cars, leaderLaps: laps } = cls;
  if (cars.length === 0 || laps < 2) return undefined;
  const top = TOP;
  const plotHeight = cars.length * ROW;
  const lines: ChartLine[] = cars.map((car, i) => {
    const pts = car.pos.map((p, l) => [l + 1, p - 0.5] as [number, number]);
    // A car that stopped: solid to its last lap, dotted after it.
    const end = car.running ? laps : Math.max(1, car.laps);
    const line = simplify(pts.slice(0, end));
    const tail = end < laps ? simplify(pts.slice(end - 1)) : undefined;
    return {
      number: car.number,
      points: pointsText(line),
      path: pathData(line),
      ...(tail ? { tail: pointsText(tail), tailPath: pathData(tail) } : {}),
      series: i < HIGHLIGHTED ? i : undefined,
      label: `#${car.number}`,
      labelY: round(top + (car.pos[laps - 1]! - 0.5) * ROW),
    };
  });
  // Muted lines first, so the leading cars are drawn over them.
  lines.reverse();
  const yTicks: Tick[] = cars.map((_, i) => ({ label: `P${i + 1}`, at: round(top + (i + 0.5) * ROW) }));
  const led = cars
    .map((c) => ({ c, n: c.pos.filter((p) => p === 1).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const start = [...cars].sort((a, b) => a.pos[0]! - b.pos[0]!);
  return {
    id: chartId(anchor, cls.className, 'lap-chart'),
    title: `${cls.className}, ${sessionLabel}: position in class by lap`,
    desc:
      `Lap chart of ${cars.length} ${cls.className} cars over ${laps} laps, position in class (1 at the top) after each lap; a car that stopped is dotted after its last lap. ` +
      `After lap 1: ${start.map((c) => `#${c.number}`).join(', ')}. ` +
      `Laps led: ${led.map((x) => `#${x.c.number} ${x.n}`).join(', ')}. ` +
      `At the flag: ${cars.map((c, i) => `${i + 1} #${c.number} (${c.laps} laps)`).join(', ')}.`,
    caption:
      `Position in ${cls.className} after every lap, ${laps} laps: the ${Math.min(HIGHLIGHTED, cars.length)} leading cars at the flag in colour, ` +
      `each line labelled with its car number at the flag, dotted after a car stopped. The table below gives positions at intervals.`,
    height: top + plotHeight + BOTTOM,
    plot: { top, height: plotHeight, left: LEFT, width: RIGHT - LEFT },
    viewBox: `1 0 ${laps - 1} ${cars.length}`,
    lines,
    xTicks: lapTicks(laps),
    yTicks,
    grid: [],
  };
}

/** A round step for a time axis in seconds: at most five steps up to `max`. */
export function secondsStep(max: number): number {
  return [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600].find((s) => max / s <= 5) ?? Math.ceil(max / 5 / 3600) * 3600;
}

/** "+1:02.3" for 62,300 ms */
export function gapLabel(ms: number): string {
  return ms === 0 ? 'Leader' : `+${formatTime({ ms, digits: 1 })}`;
}

/** The gap of car `car` at lap L to the first of its class to complete lap L, in ms (undefined if it did not complete L). */
export function gapsToLeader(cls: ClassTraces, car: CarTrace): (number | undefined)[] {
  return car.elapsed.map((e, l) => {
    if (e === undefined) return undefined;
    let best = e;
    for (const c of cls.cars) {
      const o = c.elapsed[l];
      if (o !== undefined && o < best) best = o;
    }
    return e - best;
  });
}

/** Moves labels apart so that no two are closer than `min` px, keeping their order. */
export function spreadLabels(ys: readonly number[], min: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = new Array<number>(ys.length);
  let prev = -Infinity;
  for (const o of order) {
    const y = Math.max(o.y, prev + min, lo);
    out[o.i] = y;
    prev = y;
  }
  // Past the bottom: push back up from the end.
  let next = Infinity;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!.i;
    const y = Math.min(out[i]!, next - min, hi);
    out[i] = round(y);
    next = y;
  }
  return out;
}

/**
 * The gap chart of one class: each of its top cars at the flag, its gap to the class leader after every
 * lap (0 at the top). Undefined for a class of one car.
 */
export function gapChart(cls: ClassTraces, anchor: string, sessionLabel: string, count = GAP_CARS): LineChartGeometry | undefined {
  const cars = cls.cars.slice(0, count);
  const laps = cls.leaderLaps;
  if (cars.length < 2 || laps < 2) return undefined;
  const gaps = cars.map((c) => gapsToLeader(cls, c));
  const maxMs = Math.max(1000, ...gaps.flatMap((g) => g.filter((x): x is number => x !== undefined)));
  const step = secondsStep(maxMs / 1000);
  const maxS = Math.ceil(maxMs / 1000 / step) * step;
  const top = TOP;
  const y = (s: number) => round(top + (s / maxS) * GAP_HEIGHT);
  // What a pixel of the plot can show: gaps rounded to the power of ten under a pixel's seconds, and a
  // vertex dropped where the line without it passes within half a pixel of it.
  const perPixel = maxS / GAP_HEIGHT;
  const quantum = 10 ** Math.floor(Math.log10(perPixel));
  const tolerance = perPixel / 2;
  const lastGap = gaps.map((g) => {
    for (let l = g.length - 1; l >= 0; l--) if (g[l] !== undefined) return { lap: l + 1, ms: g[l]! };
    return { lap: 0, ms: 0 };
  });
  const labelYs = spreadLabels(lastGap.map((g) => y(g.ms / 1000)), 13, top, top + GAP_HEIGHT);
  const lines: ChartLine[] = cars.map((car, i) => {
    const pts: [number, number][] = [];
    gaps[i]!.forEach((g, l) => g !== undefined && pts.push([l + 1, roundTo(g / 1000, quantum)]));
    const line = simplifyWithin(pts, tolerance);
    return {
      number: car.number,
      points: pointsText(line),
      path: pathData(line),
      series: i,
      label: `#${car.number}`,
      labelY: labelYs[i]!,
    };
  });
  lines.reverse();
  const grid: number[] = [];
  const yTicks: Tick[] = [];
  for (let s = 0; s <= maxS; s += step) {
    grid.push(s);
    yTicks.push({ label: s === 0 ? '0' : `+${formatTime({ ms: s * 1000, digits: 0 })}`, at: y(s) });
  }
  return {
    id: chartId(anchor, cls.className, 'gap-chart'),
    title: `${cls.className}, ${sessionLabel}: gap to the class leader by lap`,
    desc:
      `Gap of the top ${cars.length} ${cls.className} cars at the flag to the class leader after each lap, over ${laps} laps (0 at the top). ` +
      cars.map((c, i) => `#${c.number}: ${lastGap[i]!.lap < laps ? `${lastGap[i]!.lap} laps, ` : ''}${gapLabel(lastGap[i]!.ms)} at its last lap`).join('; ') +
      `; the largest gap drawn is ${gapLabel(maxMs)}.`,
    caption:
      `Gap to the ${cls.className} leader after every lap for the top ${cars.length} at the flag (0 at the top; a gap above a lap time means a lap down). ` +
      `The table below gives the gaps at intervals.`,
    height: top + GAP_HEIGHT + BOTTOM,
    plot: { top, height: GAP_HEIGHT, left: LEFT, width: RIGHT - LEFT },
    viewBox: `1 0 ${laps - 1} ${maxS}`,
    lines,
    xTicks: lapTicks(laps),
    yTicks,
    grid,
  };
}

/** The laps at which the tables beside the charts sample a race: lap 1, about eight round laps, the last. */
export function sampleLaps(laps: number, count = 8): number[] {
  if (laps <= count + 1) return Array.from({ length: laps }, (_, i) => i + 1);
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s >= laps / count) ?? Math.ceil(laps / count / 100) * 100;
  const out = [1];
  for (let l = step; l < laps; l += step) out.push(l);
  if (laps - out[out.length - 1]! < step / 3) out.pop();
  out.push(laps);
  return out;
}
