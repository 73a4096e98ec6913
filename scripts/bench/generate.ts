import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toId } from '../../lib/content/names';
import { distinctNames, driverNames, seriesNames, teamNames } from './names';
import { Random, Zipf } from './random';
import { timingCars, writeEditionTiming } from './timing-files';
import type { Car, EntryFacts } from './corpus-types';

export type { Car, EntryFacts } from './corpus-types';

/**
 * Writes a synthetic corpus of `n` articles in the editors' content format (docs/content-format.md):
 * 1–3 sessions, 2–5 classes, 40 entries per session, 2–4 drivers per entry drawn from a pool of about
 * n/3 drivers with Zipf-like reuse, names with diacritics, every time and gap notation of the contract,
 * and registry files for some drivers and teams and every event, circuit and series. Every race edition
 * gets the official timing of its race (content/timing/): a classification of the same facts as its
 * press reports, and, for one race in ten, a 24-hour lap analysis of 60 cars and about 380 laps each.
 * The last race edition's timing (with an analysis) is written into `<dir>-publish-later/` instead, for
 * the bench to publish on a running server (scripts/bench/publish.ts).
 */

export interface CorpusInfo {
  n: number;
  dir: string;
  drivers: number;
  teams: number;
  events: number;
  circuits: number;
  series: number;
  /** Total driver appearances (driver × entry). */
  appearances: number;
  /** The driver with the most appearances, for the page-weight measurement. */
  topDriver: { id: string; name: string; appearances: number; articles: number };
  topTeam: { id: string; name: string; entries: number };
  /** A mid-sized article, for the page-weight measurement. */
  sampleArticle: string;
  bytes: number;
  /** The lead photos the articles name (one article in five has one): scripts/bench/photos.ts draws them. */
  photos: string[];
  /** Race editions with official timing, and how many of them have a lap analysis; one analysis file. */
  timing: { editions: number; analyses: number; sampleAnalysis?: string };
  /** A race edition's timing folder held back from the content (a classification and a 24-hour analysis): `staged` holds its files, `path` is where it goes in the content directory. */
  publishTiming?: { staged: string; path: string; eventId: string; year: number; cars: number };
}

const CLASS_SETS: { classes: string[]; written: Record<string, string[]> }[] = [
  { classes: ['Hypercar', 'LMP2', 'LMGT3', 'LMGTE Am', 'LMP3'], written: { LMGT3: ['LMGT3', 'LM GT3'], 'LMGTE Am': ['LMGTE Am', 'GTE Am'] } },
  { classes: ['LMP1', 'LMP2', 'LMGTE Pro', 'LMGTE Am', 'Innovative Car'], written: { 'LMGTE Pro': ['LMGTE Pro', 'GTE Pro'], LMP2: ['LMP2', 'LMP 2'] } },
  { classes: ['GTP', 'LMP2', 'GTD Pro', 'GTD', 'LMP3'], written: { 'GTD Pro': ['GTD Pro', 'GTD-Pro'] } },
];

const CARS: Record<string, string[]> = {
  Hypercar: ['Toyota GR010 Hybrid', 'Ferrari 499P', 'Porsche 963', 'Cadillac V-Series.R', 'Peugeot 9X8', 'Alpine A424'],
  LMP1: ['Toyota TS050 Hybrid', 'Porsche 919 Hybrid', 'Audi R18', 'Rebellion R13'],
  GTP: ['Porsche 963', 'Cadillac V-Series.R', 'Acura ARX-06', 'BMW M Hybrid V8'],
  LMP2: ['Oreca 07', 'Ligier JS P217', 'Dallara P217'],
  LMP3: ['Ligier JS P320', 'Duqueine D08', 'Ginetta G61-LT-P3'],
  'LMGTE Pro': ['Porsche 911 RSR', 'Ferrari 488 GTE', 'Aston Martin Vantage GTE', 'Ford GT', 'Corvette C8.R'],
  'LMGTE Am': ['Porsche 911 RSR', 'Ferrari 488 GTE Evo', 'Aston Martin Vantage AMR'],
  LMGT3: ['Porsche 911 GT3 R', 'Ferrari 296 GT3', 'BMW M4 GT3', 'Lexus RC F GT3', 'McLaren 720S GT3 Evo'],
  'GTD Pro': ['Porsche 911 GT3 R', 'Corvette Z06 GT3.R', 'Lexus RC F GT3', 'BMW M4 GT3'],
  GTD: ['Lamborghini Huracán GT3 Evo2', 'Acura NSX GT3 Evo22', 'Mercedes-AMG GT3', 'Aston Martin Vantage GT3'],
  'Innovative Car': ['Nissan ZEOD RC'],
};

