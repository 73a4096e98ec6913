import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAnalysis } from '@/lib/content/timing/analysis';
import { readClassification } from '@/lib/content/timing/classification';
import { summarizeLaps } from '@/lib/content/timing/lap-summary';

/**
 * The real samples (content/timing/, copied from ../shared/timing-samples). Every expected figure is either
 * worked out here by a few plain lines over the raw text, or checked by hand against the file.
 */
const IMOLA = "content/timing/4-hours-of-imola/2014/05_Classification_Race_Hour 4.CSV";
const BAHRAIN = 'content/timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV';

/** The raw file as records keyed by trimmed column name, with no help from the code under test. */
function rawRecords(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  const names = lines[0]!.split(';').map((n) => n.trim());
  return lines.slice(1).map((l) => {
    const cells = l.split(';');
    return Object.fromEntries(names.map((n, i) => [n, (cells[i] ?? '').trim()]));
  });
}

/** `7:52:43.538`, `1:53.136`, `0:01:21.204` → ms, the plain way. */
function ms(text: string): number {
  const parts = text.split(':').map(Number);
  let seconds = 0;
  for (const p of parts) seconds = seconds * 60 + p;
  return Math.round(seconds * 1000);
}

describe('the 2014 4 Hours of Imola classification', () => {
  const raw = rawRecords(IMOLA);
  const read = readClassification(readFileSync(IMOLA, 'utf8'), IMOLA, { type: 'race' });

  it('reads all 37 cars without a problem', () => {
    expect(read.problems).toEqual([]);
    expect(raw).toHaveLength(37);
    expect(read.rows).toHaveLength(37);
  });

  it('gives each car its position in class: the order of POSITION within CLASS', () => {
    const expected = new Map<string, number>();
    const counts: Record<string, number> = {};
    for (const r of [...raw].sort((a, b) => Number(a.POSITION) - Number(b.POSITION))) {
      counts[r.CLASS!] = (counts[r.CLASS!] ?? 0) + 1;
      expected.set(r.NUMBER!, counts[r.CLASS!]!);
    }
    expect(new Map(read.rows.map((r) => [r.number, r.pos]))).toEqual(expected);
    // By hand: the class winners, and the last car of GTC.
    const winners = read.rows.filter((r) => r.pos === 1).map((r) => [r.class, r.number]);
    expect(winners).toEqual([['LMP2', '38'], ['LMGTE', '72'], ['GTC', '60']]);
    expect(read.rows.find((r) => r.number === '75')).toMatchObject({ class: 'GTC', pos: 14, overall: 34 });
  });

  it('maps the statuses: five cars not classified, the rest classified', () => {
    const nc = raw.filter((r) => r.STATUS === 'Not classified').map((r) => r.NUMBER);
    expect(nc).toEqual(['43', '75', '80', '48', '54']);
    expect(read.rows.filter((r) => r.status === 'NC').map((r) => r.number)).toEqual(nc);
    expect(read.rows.filter((r) => r.status === undefined)).toHaveLength(32);
  });

  it('measures the gap in class to the class winner', () => {
    const gap = (n: string) => read.rows.find((r) => r.number === n)!.classGap;
    expect(gap('38')).toBeUndefined();
    expect(gap('24')).toEqual({ kind: 'time', ms: 28_869, digits: 3 }); // 4:00'33.559 − 4:00'04.690
    expect(gap('41')).toEqual({ kind: 'laps', laps: 1 }); // 138 laps to 139
    expect(gap('81')).toEqual({ kind: 'time', ms: 1_035, digits: 3 }); // 4:00'21.670 − 4:00'20.635
    expect(gap('66')).toEqual({ kind: 'time', ms: 26_281, digits: 3 }); // 4:00'46.916 − 4:00'20.635
    expect(gap('73')).toEqual({ kind: 'time', ms: 9_672, digits: 3 }); // GTC: 4:01'32.435 − 4:01'22.763
    expect(gap('43')).toEqual({ kind: 'laps', laps: 3 }); // NC, 136 laps to 139
  });

  it('gives every car its overall position, laps, total time, fastest lap and gap in class, worked out from the raw file', () => {
    /** `4:00'04.690`, `1'36.144`: the apostrophe separates minutes and seconds. */
    const t = (text: string) => ms(text.replace("'", ':'));
    const winner = new Map<string, Record<string, string>>();
    for (const r of [...raw].sort((a, b) => Number(a.POSITION) - Number(b.POSITION))) if (!winner.has(r.CLASS!)) winner.set(r.CLASS!, r);
    const expected = raw.map((r) => {
      const w = winner.get(r.CLASS!)!;
      const behind = Number(w.LAPS) - Number(r.LAPS);
      const classGap = r === w ? undefined : behind > 0 ? { kind: 'laps', laps: behind } : { kind: 'time', ms: t(r.TOTAL_TIME!) - t(w.TOTAL_TIME!), digits: 3 };
      return [r.NUMBER, r.CLASS, Number(r.POSITION), Number(r.LAPS), t(r.TOTAL_TIME!), t(r.FL_TIME!), Number(r.FL_LAPNUM), classGap];
    });
    expect(read.rows.map((r) => [r.number, r.class, r.overall, r.laps, r.totalMs, r.bestMs, r.bestLap, r.classGap])).toEqual(expected);
  });

  it('maps every car\'s status from the raw STATUS column, and keeps the crews in the file\'s order', () => {
    const status = (s: string) => ({ Classified: undefined, 'Not classified': 'NC' })[s];
    expect(raw.every((r) => r.STATUS === 'Classified' || r.STATUS === 'Not classified')).toBe(true);
    expect(read.rows.map((r) => [r.number, r.status])).toEqual(raw.map((r) => [r.NUMBER, status(r.STATUS!)]));
    // A crew: the non-empty DRIVER_n cells in order; compared case-blind (the site writes natural case).
    const crew = (r: Record<string, string>) => ['DRIVER_1', 'DRIVER_2', 'DRIVER_3', 'DRIVER_4'].map((k) => r[k]!).filter(Boolean).map((n) => n.toLowerCase());
    expect(read.rows.map((r) => r.drivers.map((n) => n.toLowerCase()))).toEqual(raw.map(crew));
  });

  it('keeps the crews in natural case and the times in milliseconds', () => {
    const car = (n: string) => read.rows.find((r) => r.number === n)!;
    expect(car('41').drivers).toEqual(['Tom Kimber-Smith', 'Matthew McMurry']);
    expect(car('75').drivers).toEqual(['Paul van Splunteren', 'Gilles Vannelet', 'Maxime Soulet']);
    expect(car('56').drivers).toEqual(['Alexander Talkanitsa Jr', 'Alexander Talkanitsa', 'Pierre Kaffer']);
    expect(car('38')).toMatchObject({ team: 'Jota Sport', car: 'Zytek Z11SN - Nissan', laps: 139, totalMs: 14_404_690, bestMs: 96_144, bestLap: 71 });
  });
});

