import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/check/build-content';
import { type RawArticle } from '@/lib/content';
import { formatProblem } from '@/lib/content/problems';
import { dataFile, entityData, entityResults, eventData } from '@/lib/data/entity-data';
import { dataPackage, openDataFile, openDataFiles, openDataText } from '@/lib/data/open-data';
import { csvChunks, csvDocument } from '@/lib/csv';
import { buildGraph } from '@/lib/graph/build';
import { workCounter } from '@/lib/graph/work-counter';
import { csvRecords, validatePackage } from '../csv';
import { rawArticle } from '../fixtures/corpus';

/**
 * The data files on a small edition: one race reported in English and in Spanish, a practice session, the
 * final qualifying and a standing after 22 hours. A result is one car of one merged session, however many
 * reports list it; only what the contract counts is counted.
 */
type Entry = Record<string, unknown>;
type SessionData = { session: string; type: string; at?: string; provisional?: boolean; classes: { class: string; entries: Entry[] }[] };

function article(slug: string, date: string, lang: string, results: SessionData[], event = '24 Hours of Le Mans'): RawArticle {
  return rawArticle(slug, {
    date,
    lang,
    event: { name: event, year: 2023, series: 'FIA World Endurance Championship', circuit: 'Circuit de la Sarthe' },
    results,
  });
}

const ferrari = { number: '51', team: 'AF Corse', car: 'Ferrari 499P' };
const cadillac = { number: '2', team: 'Cadillac Racing', car: 'Cadillac V-Series.R', drivers: ['Earl Bamber', 'Alex Lynn', 'Richard Westbrook'] };
const hypercar = (entries: Entry[]) => [{ class: 'Hypercar', entries }];

const articles = [
  article('fp', '2023-06-07', 'en', [{ session: 'Free Practice 1', type: 'practice', classes: hypercar([{ pos: 1, ...cadillac, time: '3:30.1' }]) }]),
  article('hyperpole', '2023-06-08', 'en', [{ session: 'Hyperpole', type: 'qualifying', classes: hypercar([{ pos: 1, ...cadillac, time: '3:22.982' }, { pos: 2, ...ferrari, drivers: ['Antonio Fuoco'] }]) }]),
  article('h22', '2023-06-11', 'en', [
    {
      session: 'Race',
      type: 'race',
      at: 'after 22 hours',
      classes: [...hypercar([{ pos: 1, ...cadillac }, { pos: 2, ...ferrari }]), { class: 'LMP2', entries: [{ pos: 1, team: 'Privateer' }, { pos: 2, team: 'Privateer' }] }],
    },
  ]),
  article('race-en', '2023-06-11', 'en', [
    {
      session: 'Race',
      type: 'race',
      classes: [
        ...hypercar([
          { pos: 1, ...ferrari, drivers: ['Alessandro Pier Guidi', 'James Calado', 'Antonio Giovinazzi'], note: 'Won by "a lap", after a late stop' },
          { pos: 2, ...cadillac, gap: '+1 lap' },
        ]),
        { class: 'LMP2', entries: [{ pos: 1, number: '22', team: 'United Autosports', drivers: ['Oliver Jarvis'] }, { number: '34', team: 'Inter Europol Competition', drivers: ['Jakub Smiechowski'], status: 'DNF' }] },
      ],
    },
  ]),
  article('carrera-es', '2023-06-12', 'es', [{ session: 'Carrera', type: 'race', classes: hypercar([{ pos: 1, ...ferrari, drivers: ['Alessandro Pier Guidi'], laps: 342 }]) }]),
];

const { content, problems } = buildContent(articles, []);
const graph = buildGraph(content);
const csv = (file: string) => openDataText(graph, file)!;