const SESSIONS = [
  { session: 'Free Practice 1', type: 'practice' },
  { session: 'Free Practice 2', type: 'practice' },
  // Qualifying sets the Hyperpole field; Hyperpole sets the grid, so only it gives the pole.
  { session: 'Qualifying', type: 'qualifying', provisional: true },
  { session: 'Hyperpole', type: 'qualifying' },
  { session: 'Race', type: 'race' },
] as const;

const CATEGORIES = ['Platinum', 'Gold', 'Silver', 'Bronze'];
const COUNTRIES = ['FR', 'GB', 'DE', 'IT', 'NL', 'BE', 'US', 'JP', 'DK', 'PT', 'ES', 'BR', 'AU', 'CH', 'AT', 'PL'];

/** Lap time in one of the contract's notations (quoted YAML text, or a bare YAML number of seconds). */
function timeNotation(ms: number, rng: Random): string {
  const m = Math.floor(ms / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  const f = ms % 1000;
  const ss = String(s).padStart(2, '0');
  const fff = String(f).padStart(3, '0');
  switch (rng.int(0, 8)) {
    case 0:
      return `"${m}:${ss}.${fff}"`;
    case 1:
      return `"${m}m ${ss}.${fff}s"`;
    case 2:
      return `"${m}m${ss}.${fff}s"`;
    case 3:
      return `"${m}: ${ss}.${fff}"`;
    case 4:
      return `"${m}'${ss}''${fff}'''"`;
    case 5:
      return `"${m}'${ss}.${fff}"`;
    case 6:
      return `"${m}'${ss}''${fff}''"`;
    case 7:
      return `"${m}.${ss}.${fff}"`;
    default:
      // What YAML makes of an unquoted 1:30.364: a number of seconds.
      return `${Math.floor(ms / 1000)}.${fff}`;
  }
}

function gapNotation(ms: number, rng: Random): string {
  if (ms >= 60000) {
    const m = Math.floor(ms / 60000);
    const s = Math.floor((ms % 60000) / 1000);
    return `"+${m}m${s}s"`;
  }
  const sec = `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}`;
  return rng.chance(0.5) ? `"+${sec}"` : `"+${sec}s"`;
}

const q = (s: string) => JSON.stringify(s);

/** The seed of one edition's facts (salt 0: its entry list; 1 + n: the order of session n). */
function editionSeed(seed: number, event: number, year: number, salt: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(event + 1, 7919) + Math.imul(year, 104729) + Math.imul(salt + 1, 15485863)) >>> 0;
}


/** An edition's entry list: its classes, 40 cars split over them (at least 3 each), and the base lap time. */
export function editionLineup(seed: number, e: number, year: number, set: (typeof CLASS_SETS)[number], driverZipf: Zipf, teamZipf: Zipf): { classes: string[]; lineup: Car[]; baseLap: number } {
  const er = new Random(editionSeed(seed, e, year, 0));
  const classCount = er.int(2, 5);
  const classes = set.classes.slice(0, classCount);
  const perClass = classes.map(() => 3);
  for (let k = 3 * classCount; k < 40; k++) perClass[er.int(0, classCount - 1)]!++;
  const lineup: Car[] = [];
  const seats = perClass.reduce((s, c) => s + c, 0) * 4;
  const pool = driverZipf.sampleDistinct(er, seats);
  let seat = 0;
  let number = er.int(1, 9);
  classes.forEach((cls, ci) => {
    for (let k = 0; k < perClass[ci]!; k++) {
      const crew = er.int(2, 4);
      const ds = pool.slice(seat, seat + crew);
      seat += crew;
      const team = teamZipf.sample(er);
      lineup.push({ number: String(number), team, car: er.pick(CARS[cls] ?? ['Oreca 07']), cls, drivers: ds, pace: er.next() });
      number += er.int(1, 7);
    }
  });
  return { classes, lineup, baseLap: er.int(88000, 215000) };
}


/**
 * The facts of one session of an edition (SESSIONS[session]), the same in every report of it and in its
 * official timing: the order, class by class, and each car's lap, gap, laps and retirement.
 */
