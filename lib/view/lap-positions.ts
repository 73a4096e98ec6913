/**
 * Position in class lap by lap, from a session's lap rows: at lap L every car of a class is ranked by the
 * laps it has completed by then (at most L) and then by its elapsed time at that lap, so a car that stops
 * sinks behind the cars still running and every line of a lap chart runs to the flag. O(rows · log cars).
 */
import type { LapRow } from '../content/timing/types';

/** One car of a class, lap by lap. */
export interface CarTrace {
  number: string;
  team: string;
  /** The class as the timekeeper wrote it. */
  className: string;
  /** Laps completed (its highest lap number). */
  laps: number;
  /** Elapsed ms at its last lap. */
  elapsedMs: number;
  /** Position in class at lap L is `pos[L - 1]`, for L = 1..leaderLaps. */
  pos: number[];
  /** Elapsed ms at lap L (`elapsed[L - 1]`), undefined for a lap it did not complete. */
  elapsed: (number | undefined)[];
  /** It crossed the line after the flag (the first car with the most laps of the session finishing): still running, not stopped. */
  running: boolean;
}

export interface ClassTraces {
  className: string;
  /** The most laps completed by a car of the class. */
  leaderLaps: number;
  /** Its cars in their order at the flag (laps, then elapsed time). */
  cars: CarTrace[];
}

const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Ranks `cars` at lap `lap`: more laps completed first (at most `lap`), then the earlier crossing, then by number. */
function rankAt(cars: readonly { number: string; last: number[]; elapsed: (number | undefined)[] }[], lap: number): number[] {
  const state = cars.map((c, i) => {
    const done = c.last[Math.min(lap, c.last.length) - 1] ?? 0;
    return { i, done, at: done > 0 ? c.elapsed[done - 1]! : 0, number: c.number };
  });
  state.sort((a, b) => b.done - a.done || a.at - b.at || byNumber(a.number, b.number));
  const pos = new Array<number>(cars.length);
  state.forEach((s, rank) => (pos[s.i] = rank + 1));
  return pos;
}

/**
 * Every class of the session, in the order its cars first appear in the file, each car with its
 * position in class at every lap up to the class leader's last.
 */
export function classTraces(rows: readonly LapRow[]): ClassTraces[] {
  const classes = new Map<string, Map<string, { number: string; team: string; elapsed: (number | undefined)[] }>>();
  for (const r of rows) {
    let cars = classes.get(r.class);
    if (!cars) classes.set(r.class, (cars = new Map()));
    let car = cars.get(r.number);
    if (!car) cars.set(r.number, (car = { number: r.number, team: r.team, elapsed: [] }));
    car.elapsed[r.lap - 1] = r.elapsedMs;
  }
  // The flag: when the first car with the session's most laps completed its last one.
  let flag = { laps: 0, at: Infinity };
  for (const cars of classes.values()) {
    for (const c of cars.values()) {
      const at = c.elapsed[c.elapsed.length - 1] ?? 0;
      if (c.elapsed.length > flag.laps || (c.elapsed.length === flag.laps && at < flag.at)) flag = { laps: c.elapsed.length, at };
    }
  }
  const out: ClassTraces[] = [];
  for (const [className, cars] of classes) {
    const list = [...cars.values()].map((c) => {
      // last[L - 1]: the highest lap number completed at or before lap L (a missing row keeps the one before).
      const last: number[] = [];
      let done = 0;
      for (let l = 1; l <= c.elapsed.length; l++) {
        if (c.elapsed[l - 1] !== undefined) done = l;
        last.push(done);
      }
      return { ...c, last };
    });
    const leaderLaps = Math.max(0, ...list.map((c) => c.elapsed.length));
    const pos = list.map(() => [] as number[]);
    for (let lap = 1; lap <= leaderLaps; lap++) rankAt(list, lap).forEach((p, i) => pos[i]!.push(p));
    const traces: CarTrace[] = list.map((c, i) => ({
      number: c.number,
      team: c.team,
      className,
      laps: c.elapsed.length,
      elapsedMs: c.elapsed[c.elapsed.length - 1] ?? 0,
      pos: pos[i]!,
      elapsed: Array.from({ length: leaderLaps }, (_, l) => c.elapsed[l]),
      running: (c.elapsed[c.elapsed.length - 1] ?? 0) >= flag.at,
    }));
    traces.sort((a, b) => (a.pos[leaderLaps - 1] ?? 0) - (b.pos[leaderLaps - 1] ?? 0));
    out.push({ className, leaderLaps, cars: traces });
  }
  return out;
}

/**
 * The position in class of each row at its lap, in the rows' order (for laps.csv): one more than the
 * number of cars of its class that completed that lap earlier (ties by car number).
 */
export function positionsInClass(rows: readonly LapRow[]): number[] {
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const key = `${r.class}\u0000${r.lap}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const out = new Array<number>(rows.length);
  for (const g of groups.values()) {
    g.sort((a, b) => rows[a]!.elapsedMs - rows[b]!.elapsedMs || byNumber(rows[a]!.number, rows[b]!.number));
    g.forEach((i, rank) => (out[i] = rank + 1));
  }
  return out;
}
