/**
 * The bench's official timing: for a race edition of the synthetic corpus, the timekeeper's classification
 * of its race (the same facts as its press reports, every car) and, for one race in ten, a 24-hour lap
 * analysis of 60 cars and about 380 laps each, in the Al Kamel layouts (BOM, `;`, trailing `;`,
 * `First LAST`), with the timing.yaml that lists them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toId } from '../../lib/content/names';
import type { Car, EntryFacts } from './corpus-types';
import { Random } from './random';

const BOM = '\uFEFF';
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** 1:53.136 */
const lapText = (ms: number) => `${Math.floor(ms / 60000)}:${pad(Math.floor((ms % 60000) / 1000))}.${pad(ms % 1000, 3)}`;
/** 7:52:43.538 */
const clockText = (ms: number) => `${Math.floor(ms / 3600000)}:${pad(Math.floor((ms % 3600000) / 60000))}:${pad(Math.floor((ms % 60000) / 1000))}.${pad(ms % 1000, 3)}`;
/** 4:00'04.690 */
const raceText = (ms: number) => `${Math.floor(ms / 3600000)}:${pad(Math.floor((ms % 3600000) / 60000))}'${pad(Math.floor((ms % 60000) / 1000))}.${pad(ms % 1000, 3)}`;
/** Matthieu Vaxivière → Matthieu VAXIVIÈRE. */
const timekeeperName = (name: string) => {
  const [first, ...rest] = name.split(' ');
  return [first, ...rest.map((w) => w.toUpperCase())].join(' ');
};

export interface TimingCar {
  car: Car;
  cls: string;
  overall: number;
  dnf: boolean;
  laps: number;
  lap: number;
  /** The time behind its class leader the press reports give (ms, same laps): the classification agrees. */
  classGapMs?: number;
}

export interface EditionTiming {
  eventName: string;
  year: number;
  /** Every car of the race, the press reports' facts first (their positions in class kept). */
  cars: TimingCar[];
  drivers: readonly string[];
  teams: readonly string[];
  /** Write the 24-hour analysis too. */
  withLaps: boolean;
  seed: number;
}

/** The race's cars as the timing lists them: the reported ones, then, for an analysis, more to make 60. */
export function timingCars(classes: readonly { cls: string; classLap: number; entries: EntryFacts[] }[], extra: Car[], withLaps: boolean): TimingCar[] {
  const cars: TimingCar[] = [];
  classes.forEach(({ cls, entries }, ci) => {
    // The press's laps down behind the class leader are the official ones (the press is never contradicted).
    const leaderLaps = entries[0]?.lapsDone ?? 0;
    entries.forEach((f, pos) => {
      const laps = !withLaps ? f.lapsDone : f.dnf ? Math.min(f.lapsDone * 2, 200) : 385 - ci * 15 - (leaderLaps - f.lapsDone);
      const car: TimingCar = { car: f.car, cls, overall: f.overall, dnf: f.dnf, laps, lap: f.lap };
      if (pos > 0 && pos < 3 && !f.dnf && f.lapsDone === leaderLaps) car.classGapMs = f.raceGap;
      cars.push(car);
    });
  });
  let overall = cars.length;
  for (const car of extra) {
    const ci = Math.max(0, classes.findIndex((c) => c.cls === car.cls));
    const c = classes[ci]!;
    cars.push({ car, cls: car.cls, overall: ++overall, dnf: false, laps: 385 - ci * 15 - 25, lap: c.classLap + 2000 });
  }
  return cars.sort((a, b) => a.overall - b.overall);
}

/** Writes content/timing/<event-id>/<year>/ for one edition; returns the bytes written and the analysis file, if any. */
export function writeEditionTiming(dir: string, t: EditionTiming): { bytes: number; analysis?: string } {
  const folder = join(dir, 'timing', toId(t.eventName), String(t.year));
  mkdirSync(folder, { recursive: true });
  const classification = '05_Classification_Race_Hour 24.CSV';
  const analysis = '23_Analysis_Race_Hour 24.CSV';
  const yaml = [
    `event: ${t.eventName}`,
    `year: ${t.year}`,
    'source: Al Kamel Systems',
    'sessions:',
    '  - session: Race',
    '    type: race',
    `    classification: "${classification}"`,
    ...(t.withLaps ? [`    laps: "${analysis}"`] : []),
    '',
  ].join('\n');
  writeFileSync(join(folder, 'timing.yaml'), yaml);
  const csv = classificationCsv(t);
  writeFileSync(join(folder, classification), csv);
  let bytes = yaml.length + Buffer.byteLength(csv);
  if (!t.withLaps) return { bytes };
  const laps = analysisCsv(t);
  writeFileSync(join(folder, analysis), laps);
  bytes += Buffer.byteLength(laps);
  return { bytes, analysis: join(folder, analysis) };
}