export function sessionFacts(seed: number, e: number, year: number, session: number, lineup: readonly Car[], classes: readonly string[], baseLap: number): { classes: { cls: string; classLap: number; entries: EntryFacts[] }[] } {
  const race = SESSIONS[session]!.type === 'race';
  const sr = new Random(editionSeed(seed, e, year, 1 + session));
  const order = lineup.map((c, idx) => ({ c, idx, p: c.pace + sr.next() * 0.3 })).sort((a, b) => a.p - b.p);
  let overall = 0;
  const overallOf = new Map<number, number>();
  for (const o of order) overallOf.set(o.idx, ++overall);
  return {
    classes: classes.map((cls, ci) => {
      const inClass = order.filter((o) => o.c.cls === cls);
      const classLap = baseLap + ci * 6000 + sr.int(0, 900);
      let laps = race ? sr.int(150, 380) - ci * 12 : 0;
      const entries = inClass.map((o, pos): EntryFacts => {
        const dnf = race && pos > 2 && sr.chance(0.04);
        const lap = classLap + pos * sr.int(40, 900);
        const raceGap = sr.int(5000, 150000);
        const down = sr.int(1, 4);
        if (race && !dnf && pos >= 3) laps -= down;
        const lapsDone = dnf ? sr.int(10, 100) : Math.max(1, laps);
        return { car: o.c, overall: overallOf.get(o.idx)!, dnf, lap, raceGap, down, lapsDone };
      });
      return { cls, classLap, entries };
    }),
  };
}

