import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/check/build-content';
import { readContent } from '@/lib/content/read-files';
import { entityData } from '@/lib/data/entity-data';
import { buildGraph } from '@/lib/graph/build';
import { statsOf } from '@/lib/graph/stats';
import type { Graph } from '@/lib/graph/types';
import { rawArticle } from '../fixtures/corpus';

/** The graph of the site's content, official timing included. */
let graph: Graph;
let resolveDriver: (written: string) => string | undefined;
let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'timing-graph-'));
  process.env.TIMING_CACHE_DIR = cache;
  const read = readContent('content');
  const built = buildContent(read.articles, read.registries, { timing: read.timing });
  expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
  graph = buildGraph(built.content);
  resolveDriver = (written) => built.content.resolve('drivers', written);
});
afterAll(() => {
  delete process.env.TIMING_CACHE_DIR;
  rmSync(cache, { recursive: true, force: true });
});

const BAHRAIN_CSV = 'content/timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV';

describe('official timing in the graph', () => {
  it('makes the 2014 4 Hours of Imola an edition from its classification alone, counted, in full', () => {
    const edition = graph.editions.get('4-hours-of-imola/2014')!;
    expect(edition).toMatchObject({ seriesId: 'european-le-mans-series', circuitId: 'autodromo-enzo-e-dino-ferrari', articles: [] });
    expect(edition.sessions).toHaveLength(1);
    const race = edition.sessions[0]!;
    expect(race).toMatchObject({ slug: 'race', name: 'Race', type: 'race', counted: true, reports: [] });
    expect(race.unofficial).toBeUndefined();
    expect(race.timing).toMatchObject({ file: 'content/timing/4-hours-of-imola/2014/timing.yaml', source: 'Al Kamel Systems' });
    expect(race.classes.map((c) => [c.name, c.entries.length])).toEqual([['LMP2', 9], ['LMGTE', 14], ['GTC', 14]]);
    const lmp2 = race.classes[0]!.entries;
    expect(lmp2.map((e) => e.number)).toEqual(['38', '24', '36', '41', '46', '29', '34', '43', '48']);
    expect(lmp2.map((e) => e.pos)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(lmp2[7]).toMatchObject({ status: 'NC', laps: 136, gap: { kind: 'laps', laps: 3 } });
    expect(graph.drivers.get('matthew-mcmurry')?.name).toBe('Matthew McMurry');
    expect(graph.drivers.get('paul-van-splunteren')?.name).toBe('Paul van Splunteren');
  });

  it('counts the classification by the contract: starts, class wins, podiums', () => {
    expect(statsOf(graph.stats, 'drivers', 'simon-dolan')).toMatchObject({ starts: 1, classWins: 1, podiums: 1 });
    expect(statsOf(graph.stats, 'drivers', 'oliver-webb')).toMatchObject({ starts: 1, classWins: 0, podiums: 1 });
    expect(statsOf(graph.stats, 'drivers', 'christian-klien')).toMatchObject({ starts: 1, podiums: 0, dnfs: 0 });
    // "Jota Sport" is an alias of the registered team Jota.
    expect(statsOf(graph.stats, 'teams', 'jota')).toMatchObject({ starts: 1, classWins: 1 });
    // A driver named only by the timing gets a page, with the appearance linked to the session.
    const rows = graph.entriesBy.drivers.get('simon-dolan')!;
    expect(rows.map((e) => [e.article, e.official, e.eventId, e.year, e.pos])).toEqual([['', true, '4-hours-of-imola', 2014, 1]]);
  });

  it('shows the 2024 8 Hours of Bahrain from its laps alone: the order at the flag, unofficial, counted nowhere', () => {
    const race = graph.editions.get('8-hours-of-bahrain/2024')!.sessions.find((s) => s.slug === 'race')!;
    expect(race).toMatchObject({ type: 'race', counted: false, unofficial: true });
    const hash = createHash('sha256').update(readFileSync(BAHRAIN_CSV)).digest('hex');
    expect(race.timing?.laps).toEqual({ file: BAHRAIN_CSV, hash });
    expect(race.laps).toMatchObject({ file: BAHRAIN_CSV, hash });
    expect(race.laps!.cars).toHaveLength(36);
    expect(race.classes.map((c) => [c.name, c.entries.length, c.entries[0]!.number])).toEqual([['Hypercar', 18, '8'], ['LMGT3', 18, '55']]);
    expect(statsOf(graph.stats, 'drivers', 'sebastien-buemi').classWins).toBe(0);
    const buemi = graph.entriesBy.drivers.get('sebastien-buemi')!.find((e) => e.year === 2024)!;
    expect([buemi.pos, buemi.counted, buemi.kind]).toEqual([1, false, 'unofficial order at the flag']);
    // `Alessandro PIER GUIDI` is the driver already on the site.
    expect(graph.drivers.get('alessandro-pier-guidi')).toMatchObject({ name: 'Alessandro Pier Guidi', registered: true });
  });

  it('counts the laps into the drivers\' data.json stats, never into starts', () => {
    // Mike Conway, #7: 63 laps (figures worked out by hand from the file), 1 led; no start (no classification).
    const conway = entityData(graph, 'drivers', 'mike-conway')!;
    expect(conway.stats).toMatchObject({ lapsRaced: 63, lapsLed: 1, fastestLaps: 0, timeAtWheelMs: 7_315_452 });
    expect(statsOf(graph.stats, 'drivers', 'sebastien-buemi')).toMatchObject({ lapsRaced: 112, lapsLed: 31, fastestLaps: 1, timeAtWheelMs: 13_720_906 });
    const team = entityData(graph, 'teams', 'toyota-gazoo-racing')!;
    expect(team.stats).toMatchObject({ lapsRaced: 235 + 175, lapsLed: 31 + 8, fastestLaps: 1 });
    expect('timeAtWheelMs' in team.stats).toBe(false);
  });

  it('counts every Bahrain driver\'s laps, laps led, fastest laps and time at the wheel as the raw file gives them', () => {
    // The analysis read here with no help from the code under test.
    const lines = readFileSync(BAHRAIN_CSV, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
    const head = lines[0]!.split(';').map((h) => h.trim());
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(';').map((v, i) => [head[i], v.trim()])));
    const ms = (t: string) => Math.round(t.split(':').reduce((a, p) => a * 60 + Number(p), 0) * 1000);
    /** A name compared case- and accent-blind: the file writes `Matthieu VAXIVIERE`, the registry Vaxivière. */
    const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const leader = new Map<string, Record<string, string>>();
    const fastest = new Map<string, Record<string, string>>();
    for (const r of rows) {
      const key = `${r.CLASS}/${r.LAP_NUMBER}`;
      if (!leader.has(key) || ms(r.ELAPSED!) < ms(leader.get(key)!.ELAPSED!)) leader.set(key, r);
      const improved = r.LAP_IMPROVEMENT === '2' || r.LAP_IMPROVEMENT === '3';
      if (improved && (!fastest.has(r.CLASS!) || ms(r.LAP_TIME!) < ms(fastest.get(r.CLASS!)!.LAP_TIME!))) fastest.set(r.CLASS!, r);
    }
    const expected = new Map<string, { lapsRaced: number; lapsLed: number; fastestLaps: number; timeAtWheelMs: number }>();
    for (const r of rows) {
      const name = fold(r.DRIVER_NAME!);
      const e = expected.get(name) ?? { lapsRaced: 0, lapsLed: 0, fastestLaps: 0, timeAtWheelMs: 0 };
      e.lapsRaced++;
      if (leader.get(`${r.CLASS}/${r.LAP_NUMBER}`) === r) e.lapsLed++;
      if (fastest.get(r.CLASS!) === r) e.fastestLaps = 1;
      e.timeAtWheelMs += r.LAP_TIME ? ms(r.LAP_TIME) : 0;
      expected.set(name, e);
    }
    expect(expected.size).toBeGreaterThan(90);
    // Each name to the driver the registries resolve it to (`Nicolas PINO` is Nico Pino by an alias); none has laps elsewhere.
    const names = new Map(rows.map((r) => [fold(r.DRIVER_NAME!), r.DRIVER_NAME!]));
    const idOf = new Map([...names].map(([key, written]) => [key, resolveDriver(written)]));
    const got = new Map(
      [...expected.keys()].map((name) => {
        const { lapsRaced, lapsLed, fastestLaps, timeAtWheelMs } = statsOf(graph.stats, 'drivers', idOf.get(name) ?? `(no driver named ${name})`);
        return [name, { lapsRaced, lapsLed, fastestLaps, timeAtWheelMs }];
      }),
    );
    expect(got).toEqual(expected);
  });

  it('counts no laps from a classification: the Imola crews have starts, and no lap figures', () => {
    for (const id of ['simon-dolan', 'matthew-mcmurry', 'paul-van-splunteren']) {
      expect([id, statsOf(graph.stats, 'drivers', id)]).toEqual([id, expect.objectContaining({ starts: 1, lapsRaced: 0, lapsLed: 0, fastestLaps: 0, timeAtWheelMs: 0 })]);
    }
    expect(statsOf(graph.stats, 'teams', 'jota')).toMatchObject({ lapsRaced: 0, lapsLed: 0, fastestLaps: 0 });
  });

  it('takes starts, wins, podiums, poles and DNFs only from classifications: without the Bahrain analysis they are the same', () => {
    const read = readContent('content');
    const without = buildContent(read.articles, read.registries, { timing: read.timing.filter((f) => !f.file.includes('8-hours-of-bahrain')) });
    expect(without.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const other = buildGraph(without.content);
    const tally = (g: Graph, kind: 'drivers' | 'teams', id: string) => {
      const { starts, classWins, podiums, poles, dnfs } = statsOf(g.stats, kind, id);
      return { starts, classWins, podiums, poles, dnfs };
    };
    const race = graph.editions.get('8-hours-of-bahrain/2024')!.sessions.find((s) => s.slug === 'race')!;
    const drivers = new Set(race.laps!.cars.flatMap((c) => c.drivers.map((d) => d.driverId)));
    expect(drivers.size).toBeGreaterThan(90);
    for (const id of drivers) expect([id, tally(graph, 'drivers', id)]).toEqual([id, tally(other, 'drivers', id)]);
    expect(tally(graph, 'teams', 'toyota-gazoo-racing')).toEqual(tally(other, 'teams', 'toyota-gazoo-racing'));
    // Mike Conway's only appearance is in the analysis: no start at all.
    expect(tally(graph, 'drivers', 'mike-conway')).toEqual({ starts: 0, classWins: 0, podiums: 0, poles: 0, dnfs: 0 });
  });
});

describe('two standings of a race taken at the same time', () => {
  it('are one session whatever their names', () => {
    const standing = (slug: string, name: string, at: string, date: string) =>
      rawArticle(slug, {
        date,
        event: { name: '24 Hours of Le Mans', year: 2019 },
        results: [{ session: name, type: 'race', at, classes: [{ class: 'LMP1', entries: [{ pos: 1, number: '8' }] }] }],
      });
    const { content, problems } = buildContent(
      [standing('a', 'Race', 'after 22 hours', '2019-06-16'), standing('b', 'Course', 'After 22 hours', '2019-06-16'), standing('c', 'Race', 'after 6 hours', '2019-06-15')],
      [],
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const sessions = buildGraph(content).editions.get('24-hours-of-le-mans/2019')!.sessions;
    expect(sessions.map((s) => [s.names, s.reports])).toEqual([
      [['Race'], ['c']],
      [['Race', 'Course'], ['a', 'b']],
    ]);
  });
});