describe('entity data', () => {
  it('builds from clean content', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('gives a race reported in two languages as one result with both reports, counted once', () => {
    const d = entityData(graph, 'drivers', 'alessandro-pier-guidi')!;
    expect(d).toMatchObject({ id: 'alessandro-pier-guidi', name: 'Alessandro Pier Guidi', aliases: [] });
    expect(d.stats).toMatchObject({ starts: 1, classWins: 1, podiums: 1, poles: 0, dnfs: 0 });
    expect(d.results).toHaveLength(1);
    const [r] = d.results;
    expect(r).toMatchObject({
      entryId: '24-hours-of-le-mans/2023/race/hypercar/car-51',
      edition: '24-hours-of-le-mans/2023',
      session: { id: '24-hours-of-le-mans/2023/race', type: 'race', counted: true, kind: 'race result' },
      counted: true,
      class: { id: 'hypercar', name: 'Hypercar' },
      pos: 1,
      laps: 342,
      tally: { starts: 1, classWins: 1, podiums: 1, poles: 0, dnfs: 0 },
    });
    expect(r!.reports.map((x) => x.slug)).toEqual(['race-en', 'carrera-es']);
    expect(r!.reports[0]!.url).toMatch(/\/articles\/race-en$/);
    // The merged crew: the Spanish report names one driver, the English three.
    expect(r!.drivers.map((x) => x.id)).toEqual(['alessandro-pier-guidi', 'james-calado', 'antonio-giovinazzi']);
  });

  it('lists practice, standings and every session of a team, each once, and counts only the final ones', () => {
    const t = entityData(graph, 'teams', 'cadillac-racing')!;
    expect(t.results.map((r) => [r.session.id, r.session.kind, r.counted, r.pos])).toEqual([
      ['24-hours-of-le-mans/2023/race-after-22-hours', 'standing after 22 hours', false, 1],
      ['24-hours-of-le-mans/2023/race', 'race result', true, 2],
      ['24-hours-of-le-mans/2023/qualifying', 'qualifying', true, 1],
      ['24-hours-of-le-mans/2023/free-practice-1', 'practice', false, 1],
    ]);
    expect(t.stats).toMatchObject({ starts: 1, classWins: 0, podiums: 1, poles: 1, dnfs: 0 });
    const standing = t.results[0]!;
    expect(standing.tally).toEqual({ starts: 0, classWins: 0, podiums: 0, poles: 0, dnfs: 0 });
    expect(t.results[1]).toMatchObject({ gap: '+1 lap', gapLaps: 1, gapMs: null });
    expect(t.results[2]).toMatchObject({ time: '3:22.982', timeMs: 202_982 });
  });

  it('gives a car model its results from every team, and the seasons', () => {
    const c = entityData(graph, 'cars', 'ferrari-499p')!;
    expect(c).toMatchObject({ id: 'ferrari-499p', name: 'Ferrari 499P', aliases: [] });
    expect(c.results.map((r) => r.session.slug)).toEqual(['race', 'race-after-22-hours', 'qualifying']); // newest report first
    expect(c.stats.seasons).toEqual([
      { year: 2023, series: 'fia-world-endurance-championship', class: { id: 'hypercar', name: 'Hypercar' }, starts: 1, classWins: 1, podiums: 1, poles: 0, dnfs: 0 },
    ]);
    expect(c.stats.bestByEvent).toEqual([{ event: '24-hours-of-le-mans', year: 2023, pos: 1, class: { id: 'hypercar', name: 'Hypercar' }, session: '24-hours-of-le-mans/2023/race' }]);
  });

  it('gives an event its editions, sessions, class winners and pole sitters', () => {
    const e = eventData(graph, graph.events.get('24-hours-of-le-mans')!);
    expect(e.stats).toEqual({ editions: 1, sessions: 4, reports: 5, starts: 4, classWins: 2, podiums: 3, poles: 1, dnfs: 1 });
    const [edition] = e.editions;
    expect(edition).toMatchObject({ id: '24-hours-of-le-mans/2023', year: 2023, series: { id: 'fia-world-endurance-championship' }, circuit: { id: 'circuit-de-la-sarthe' } });
    expect(edition!.sessions.map((s) => s.slug)).toEqual(['free-practice-1', 'qualifying', 'race-after-22-hours', 'race']);
    expect(edition!.classWinners.map((w) => [w.class.id, w.entryId])).toEqual([
      ['hypercar', '24-hours-of-le-mans/2023/race/hypercar/car-51'],
      ['lmp2', '24-hours-of-le-mans/2023/race/lmp2/car-22'],
    ]);
    expect(edition!.poleSitters.map((p) => [p.entryId, p.time, p.timeMs])).toEqual([['24-hours-of-le-mans/2023/qualifying/hypercar/car-2', '3:22.982', 202_982]]);
    const race = edition!.sessions.at(-1)!;
    expect(race.reports.map((r) => r.slug)).toEqual(['race-en', 'carrera-es']);
    expect(race.names).toEqual(['Race', 'Carrera']);
  });

  it('costs the entity’s own entries, however much else the site holds', () => {
    const others = Array.from({ length: 60 }, (_, i) =>
      article(`other-${i}`, '2023-06-11', 'en', [{ session: 'Race', type: 'race', classes: hypercar([{ pos: 1, number: '9', team: `Team ${i}`, drivers: [`Other Driver ${i}`, 'Alessandro Pier Guidi'] }]) }], `Other Race ${i}`),
    );
    const steps = (g: typeof graph, kind: 'drivers' | 'teams', id: string) => {
      workCounter.steps = 0;
      entityData(g, kind, id);
      return workCounter.steps;
    };
    const bigger = buildGraph(buildContent([...articles, ...others], []).content);
    expect(steps(bigger, 'teams', 'cadillac-racing')).toBe(steps(graph, 'teams', 'cadillac-racing'));
    // Pier Guidi drives in each of the 60 other races: his file grows by them, one step each.
    expect(steps(bigger, 'drivers', 'alessandro-pier-guidi') - steps(graph, 'drivers', 'alessandro-pier-guidi')).toBe(60);
    expect(entityData(bigger, 'drivers', 'alessandro-pier-guidi')!.stats.classWins).toBe(61);
  });

  it('answers nothing for an unknown id', () => {
    for (const kind of ['drivers', 'teams', 'cars', 'events'] as const) expect(dataFile(graph, kind, 'nobody')).toBeUndefined();
  });
});

describe('open data', () => {
  const pkg = dataPackage();

  it('describes every table in a tabular data package under CC-BY-4.0', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' }]);
    expect(pkg.resources.map((r) => r.path)).toEqual(openDataFiles().filter((f) => f.endsWith('.csv')));
    for (const name of ['drivers', 'teams', 'cars', 'events', 'editions', 'sessions', 'entries', 'entry_drivers']) {
      expect(pkg.resources.some((r) => r.name === name)).toBe(true);
    }
  });

  it('writes tables whose headers, types, keys and foreign keys hold', () => {
    expect(validatePackage(pkg, csv)).toEqual([]);
  });

  it('has one entry per car of each merged session, with the ids the data.json files give', () => {
    const entries = csvRecords(csv('entries.csv')).records;
    const race = entries.filter((e) => e.session_id === '24-hours-of-le-mans/2023/race');
    expect(race.map((e) => e.id)).toEqual([
      '24-hours-of-le-mans/2023/race/hypercar/car-51',
      '24-hours-of-le-mans/2023/race/hypercar/car-2',
      '24-hours-of-le-mans/2023/race/lmp2/car-22',
      '24-hours-of-le-mans/2023/race/lmp2/car-34',
    ]);
    // Two cars with neither number nor crew, in a session of one report: the second gets ~2.
    expect(entries.filter((e) => e.class_id === 'lmp2' && e.session_id!.endsWith('race-after-22-hours')).map((e) => e.id)).toEqual([
      '24-hours-of-le-mans/2023/race-after-22-hours/lmp2/crew:privateer:',
      '24-hours-of-le-mans/2023/race-after-22-hours/lmp2/crew:privateer:~2',
    ]);
    const ids = new Set(entries.map((e) => e.id));
    for (const kind of ['drivers', 'teams', 'cars'] as const) {
      for (const id of graph[kind].keys()) for (const r of entityResults(graph, kind, id)) expect(ids.has(r.entryId), r.entryId).toBe(true);
    }
    expect(race[0]).toMatchObject({ pos: '1', laps: '342', note: 'Won by "a lap", after a late stop', counted: 'true', start: '1', class_win: '1', podium: '1' });
    expect(race[3]).toMatchObject({ pos: '', status: 'DNF', dnf: '1', start: '1', podium: '0', class_win: '0' });
  });

  it('quotes by RFC 4180 and ends every record with CRLF', () => {
    const text = csv('entries.csv');
    expect(text).toContain(',"Won by ""a lap"", after a late stop",');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('writes a large table in pieces that join into the same document', () => {
    const rows = [['a', 1], ['b,c', null], ['=cmd', true], ['-', -2], ['line\nbreak', 0]];
    const pieces = [...csvChunks(['name', 'n'], rows, 2)];
    expect(pieces).toHaveLength(3);
    expect(pieces.join('')).toBe(csvDocument(['name', 'n'], rows));
    expect(pieces.join('')).toBe('name,n\r\na,1\r\n"b,c",\r\n\'=cmd,true\r\n\'-,-2\r\n"line\nbreak",0\r\n');
  });

  it('links entries to their drivers in crew order, and sessions to their reports', () => {
    const crew = csvRecords(csv('entry_drivers.csv')).records.filter((r) => r.entry_id === '24-hours-of-le-mans/2023/race/hypercar/car-51');
    expect(crew.map((r) => [r.driver_id, r.seat])).toEqual([
      ['alessandro-pier-guidi', '1'],
      ['james-calado', '2'],
      ['antonio-giovinazzi', '3'],
    ]);
    const reports = csvRecords(csv('session_reports.csv')).records.filter((r) => r.session_id === '24-hours-of-le-mans/2023/race');
    expect(reports.map((r) => r.article)).toEqual(['race-en', 'carrera-es']);
    const sessions = csvRecords(csv('sessions.csv')).records;
    expect(sessions.find((s) => s.id === '24-hours-of-le-mans/2023/race-after-22-hours')).toMatchObject({ at: 'after 22 hours', counted: 'false', edition_id: '24-hours-of-le-mans/2023' });
  });

  it('answers nothing for a file that is not one of them', () => {
    expect(openDataFile(graph, 'passwords.csv')).toBeUndefined();
    expect(openDataFile(graph, '../drivers.csv')).toBeUndefined();
  });
});