export function generateCorpus(n: number, dir: string, seed = 20240611): CorpusInfo {
  const rng = new Random(seed + n);
  const driverCount = Math.max(300, Math.round(n / 3));
  const teamCount = Math.max(60, Math.round(n / 20));
  const eventCount = Math.max(12, Math.round(n / 100));
  const circuitCount = Math.max(10, Math.round(eventCount * 0.8));
  const seriesCount = 8;

  const drivers = driverNames(rng, driverCount);
  const driverIds = drivers.map(toId);
  const teams = teamNames(rng, teamCount);
  const series = seriesNames(rng, seriesCount);
  const circuits = distinctNames(rng, circuitCount, (r) => `${placeWord(r)} ${r.pick(['Circuit', 'International Raceway', 'Autodrome', 'Motor Speedway'])}`, false);
  const events = distinctNames(rng, eventCount, (r) => `${r.pick([4, 6, 8, 10, 12, 24])} Hours of ${placeWord(r)}`, false).map((name, i) => ({
    name,
    series: i % seriesCount,
    circuit: i % circuitCount,
    classSet: i % CLASS_SETS.length,
  }));

  const driverZipf = new Zipf(driverCount, 0.9);
  const teamZipf = new Zipf(teamCount, 0.8);
  const eventZipf = new Zipf(eventCount, 0.6);

  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  const appearances = new Int32Array(driverCount);
  const driverArticles = new Int32Array(driverCount);
  const teamEntries = new Int32Array(teamCount);
  const usedDrivers = new Set<number>();
  const usedTeams = new Set<number>();
  const usedEvents = new Set<number>();
  // Registered drivers may be written by an alias ("J. Surname") now and then.
  const registeredDriver = (d: number) => d % 10 === 3;
  let bytes = 0;
  let sampleArticle = '';
  const photos: string[] = [];
  /** Editions with a race reported, for their official timing. */
  const raceEditions = new Map<string, { e: number; year: number }>();

  const start = Date.UTC(2004, 0, 10);
  const spanDays = 21 * 365;
  for (let i = 0; i < n; i++) {
    const date = new Date(start + Math.floor((i * spanDays) / n) * 86400000).toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    const e = eventZipf.sample(rng);
    usedEvents.add(e);
    const event = events[e]!;
    const set = CLASS_SETS[event.classSet]!;
    // An edition's entry list and every session's order are facts: each report of it draws them from the
    // edition's own seed, so two reports of one session agree (the check would stop on a disagreement),
    // while the article's own draws choose what it reports and how it writes it.
    const { classes, lineup, baseLap } = editionLineup(seed, e, year, set, driverZipf, teamZipf);
    const classCount = classes.length;

    const sessionCount = rng.int(1, 3);
    const first = rng.int(0, SESSIONS.length - sessionCount);
    const sessions = SESSIONS.slice(first, first + sessionCount);
    if (sessions.some((s) => s.type === 'race')) raceEditions.set(`${e}/${year}`, { e, year });
    const seenDrivers = new Set<number>();
    const lines: string[] = [];
    const eventPlace = event.name.replace(/^\d+ Hours of /, '');
    const mainSession = sessions[sessions.length - 1]!;
    const title = `${eventPlace} ${year}: ${mainSession.session} report ${i + 1}`;
    const lang = i % 17 === 5 ? 'nl' : i % 23 === 7 ? 'fr' : undefined;
    lines.push('---');
    lines.push(`title: ${q(title)}`);
    lines.push(`description: ${q(`${mainSession.session} at the ${event.name} ${year}: class leaders, gaps and every entry of ${classCount} classes in report ${i + 1}.`)}`);
    lines.push(`date: ${date}`);
    if (lang) lines.push(`lang: ${lang}`);
    lines.push(`tags: [${q(eventPlace)}, ${q(mainSession.session)}]`);
    // One article in five has a lead photo (content/images/), as a newsroom's reports do.
    if (i % 5 === 2) {
      const photo = `photo-${i + 1}.jpg`;
      photos.push(photo);
      lines.push('image:', `  src: ${photo}`, `  alt: ${q(`The leading car at the ${event.name} ${year}`)}`, '  credit: Bench Photographer / Bench Agency');
    }
    lines.push('event:');
    lines.push(`  name: ${event.name}`);
    lines.push(`  year: ${year}`);
    // Events have registry entries that supply the series and circuit; some articles repeat them.
    if (rng.chance(0.3)) {
      lines.push(`  series: ${series[event.series]}`);
      lines.push(`  circuit: ${circuits[event.circuit]}`);
    }
    lines.push('results:');
    for (const s of sessions) {
      lines.push(`  - session: ${s.session}`);
      lines.push(`    type: ${s.type}`);
      if ('provisional' in s) lines.push('    provisional: true');
      const race = s.type === 'race';
      if (race && rng.chance(0.3)) lines.push(`    at: after ${rng.int(2, 23)} hours`);
      lines.push('    classes:');
      // The session's facts, the same in every report of it. Everyone's pace varies a bit from session to session.
      const facts = sessionFacts(seed, e, year, SESSIONS.indexOf(s), lineup, classes, baseLap);
      classes.forEach((cls, ci) => {
        const written = set.written[cls] ? rng.pick(set.written[cls]!) : cls;
        lines.push(`      - class: ${written}`);
        lines.push('        entries:');
        const { classLap } = facts.classes[ci]!;
        const leaderLaps = facts.classes[ci]!.entries[0]?.lapsDone ?? 0;
        facts.classes[ci]!.entries.forEach(({ car, overall, dnf, lap, raceGap, lapsDone }, pos) => {
          lines.push(`          - pos: ${pos + 1}`);
          if (rng.chance(0.5)) lines.push(`            overall: ${overall}`);
          lines.push(`            number: "${car.number}"`);
          lines.push(`            team: ${teams[car.team]}`);
          lines.push(`            car: ${car.car}`);
          const names = car.drivers.map((d) => {
            seenDrivers.add(d);
            appearances[d]!++;
            const name = drivers[d]!;
            if (registeredDriver(d) && rng.chance(0.05)) return `${name.charAt(0)}. ${name.split(' ').slice(1).join(' ')}`;
            return name;
          });
          if (rng.chance(0.15)) {
            lines.push('            drivers:');
            names.forEach((name, k) => lines.push(`              - { name: ${name}, category: ${CATEGORIES[(car.drivers[k]! + k) % 4]} }`));
          } else lines.push(`            drivers: [${names.join(', ')}]`);
          usedTeams.add(car.team);
          teamEntries[car.team]!++;
          if (pos === 0 || (!race && rng.chance(0.5))) lines.push(`            time: ${timeNotation(lap, rng)}`);
          else if (race) {
            if (dnf) lines.push('            status: DNF');
            else if (pos < 3) lines.push(`            gap: ${gapNotation(raceGap, rng)}`);
            else {
              // Laps down behind the class leader, as the official classification counts them.
              const down = leaderLaps - lapsDone;
              lines.push(`            gap: ${down === 1 ? '"+1 lap"' : `"+${down} laps"`}`);
            }
          } else lines.push(`            gap: ${gapNotation(lap - classLap, rng)}`);
          if (race) lines.push(`            laps: ${lapsDone}`);
          if (rng.chance(0.03)) lines.push(`            note: ${q('Best lap deleted for track limits')}`);
        });
      });
    }
    lines.push('---');
    lines.push('');
    for (const d of seenDrivers) {
      driverArticles[d]!++;
      usedDrivers.add(d);
    }
    lines.push(body(rng, lineup, drivers, teams, classes, sessions.map((s) => s.session), baseLap));
    const slug = `${date}-${toId(eventPlace)}-${toId(mainSession.session)}-${i + 1}`;
    const text = lines.join('\n');
    bytes += Buffer.byteLength(text);
    writeFileSync(join(articlesDir, `${slug}.mdx`), text);
    if (i === Math.floor(n / 2)) sampleArticle = slug;
  }

  // Official timing: every race edition's classification; one race in ten also a 24-hour lap analysis
  // of 60 cars (its 40 plus 20 more, placed after them so that the press's positions in class hold).
  const raceIndex = SESSIONS.findIndex((s) => s.type === 'race');
  const timing: CorpusInfo['timing'] = { editions: 0, analyses: 0 };
  let publishTiming: CorpusInfo['publishTiming'];
  const staging = `${dir}-publish-later`;
  [...raceEditions.values()].forEach(({ e, year }, k, all) => {
    const event = events[e]!;
    const set = CLASS_SETS[event.classSet]!;
    const { classes, lineup, baseLap } = editionLineup(seed, e, year, set, driverZipf, teamZipf);
    const facts = sessionFacts(seed, e, year, raceIndex, lineup, classes, baseLap);
    const held = k === all.length - 1 && k > 0;
    const withLaps = k % 10 === 0 || held;
    const extra: Car[] = [];
    if (withLaps) {
      const xr = new Random(editionSeed(seed, e, year, 99));
      const taken = new Set(lineup.flatMap((c) => c.drivers));
      const pool = driverZipf.sampleDistinct(xr, 200).filter((d) => !taken.has(d));
      let number = 900;
      for (let c = 0; c < 20 && pool.length >= 3; c++) {
        const cls = classes[c % classes.length]!;
        extra.push({ number: String(number++), team: teamZipf.sample(xr), car: xr.pick(CARS[cls] ?? ['Oreca 07']), cls, drivers: pool.splice(0, 3), pace: 1 });
      }
    }
    for (const car of extra) {
      usedTeams.add(car.team);
      for (const d of car.drivers) usedDrivers.add(d);
    }
    const cars = timingCars(facts.classes, extra, withLaps);
    const written = writeEditionTiming(held ? staging : dir, { eventName: event.name, year, cars, drivers, teams, withLaps, seed: editionSeed(seed, e, year, 98) });
    if (held) {
      const path = `timing/${toId(event.name)}/${year}`;
      publishTiming = { staged: join(staging, path), path, eventId: toId(event.name), year, cars: cars.length };
      return;
    }
    bytes += written.bytes;
    timing.editions++;
    if (written.analysis) {
      timing.analyses++;
      timing.sampleAnalysis ??= written.analysis;
    }
  });

  // Registry files: every event, circuit and series used; one driver in ten, one team in three.
  const write = (kind: string, name: string, fields: Record<string, string | number | string[]>) => {
    mkdirSync(join(dir, kind), { recursive: true });
    const lines = [`name: ${name}`];
    for (const [k, v] of Object.entries(fields)) lines.push(`${k}: ${Array.isArray(v) ? `[${v.map(q).join(', ')}]` : v}`);
    const text = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, kind, `${toId(name)}.yaml`), text);
  };
  const usedSeries = new Set<number>();
  const usedCircuits = new Set<number>();
  for (const e of usedEvents) {
    const ev = events[e]!;
    usedSeries.add(ev.series);
    usedCircuits.add(ev.circuit);
    write('events', ev.name, { series: series[ev.series]!, circuit: circuits[ev.circuit]! });
  }
  for (const s of usedSeries) write('series', series[s]!, { shortName: series[s]!.split(' ')[0]!.toUpperCase() });
  for (const c of usedCircuits) {
    write('circuits', circuits[c]!, { country: COUNTRIES[c % COUNTRIES.length]!, locality: circuits[c]!.split(' ')[0]!, lengthKm: (4 + (c % 10) * 0.613).toFixed(3) });
  }
  for (const d of usedDrivers) {
    if (!registeredDriver(d)) continue;
    const name = drivers[d]!;
    write('drivers', name, {
      nationality: COUNTRIES[d % COUNTRIES.length]!,
      born: `${1970 + (d % 30)}-0${1 + (d % 9)}-1${d % 10}`,
      aliases: [`${name.charAt(0)}. ${name.split(' ').slice(1).join(' ')}`],
    });
  }
  for (const t of usedTeams) if (t % 3 === 0) write('teams', teams[t]!, { country: COUNTRIES[t % COUNTRIES.length]! });

  let top = 0;
  for (let d = 1; d < driverCount; d++) if (appearances[d]! > appearances[top]!) top = d;
  let topTeam = 0;
  for (let t = 1; t < teamCount; t++) if (teamEntries[t]! > teamEntries[topTeam]!) topTeam = t;
  return {
    n,
    dir,
    drivers: usedDrivers.size,
    teams: usedTeams.size,
    events: usedEvents.size,
    circuits: usedCircuits.size,
    series: usedSeries.size,
    appearances: appearances.reduce((s, a) => s + a, 0),
    topDriver: { id: driverIds[top]!, name: drivers[top]!, appearances: appearances[top]!, articles: driverArticles[top]! },
    topTeam: { id: toId(teams[topTeam]!), name: teams[topTeam]!, entries: teamEntries[topTeam]! },
    sampleArticle,
    bytes,
    photos,
    timing,
    publishTiming,
  };
}

