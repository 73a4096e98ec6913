import { describe, expect, it } from 'vitest';
import { summarizeLaps } from '@/lib/content/timing/lap-summary';
import type { LapRow } from '@/lib/content/timing/types';
import type { ClassResult } from '@/lib/content/types';
import { buildLapStats, type LapSession } from '@/lib/graph/lap-stats';

/** A lap: car, driver, lap number, lap time (s), elapsed (s), pit entry. */
function lap(number: string, driver: string, n: number, lapS: number, elapsedS: number, pitIn = false, cls = 'Hypercar', team = 'Team ' + number): LapRow {
  return {
    number, class: cls, team, driverNumber: 1, driverId: driver.toLowerCase().replace(/ /g, '-'), driverName: driver,
    lap: n, lapMs: lapS * 1000, elapsedMs: elapsedS * 1000, pitIn, pitMs: null, line: 0,
  };
}

// Car 7: Ann laps 1–2 (leads lap 1), pits, Bob laps 3–4 (sets the class's fastest lap on lap 4).
// Car 8: Cid laps 1–4, leads laps 2–4. Car 92 (LMGT3): Dee, 3 laps, the class's fastest on lap 2.
const rows: LapRow[] = [
  lap('7', 'Ann A', 1, 100, 100), lap('7', 'Ann A', 2, 110, 210, true), lap('7', 'Bob B', 3, 120, 330), lap('7', 'Bob B', 4, 95, 425),
  lap('8', 'Cid C', 1, 101, 101), lap('8', 'Cid C', 2, 100, 201), lap('8', 'Cid C', 3, 100, 301), lap('8', 'Cid C', 4, 100, 401),
  lap('92', 'Dee D', 1, 120, 120, false, 'LMGT3'), lap('92', 'Dee D', 2, 110, 230, false, 'LMGT3'), lap('92', 'Dee D', 3, 115, 345, false, 'LMGT3'),
];
const summary = summarizeLaps(rows, 'a.csv', 'h');
const classes: ClassResult[] = [
  { id: 'hypercar', name: 'Hypercar', entries: [
    { number: '8', pos: 1, drivers: [], team: { id: 'toyota', written: 'Toyota' }, car: { id: 'gr010', written: 'GR010' } },
    { number: '7', pos: 2, drivers: [], team: { id: 'toyota', written: 'Toyota' }, car: { id: 'gr010', written: 'GR010' } },
  ] },
];
const race: LapSession = { type: 'race', classes, laps: summary };
const resolveTeam = (w: string) => w.toLowerCase().replace(/ /g, '-');

describe('lap statistics, rule by rule', () => {
  const stats = buildLapStats([race], resolveTeam);
  const d = (id: string) => stats.drivers.get(id);

  it('lapsRaced: the laps each driver drove; a team or model counts its cars\' laps', () => {
    expect([d('ann-a')?.lapsRaced, d('bob-b')?.lapsRaced, d('cid-c')?.lapsRaced, d('dee-d')?.lapsRaced]).toEqual([2, 2, 4, 3]);
    expect(stats.teams.get('toyota')?.lapsRaced).toBe(8);
    expect(stats.cars.get('gr010')?.lapsRaced).toBe(8);
  });

  it('lapsLed: a lap first completed in class counts for the driver at the wheel', () => {
    expect([d('ann-a')?.lapsLed, d('bob-b')?.lapsLed, d('cid-c')?.lapsLed, d('dee-d')?.lapsLed]).toEqual([1, 0, 3, 3]);
    expect(stats.teams.get('toyota')?.lapsLed).toBe(4);
  });

  it('timeAtWheelMs: the sum of the driver\'s lap times', () => {
    expect([d('ann-a')?.timeAtWheelMs, d('bob-b')?.timeAtWheelMs, d('cid-c')?.timeAtWheelMs]).toEqual([210_000, 215_000, 401_000]);
    expect(stats.teams.get('toyota')?.timeAtWheelMs).toBe(0);
  });

  it('fastestLaps: races in which the driver (or a car of the team) set the class\'s fastest lap', () => {
    expect([d('ann-a')?.fastestLaps, d('bob-b')?.fastestLaps, d('cid-c')?.fastestLaps, d('dee-d')?.fastestLaps]).toEqual([0, 1, 0, 1]);
    expect(stats.teams.get('toyota')?.fastestLaps).toBe(1);
    // The LMGT3 car has no entry in the classification: its team is the one the analysis names.
    expect(stats.teams.get('team-92')).toEqual({ lapsRaced: 3, lapsLed: 3, fastestLaps: 1, timeAtWheelMs: 0 });
  });

  it('counts each race once, and never a standing, a qualifying session or practice', () => {
    const twice = buildLapStats([race, race], resolveTeam);
    expect(twice.drivers.get('bob-b')).toEqual({ lapsRaced: 4, lapsLed: 0, fastestLaps: 2, timeAtWheelMs: 430_000 });
    const none = buildLapStats(
      [{ ...race, at: 'after 6 hours' }, { ...race, type: 'qualifying' }, { ...race, type: 'practice' }, { type: 'race', classes }],
      resolveTeam,
    );
    expect([none.drivers.size, none.teams.size, none.cars.size]).toEqual([0, 0, 0]);
  });
});