function classificationCsv(t: EditionTiming): string {
  const lines = ['POSITION;NUMBER;TEAM;DRIVER_1;DRIVER_2;DRIVER_3;DRIVER_4;VEHICLE;CLASS;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;FL_LAPNUM;FL_TIME;'];
  const leader = t.cars[0]!;
  const leaderTotal = leader.laps * (leader.lap + 1500);
  // Each class leader's race time: a car the press puts some seconds behind it finishes that much later.
  const classLeaderTotal = new Map<string, number>();
  for (const c of t.cars) if (!classLeaderTotal.has(c.cls)) classLeaderTotal.set(c.cls, c.laps * (c.lap + 1500));
  for (const c of t.cars) {
    const crew = [0, 1, 2, 3].map((k) => (c.car.drivers[k] === undefined ? '' : timekeeperName(t.drivers[c.car.drivers[k]!]!)));
    const total = c.classGapMs === undefined ? c.laps * (c.lap + 1500) : classLeaderTotal.get(c.cls)! + c.classGapMs;
    const gap = c === leader ? '' : c.laps < leader.laps ? `${leader.laps - c.laps} Laps` : lapText(Math.max(0, total - leaderTotal));
    lines.push([c.overall, c.car.number, t.teams[c.car.team], ...crew, c.car.car, c.cls, c.dnf ? 'Retired' : 'Classified', c.laps, raceText(total), gap, Math.max(1, Math.floor(c.laps / 2)), lapText(c.lap), ''].join(';'));
  }
  return `${BOM}${lines.join('\n')}\n`;
}

/** Every lap of every car: stints of about 30 laps, a driver change at every other stop, pit time on the lap out. */
function analysisCsv(t: EditionTiming): string {
  const rng = new Random(t.seed);
  const head = 'NUMBER; DRIVER_NUMBER; LAP_NUMBER; LAP_TIME; LAP_IMPROVEMENT; CROSSING_FINISH_LINE_IN_PIT; S1; S1_IMPROVEMENT; S2; S2_IMPROVEMENT; S3; S3_IMPROVEMENT; KPH; ELAPSED; HOUR;S1_LARGE;S2_LARGE;S3_LARGE;TOP_SPEED;DRIVER_NAME;PIT_TIME;CLASS;GROUP;TEAM;MANUFACTURER;FLAG_AT_FL;S1_SECONDS;S2_SECONDS;S3_SECONDS;';
  const out: string[] = [head];
  for (const c of t.cars) {
    const crew = c.car.drivers.map((d) => timekeeperName(t.drivers[d]!));
    let elapsed = 0;
    let driver = 0;
    let stint = 0;
    let pitNext = 0;
    let best = Infinity;
    const stintLength = rng.int(26, 34);
    for (let lap = 1; lap <= c.laps; lap++) {
      let ms = c.lap + rng.int(0, 2500);
      const pitMs = pitNext;
      ms += pitMs;
      pitNext = 0;
      stint++;
      const pitIn = stint >= stintLength && lap < c.laps;
      if (pitIn) {
        ms += 20000;
        pitNext = rng.int(55000, 95000);
      }
      elapsed += ms;
      const improved = lap > 1 && ms < best;
      if (improved) best = ms;
      const s1 = Math.floor(ms * 0.31);
      const s2 = Math.floor(ms * 0.37);
      const s3 = ms - s1 - s2;
      out.push(
        [
          c.car.number, driver + 1, lap, lapText(ms), improved ? 2 : 0, pitIn ? 'B' : '', lapText(s1), 0, lapText(s2), 0, lapText(s3), 0, '171.2',
          clockText(elapsed), clockText(14 * 3600000 + elapsed), lapText(s1), lapText(s2), lapText(s3), '270.1', crew[driver], pitMs ? clockText(pitMs) : '',
          c.cls.toUpperCase(), '', t.teams[c.car.team], c.car.car.split(' ')[0], 'GF', (s1 / 1000).toFixed(3), (s2 / 1000).toFixed(3), (s3 / 1000).toFixed(3), '',
        ].join(';'),
      );
      if (pitIn) {
        stint = 0;
        if (rng.chance(0.5)) driver = (driver + 1) % crew.length;
      }
    }
  }
  return `${BOM}${out.join('\r\n')}\r\n`;
}
