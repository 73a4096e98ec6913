/**
 * Statistics from the laps (docs/data.md, "From the laps"): counted only from the lap analyses of races'
 * final classifications (a race session without `at`; a standing's analysis would count its laps twice),
 * once per session, from the summaries the graph keeps.
 *
 * | figure        | driver                                   | team and car model                          |
 * | lapsRaced     | laps driven                              | laps completed by its cars                  |
 * | lapsLed       | laps led in class while at the wheel     | laps its cars led in class                  |
 * | fastestLaps   | races in which they set the class's fastest lap | races in which one of its cars did   |
 * | timeAtWheelMs | the sum of the lap times of their laps   | (none: a car is always driven)              |
 *
 * A car's team and model are those of its entry in the session's merged classification (by number),
 * else the team the analysis names.
 */
import type { SessionLapSummary } from '../content/timing/types';
import type { ClassResult, Entry } from '../content/types';
import { workCounter } from './work-counter';

export interface LapStats {
  lapsRaced: number;
  lapsLed: number;
  fastestLaps: number;
  /** Drivers only. */
  timeAtWheelMs: number;
}

export type LapStatsKind = 'drivers' | 'teams' | 'cars';
export type LapStatsIndex = Record<LapStatsKind, Map<string, LapStats>>;

export const emptyLapStats = (): LapStats => ({ lapsRaced: 0, lapsLed: 0, fastestLaps: 0, timeAtWheelMs: 0 });

/** What lap statistics need of a session. */
export interface LapSession {
  type: string;
  at?: string;
  classes: readonly ClassResult[];
  laps?: SessionLapSummary;
}

/** Lap statistics of every driver, team and car model: O(cars and drivers of the sessions with laps). */
export function buildLapStats(sessions: readonly LapSession[], resolveTeam: (written: string) => string): LapStatsIndex {
  const out: LapStatsIndex = { drivers: new Map(), teams: new Map(), cars: new Map() };
  const get = (kind: LapStatsKind, id: string): LapStats => {
    let s = out[kind].get(id);
    if (!s) out[kind].set(id, (s = emptyLapStats()));
    return s;
  };
  for (const session of sessions) {
    const laps = session.laps;
    if (!laps || session.type !== 'race' || session.at !== undefined) continue;
    const byNumber = new Map<string, Entry>();
    for (const cls of session.classes) for (const e of cls.entries) if (e.number !== undefined) byNumber.set(e.number, e);
    const fastestBy: Record<LapStatsKind, Set<string>> = { drivers: new Set(), teams: new Set(), cars: new Set() };
    const fastestCars = new Set(laps.classes.map((c) => c.fastest && `${c.fastest.number}|${c.fastest.driverId}`));
    for (const car of laps.cars) {
      workCounter.steps += 1 + car.drivers.length;
      const entry = byNumber.get(car.number);
      const teamId = entry?.team?.id ?? (car.team ? resolveTeam(car.team) : undefined);
      const carId = entry?.car?.id;
      const setFastest = car.fastest !== null && fastestCars.has(`${car.number}|${car.fastest.driverId}`);
      for (const [kind, id] of [['teams', teamId], ['cars', carId]] as const) {
        if (!id) continue;
        const s = get(kind, id);
        s.lapsRaced += car.laps;
        s.lapsLed += car.lapsLed;
        if (setFastest) fastestBy[kind].add(id);
      }
      for (const d of car.drivers) {
        const s = get('drivers', d.driverId);
        s.lapsRaced += d.laps;
        s.lapsLed += d.lapsLed;
        s.timeAtWheelMs += d.ms;
      }
      if (setFastest) fastestBy.drivers.add(car.fastest!.driverId);
    }
    for (const kind of ['drivers', 'teams', 'cars'] as const) for (const id of fastestBy[kind]) get(kind, id).fastestLaps++;
  }
  return out;
}