function placeWord(rng: Random): string {
  const parts = ['Ka', 'Lo', 'Ve', 'Mi', 'Ra', 'To', 'Sé', 'Bö', 'Fa', 'Gi', 'Ne', 'Pu', 'Dø', 'Ha', 'Ju', 'Wi'];
  const tails = ['rano', 'vella', 'stad', 'mont', 'burg', 'ville', 'ring', 'lund', 'sola', 'terre', 'dorf', 'haven'];
  return `${rng.pick(parts)}${rng.pick(parts).toLowerCase()}${rng.pick(tails)}`;
}

/** A report body of about 350 words with editor components, headings, emphasis and a link. */
function body(rng: Random, lineup: Car[], drivers: string[], teams: string[], classes: string[], sessions: string[], baseLap: number): string {
  const paragraphs: string[] = [];
  const lead = lineup[0]!;
  const d = (i: number) => drivers[i]!;
  const t = (i: number) => teams[i]!;
  const lap = `${Math.floor(baseLap / 60000)}:${String(Math.floor((baseLap % 60000) / 1000)).padStart(2, '0')}.${String(baseLap % 1000).padStart(3, '0')}`;
  paragraphs.push(
    `<Driver>${d(lead.drivers[0]!)}</Driver> set the pace for <Team>${t(lead.team)}</Team> with a best lap of ${lap}, ` +
      `ahead of the #${lineup[1]!.number} car shared by ${lineup[1]!.drivers.map(d).join(', ')}. The session ran without ` +
      `major interruptions, although a brief **full course yellow** bunched the field in the closing stages and several ` +
      `crews abandoned their final runs. The track temperature climbed steadily through the afternoon, and the ` +
      `_Michelin_ runners reported graining on the front axle after long stints.`,
  );
  classes.forEach((cls, ci) => {
    const inClass = lineup.filter((c) => c.cls === cls);
    const a = inClass[0]!;
    const b = inClass[1] ?? a;
    paragraphs.push(`## ${cls}`);
    paragraphs.push(
      `In ${cls}, <Team>${t(a.team)}</Team> led with the #${a.number} ${a.car} of <Driver>${d(a.drivers[0]!)}</Driver>, ` +
        `while ${d(b.drivers[0]!)} kept the #${b.number} close after a late push. ` +
        (ci % 2 === 0
          ? `Strategy will decide the class: the leaders plan double stints on the same set of tyres, and the stewards ` +
            `are watching track limits at the final chicane, where three laps were already deleted.`
          : `The gaps were small throughout, and the [official timing](https://example.com/timing) shows the top three ` +
            `within half a second after the second hour.`),
    );
    if (ci === 0 && rng.chance(0.5)) paragraphs.push(`<Results session="${sessions[sessions.length - 1]}" class="${cls}" />`);
  });
  paragraphs.push(
    `The next round follows in four weeks. Teams will test in between, and several crews are expected to change ` +
      `their line-ups, with ${d(lineup[2]!.drivers[0]!)} among the names linked to a move.`,
  );
  if (rng.chance(0.7)) paragraphs.push('<Results />');
  return `${paragraphs.join('\n\n')}\n`;
}
