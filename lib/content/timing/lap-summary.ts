/**
 * The summary of one analysis file that the graph keeps of a session's laps (the laps themselves stay on
 * disk): per car and per driver, laps completed, laps led in class, the fastest lap, stints, pit stops and
 * time at the wheel. Per-document work, so it is made where the file is read (lib/content/timing); pure
 * and linear in the number of laps.
 *
 * Rules (docs/data.md):
 * - a car leads lap L in class when it is the first of its class to complete lap L (the smallest
 *   elapsed time; on a tie, the row first in the file), and that lap counts for the driver who drove it;
 * - laps completed: the car's last lap number; laps per driver: the laps that driver drove;
 * - a stint is consecutive laps between pit entries: a lap that ends in the pit lane (`pitIn`) ends its
 *   stint; a change of driver without a pit entry (which the sport does not allow) also starts a new one;
 * - pit stops: the pit entries, except one on the car's last lap (a car that never left the pits again:
 *   retired there or after the flag); pit time: the sum of PIT_TIME;
 * - time at the wheel: the sum of the lap times of the driver's laps (the pit lane included);
 * - the fastest lap: the smallest lap time among the laps the timekeeper marks as an improvement
 *   (LAP_IMPROVEMENT 2 or 3, which leaves out lap 1, timed from the start, and laps whose time was
 *   deleted); in a file without those marks, the smallest lap time from lap 2 on (lap 1 when it is the
 *   only one); the earliest such lap on a tie. The class's fastest lap is the smallest of its cars';
 * - position at the flag: in class, more laps first, then the earlier last crossing of the line.
 */
import type { CarLapSummary, LapRow, SessionLapSummary } from './types';

type Car = CarLapSummary & { rows: LapRow[]; lastElapsed: number };
type Driver = CarLapSummary['drivers'][number] & { order: number };

/** A car's fastest lap by the rules above. */
function fastestOf(rows: readonly LapRow[]): CarLapSummary['fastest'] {
  const marked = rows.some((r) => r.improved);
  const timed = rows.filter((r) => r.lapMs !== null);
  const candidates = marked ? timed.filter((r) => r.improved) : timed.some((r) => r.lap >= 2) ? timed.filter((r) => r.lap >= 2) : timed;
  let best: LapRow | undefined;
  for (const r of candidates) if (!best || r.lapMs! < best.lapMs!) best = r;
  return best ? { lap: best.lap, ms: best.lapMs!, driverId: best.driverId } : null;
}

export function summarizeLaps(rows: readonly LapRow[], file: string, hash: string): SessionLapSummary {
  const cars = new Map<string, Car>();
  /** Class → lap → the car first to complete it and when. */
  const leaders = new Map<string, Map<number, { number: string; elapsedMs: number }>>();
  for (const row of rows) {
    let car = cars.get(row.number);
    if (!car) {
      car = {
        number: row.number, class: row.class, team: row.team, laps: 0, fastest: null, lapsLed: 0, stints: [],
        pitStops: 0, pitMs: 0, drivers: [], posAtFlag: 0, rows: [], lastElapsed: 0,
      };
      cars.set(row.number, car);
    }
    car.rows.push(row);
    let byLap = leaders.get(car.class);
    if (!byLap) leaders.set(car.class, (byLap = new Map()));
    const lead = byLap.get(row.lap);
    if (!lead || row.elapsedMs < lead.elapsedMs) byLap.set(row.lap, { number: row.number, elapsedMs: row.elapsedMs });
  }

  for (const car of cars.values()) {
    car.rows.sort((a, b) => a.lap - b.lap);
    const byLap = leaders.get(car.class)!;
    const drivers = new Map<string, Driver>();
    let stint: CarLapSummary['stints'][number] | undefined;
    const last = car.rows[car.rows.length - 1]!;
    for (const row of car.rows) {
      let driver = drivers.get(row.driverId);
      if (!driver) {
        driver = { driverId: row.driverId, name: row.driverName, laps: 0, ms: 0, lapsLed: 0, order: row.driverNumber };
        drivers.set(row.driverId, driver);
      }
      const ms = row.lapMs ?? 0;
      driver.laps++;
      driver.ms += ms;
      if (byLap.get(row.lap)?.number === car.number) {
        car.lapsLed++;
        driver.lapsLed++;
      }
      if (!stint || stint.driverId !== row.driverId) {
        stint = { driverId: row.driverId, fromLap: row.lap, toLap: row.lap, laps: 0, ms: 0 };
        car.stints.push(stint);
      }
      stint.toLap = row.lap;
      stint.laps++;
      stint.ms += ms;
      if (row.pitMs !== null) car.pitMs += row.pitMs;
      if (row.pitIn) {
        if (row !== last) car.pitStops++;
        stint = undefined;
      }
    }
    car.fastest = fastestOf(car.rows);
    car.laps = last.lap;
    car.lastElapsed = last.elapsedMs;
    car.drivers = [...drivers.values()].sort((a, b) => a.order - b.order).map(({ order: _, ...d }) => d);
  }

  const byClass = new Map<string, Car[]>();
  for (const car of cars.values()) {
    const list = byClass.get(car.class);
    if (list) list.push(car);
    else byClass.set(car.class, [car]);
  }
  const classes: SessionLapSummary['classes'] = [];
  for (const [cls, list] of byClass) {
    list.sort((a, b) => b.laps - a.laps || a.lastElapsed - b.lastElapsed);
    list.forEach((car, i) => (car.posAtFlag = i + 1));
    let fastest: SessionLapSummary['classes'][number]['fastest'] = null;
    for (const car of list) {
      const f = car.fastest;
      if (f && (!fastest || f.ms < fastest.ms)) fastest = { number: car.number, driverId: f.driverId, lap: f.lap, ms: f.ms };
    }
    classes.push({ class: cls, leaderLaps: list[0]!.laps, fastest });
  }
  classes.sort((a, b) => b.leaderLaps - a.leaderLaps || a.class.localeCompare(b.class));
  const out: CarLapSummary[] = [];
  for (const { class: cls } of classes) {
    for (const { rows: _r, lastElapsed: _e, ...car } of byClass.get(cls)!) out.push(car);
  }
  return { file, hash, cars: out, classes };
}