describe('the 2024 8 Hours of Bahrain analysis', () => {
  const raw = rawRecords(BAHRAIN);
  const read = readAnalysis(readFileSync(BAHRAIN, 'utf8'), BAHRAIN);
  const summary = summarizeLaps(read.rows, BAHRAIN, 'h');
  const car = (n: string) => summary.cars.find((c) => c.number === n)!;

  /** Independently: every figure of every car from the raw records. */
  const byCar = new Map<string, Record<string, string>[]>();
  for (const r of raw) byCar.set(r.NUMBER!, [...(byCar.get(r.NUMBER!) ?? []), r]);
  const leaderOf = new Map<string, string>();
  const bestElapsed = new Map<string, number>();
  for (const r of raw) {
    const key = `${r.CLASS}/${r.LAP_NUMBER}`;
    const e = ms(r.ELAPSED!);
    if (!bestElapsed.has(key) || e < bestElapsed.get(key)!) {
      bestElapsed.set(key, e);
      leaderOf.set(key, r.NUMBER!);
    }
  }

  it('reads 7,486 laps of 36 cars without a problem', () => {
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(7_486);
    expect(summary.cars).toHaveLength(36);
    expect(byCar.size).toBe(36);
  });

  it('counts laps completed, laps led in class, pit stops, pit time and stints for every car', () => {
    for (const [number, rows] of byCar) {
      const last = rows[rows.length - 1]!;
      const entries = rows.filter((r) => r.CROSSING_FINISH_LINE_IN_PIT === 'B');
      const stops = entries.filter((r) => r !== last).length;
      const pitMs = rows.reduce((s, r) => s + (r.PIT_TIME ? ms(r.PIT_TIME) : 0), 0);
      const led = rows.filter((r) => leaderOf.get(`${r.CLASS}/${r.LAP_NUMBER}`) === number).length;
      const stints = entries.length + (last.CROSSING_FINISH_LINE_IN_PIT === 'B' ? 0 : 1);
      const c = car(number);
      expect([number, c.laps, c.lapsLed, c.pitStops, c.pitMs, c.stints.length]).toEqual([number, Number(last.LAP_NUMBER), led, stops, pitMs, stints]);
    }
  });

  it('splits the time at the wheel, the laps and the laps led by driver', () => {
    for (const [number, rows] of byCar) {
      const drivers = new Map<string, { laps: number; ms: number; lapsLed: number }>();
      for (const r of rows) {
        const d = drivers.get(r.DRIVER_NAME!) ?? { laps: 0, ms: 0, lapsLed: 0 };
        d.laps++;
        d.ms += r.LAP_TIME ? ms(r.LAP_TIME) : 0;
        if (leaderOf.get(`${r.CLASS}/${r.LAP_NUMBER}`) === number) d.lapsLed++;
        drivers.set(r.DRIVER_NAME!, d);
      }
      const got = new Map(car(number).drivers.map((d) => [d.name.toLowerCase(), { laps: d.laps, ms: d.ms, lapsLed: d.lapsLed }]));
      expect(got).toEqual(new Map([...drivers].map(([name, d]) => [name.toLowerCase(), d])));
    }
  });

  it('finds each car\'s fastest lap among the laps the timekeeper marks as improvements', () => {
    for (const [number, rows] of byCar) {
      const marked = rows.filter((r) => r.LAP_IMPROVEMENT === '2' || r.LAP_IMPROVEMENT === '3');
      const best = marked.reduce((a, b) => (ms(b.LAP_TIME!) < ms(a.LAP_TIME!) ? b : a));
      const f = car(number).fastest!;
      expect([number, f.lap, f.ms]).toEqual([number, Number(best.LAP_NUMBER), ms(best.LAP_TIME!)]);
    }
  });

  it('splits every car\'s laps into the same stints: a new one after a pit entry (or on a change of driver)', () => {
    for (const [number, rows] of byCar) {
      const expected: [string, number, number, number, number][] = [];
      rows.forEach((r, i) => {
        const prev = rows[i - 1];
        if (!prev || prev.CROSSING_FINISH_LINE_IN_PIT === 'B' || prev.DRIVER_NAME !== r.DRIVER_NAME) expected.push([r.DRIVER_NAME!.toLowerCase(), Number(r.LAP_NUMBER), 0, 0, 0]);
        const s = expected[expected.length - 1]!;
        s[2] = Number(r.LAP_NUMBER);
        s[3]++;
        s[4] += r.LAP_TIME ? ms(r.LAP_TIME) : 0;
      });
      const c = car(number);
      const nameOf = new Map(c.drivers.map((d) => [d.driverId, d.name.toLowerCase()]));
      const got = c.stints.map((s) => [nameOf.get(s.driverId), s.fromLap, s.toLap, s.laps, s.ms]);
      expect([number, got]).toEqual([number, expected]);
    }
  });

  it('names the driver of every car\'s fastest lap, and each class\'s fastest lap and order at the flag', () => {
    const classFastest = new Map<string, Record<string, string>>();
    for (const [number, rows] of byCar) {
      const marked = rows.filter((r) => r.LAP_IMPROVEMENT === '2' || r.LAP_IMPROVEMENT === '3');
      const best = marked.reduce((a, b) => (ms(b.LAP_TIME!) < ms(a.LAP_TIME!) ? b : a));
      const c = car(number);
      const driver = c.drivers.find((d) => d.driverId === c.fastest!.driverId)!;
      expect([number, driver.name.toLowerCase()]).toEqual([number, best.DRIVER_NAME!.toLowerCase()]);
      const held = classFastest.get(best.CLASS!);
      if (!held || ms(best.LAP_TIME!) < ms(held.LAP_TIME!)) classFastest.set(best.CLASS!, best);
    }
    const got = new Map(summary.classes.map((k) => [k.class.toUpperCase(), [k.fastest!.number, k.fastest!.lap, k.fastest!.ms]]));
    expect(got).toEqual(new Map([...classFastest].map(([cls, r]) => [cls, [r.NUMBER, Number(r.LAP_NUMBER), ms(r.LAP_TIME!)]])));
    // At the flag: in class, more laps first, then the earlier last crossing of the line.
    for (const cls of new Set(raw.map((r) => r.CLASS!))) {
      const order = [...byCar.values()]
        .filter((rows) => rows[0]!.CLASS === cls)
        .map((rows) => rows[rows.length - 1]!)
        .sort((a, b) => Number(b.LAP_NUMBER) - Number(a.LAP_NUMBER) || ms(a.ELAPSED!) - ms(b.ELAPSED!))
        .map((r, i) => [r.NUMBER, i + 1]);
      expect(order.map(([n]) => [n, car(n as string).posAtFlag])).toEqual(order);
    }
  });

  it('matches the figures checked by hand for three cars and both classes', () => {
    // #8 Toyota: 235 laps; Buemi's 1:50.492 on lap 208 (lap 1's 1:49.935 is timed from the start);
    // 9 pit entries, the last on lap 205, so 10 stints; 31 laps led, all by Buemi.
    expect(car('8')).toMatchObject({ class: 'Hypercar', laps: 235, lapsLed: 31, pitStops: 9, pitMs: 601_966, posAtFlag: 1 });
    expect(car('8').fastest).toEqual({ lap: 208, ms: 110_492, driverId: 'sebastien-buemi' });
    expect(car('8').stints).toHaveLength(10);
    expect(car('8').drivers).toEqual([
      { driverId: 'sebastien-buemi', name: 'Sébastien Buemi', laps: 112, ms: 13_720_906, lapsLed: 31 },
      { driverId: 'brendon-hartley', name: 'Brendon Hartley', laps: 64, ms: 7_504_312, lapsLed: 0 },
      { driverId: 'ryo-hirakawa', name: 'Ryo Hirakawa', laps: 59, ms: 7_660_621, lapsLed: 0 },
    ]);
    // #7 Toyota: retired into the pits at the end of lap 175: 7 pit entries, 6 stops, 7 stints.
    expect(car('7')).toMatchObject({ laps: 175, lapsLed: 8, pitStops: 6 });
    expect(car('7').stints.at(-1)).toMatchObject({ toLap: 175 });
    expect(car('7').stints).toHaveLength(7);
    // #55 Vista AF Corse: first of LMGT3 across the line; Rovera's 2:02.970 on lap 196.
    expect(car('55')).toMatchObject({ class: 'LMGT3', laps: 214, lapsLed: 33, pitStops: 8, pitMs: 637_573, posAtFlag: 1 });
    expect(car('55').fastest).toEqual({ lap: 196, ms: 122_970, driverId: 'alessio-rovera' });
    expect(summary.classes).toEqual([
      { class: 'Hypercar', leaderLaps: 235, fastest: { number: '8', driverId: 'sebastien-buemi', lap: 208, ms: 110_492 } },
      { class: 'LMGT3', leaderLaps: 214, fastest: { number: '60', driverId: 'matteo-cairoli', lap: 193, ms: 121_914 } },
    ]);
  });

  it('orders the cars by class, then position at the flag, and every lap is led by exactly one car', () => {
    // By hand: the last crossings of the cars on 235 laps, 8:01:25.839, 8:01:53.378, 8:01:55.016.
    expect(summary.cars.slice(0, 3).map((c) => c.number)).toEqual(['8', '51', '5']);
    const hyper = summary.cars.filter((c) => c.class === 'Hypercar');
    expect(hyper.map((c) => c.posAtFlag)).toEqual(hyper.map((_, i) => i + 1));
    expect(hyper.reduce((s, c) => s + c.lapsLed, 0)).toBe(235);
    expect(summary.cars.filter((c) => c.class === 'LMGT3').reduce((s, c) => s + c.lapsLed, 0)).toBe(214);
  });
});
