/**
 * A session's page (`/events/<id>/<year>/<session-id>`): its full classification per class, its reports,
 * and where its timing has laps, a lap chart and a gap chart per class with their tables, laps led and
 * fastest laps, and each car's stints, pit stops and drive time per driver. The laps are passed in by the
 * route, which reads them from the timing cache; the graph holds only the session's lap summary.
 */
import { classTag } from './html/class-badge';
import { resolveClass } from '../content/classes';
import { sessionKind } from '../content/session-identity';
import { formatGap, formatTime } from '../content/time';
import type { CarLapSummary, LapRow, SessionLapSummary } from '../content/timing/types';
import type { Entry } from '../content/types';
import { nameOf, type Edition, type Graph, type SessionNode } from '../graph';
import { plural } from '../plural';
import { articleHref, editionHref, entityHref, lapsCsvHref, sessionPageHref } from '../routes';
import { carTablesHtml, classificationHtml, leadersHtml, sampledHtml, type ClassificationRow, type Link } from './html/session-tables';
import { gapChart, gapLabel, gapsToLeader, lapChart, sampleLaps } from './lap-charts';
import { classTraces, type ClassTraces } from './lap-positions';
import type { CarStintsView, SessionClassView, SessionViewProps } from './props/session-view';

/** A session's laps as its page needs them: the rows read from the analysis file and the graph's summary of them. */
export interface SessionLaps {
  rows: readonly LapRow[];
  summary: SessionLapSummary;
}

/** "Race", "Race, after 22 hours" */
export function sessionLabel(s: Pick<SessionNode, 'name' | 'at'>): string {
  return s.at ? `${s.name}, ${s.at}` : s.name;
}

/** "8 Hours of Bahrain 2024, Race" */
export function sessionPageTitle(graph: Graph, s: SessionNode): string {
  return `${nameOf(graph, 'events', s.eventId!)} ${s.year}, ${sessionLabel(s)}`;
}

/** The name of a timing file, without its folder. */
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const familyName = (name: string) => name.split(' ').slice(1).join(' ') || name;
const lapTime = (ms: number) => formatTime({ ms, digits: 3 });
const longTime = (ms: number) => formatTime({ ms, digits: 0 });

function driverLink(graph: Graph, id: string, name?: string): Link {
  return graph.drivers.has(id) ? { href: entityHref('drivers', id), label: nameOf(graph, 'drivers', id) } : { label: name ?? id };
}

function teamLink(graph: Graph, written: string): Link {
  const id = graph.resolve('teams', written);
  return graph.teams.has(id) ? { href: entityHref('teams', id), label: nameOf(graph, 'teams', id) } : { label: written };
}

const classKey = (name: string) => resolveClass(name).id;

/** The official or press classification of one class, with each car's fastest lap from the laps where they exist. */
function entryRows(graph: Graph, entries: readonly Entry[], cars: Map<string, CarLapSummary>, bestInClass?: number, flag?: ClassTraces): ClassificationRow[] {
  // Without laps, the classification file's own fastest laps (FL_TIME), the class's best marked.
  const bestListed = Math.min(...entries.map((e) => e.fastestLap?.ms ?? Infinity));
  return entries.map((e) => {
    // An order at the flag from the laps gives no time gaps: the laps do (the time of the last lap to the class leader's).
    const fromLaps = !e.gap && flag && e.number !== undefined ? lapGap(flag, e.number) : undefined;
    const lapCar = e.number !== undefined ? cars.get(e.number) : undefined;
    const fastest = lapCar?.fastest
      ? { time: lapTime(lapCar.fastest.ms), lap: lapCar.fastest.lap, best: lapCar.fastest.ms === bestInClass }
      : e.fastestLap
        ? { time: formatTime(e.fastestLap), lap: e.fastestLapNumber, best: e.fastestLap.ms === bestListed }
        : undefined;
    return {
      pos: e.pos,
      number: e.number,
      team: e.team ? { href: entityHref('teams', e.team.id), label: nameOf(graph, 'teams', e.team.id) } : undefined,
      drivers: e.drivers.map((d) => ({ href: entityHref('drivers', d.id), label: nameOf(graph, 'drivers', d.id) })),
      car: e.car ? { href: `/cars/${e.car.id}`, label: nameOf(graph, 'cars', e.car.id) } : undefined,
      laps: e.laps ?? lapCar?.laps,
      time: e.time ? formatTime(e.time) : e.totalTime ? formatTime(e.totalTime) : undefined,
      gap: e.gap ? formatGap(e.gap) : fromLaps,
      fastest,
      status: e.status,
    };
  });
}

/** A car's gap at the flag to its class leader from the laps: laps down, else the time between their last crossings. */
function lapGap(cls: ClassTraces, number: string): string | undefined {
  const leader = cls.cars[0];
  const t = cls.cars.find((c) => c.number === number);
  if (!leader || !t || t === leader) return undefined;
  const down = leader.laps - t.laps;
  return down > 0 ? formatGap({ kind: 'laps', laps: down }) : formatGap({ kind: 'time', ms: t.elapsedMs - leader.elapsedMs, digits: 3 });
}

/** The order at the flag from the laps alone (no classification): unofficial. */
function lapRows(graph: Graph, cls: ClassTraces, cars: Map<string, CarLapSummary>, bestInClass?: number): ClassificationRow[] {
  return cls.cars.map((t, i) => {
    const car = cars.get(t.number);
    return {
      pos: i + 1,
      number: t.number,
      team: teamLink(graph, t.team),
      drivers: (car?.drivers ?? []).map((d) => driverLink(graph, d.driverId, d.name)),
      laps: t.laps,
      gap: lapGap(cls, t.number),
      fastest: car?.fastest ? { time: lapTime(car.fastest.ms), lap: car.fastest.lap, best: car.fastest.ms === bestInClass } : undefined,
      status: t.running ? undefined : 'Stopped',
    };
  });
}

/** Charts and their tables for one class of a race with laps. */
function lapViews(graph: Graph, s: SessionNode, cls: ClassTraces, cars: Map<string, CarLapSummary>, bestInClass?: number): Partial<SessionClassView> {
  const label = sessionLabel(s);
  const laps = sampleLaps(cls.leaderLaps);
  const teamOf = (t: { team: string }) => teamLink(graph, t.team).label;
  const leaders = cls.cars.map((t) => {
    const car = cars.get(t.number);
    const f = car?.fastest;
    return {
      number: t.number,
      team: teamOf(t),
      laps: t.laps,
      lapsLed: car?.lapsLed ?? 0,
      fastest: f ? { time: lapTime(f.ms), lap: f.lap, driver: driverLink(graph, f.driverId, car!.drivers.find((d) => d.driverId === f.driverId)?.name), best: f.ms === bestInClass } : undefined,
    };
  });
  const out: Partial<SessionClassView> = {
    leadersHtml: leadersHtml(`${cls.className}, ${label}: laps led in class and fastest laps`, leaders).value,
  };
  if (s.type !== 'race') return out;
  out.lapChart = lapChart(cls, s.slug, label);
  out.positionsHtml = sampledHtml(
    `${cls.className}, ${label}: position in class at laps ${laps.join(', ')}`,
    laps,
    // A car still running has a position on a lap it did not complete (it is lapped); one that stopped has none.
    cls.cars.map((t) => ({ number: t.number, team: teamOf(t), cells: laps.map((l) => (!t.running && l > t.laps ? '–' : String(t.pos[l - 1]))) })),
  ).value;
  out.gapChart = gapChart(cls, s.slug, label);
  if (out.gapChart) {
    const top = cls.cars.slice(0, 5);
    out.gapsHtml = sampledHtml(
      `${cls.className}, ${label}: gap to the class leader at laps ${laps.join(', ')}`,
      laps,
      top.map((t) => {
        const gaps = gapsToLeader(cls, t);
        return { number: t.number, team: teamOf(t), cells: laps.map((l) => (gaps[l - 1] === undefined ? '–' : gapLabel(gaps[l - 1]!))) };
      }),
    ).value;
  }
  return out;
}

function carView(graph: Graph, car: CarLapSummary): CarStintsView {
  const total = car.drivers.reduce((sum, d) => sum + d.ms, 0);
  const share = (ms: number) => (total > 0 ? (ms / total) * 100 : 0);
  const name = (id: string) => car.drivers.find((d) => d.driverId === id)?.name;
  const label = `#${car.number} ${teamLink(graph, car.team).label}`;
  return {
    number: car.number,
    team: teamLink(graph, car.team).label,
    line:
      `${car.laps} laps · ${plural(car.stints.length, 'stint')} · ${plural(car.pitStops, 'pit stop')}` +
      (car.pitMs > 0 ? ` (${formatTime({ ms: car.pitMs, digits: 1 })} in the pit lane)` : ''),
    // All but the first name: "Pier Guidi", "de Vries".
    shares: car.drivers.map((d) => `${familyName(driverLink(graph, d.driverId, d.name).label)} ${share(d.ms).toFixed(0)}%`).join(' · '),
    tablesHtml: carTablesHtml(
      label,
      car.stints.map((st) => ({ driver: driverLink(graph, st.driverId, name(st.driverId)), fromLap: st.fromLap, toLap: st.toLap, laps: st.laps, time: longTime(st.ms) })),
      car.drivers.map((d) => ({ driver: driverLink(graph, d.driverId, d.name), laps: d.laps, lapsLed: d.lapsLed, time: longTime(d.ms), share: share(d.ms) })),
    ).value,
  };
}

/** The cars by class (the summary lists them class by class, each in order at the flag). */
function carClasses(graph: Graph, cars: readonly CarLapSummary[]): SessionViewProps['carClasses'] {
  const out: SessionViewProps['carClasses'] = [];
  for (const car of cars) {
    let group = out[out.length - 1];
    if (group?.className !== car.class) out.push((group = { className: car.class, classTag: classTag(car.class), cars: [] }));
    group.cars.push(carView(graph, car));
  }
  return out;
}

/**
 * Every class of the session: the official or press classification, then the classes only the laps know
 * (their order at the flag, unofficial); with laps, each class's charts and tables. `laps.rows` may be
 * empty (a classification with the fastest laps of the summary, and no charts).
 */
export function sessionClasses(graph: Graph, s: SessionNode, laps?: SessionLaps): { classes: SessionClassView[]; unofficial: boolean } {
  const traces = laps ? classTraces(laps.rows) : [];
  const cars = new Map((laps?.summary.cars ?? []).map((c) => [c.number, c]));
  const bestOf = (name: string) => laps?.summary.classes.find((c) => classKey(c.class) === classKey(name))?.fastest?.ms;
  const label = sessionLabel(s);
  const classes: SessionClassView[] = s.classes.map((cls) => {
    const trace = traces.find((t) => classKey(t.className) === cls.id);
    return {
      id: cls.id,
      name: cls.name,
      classTag: classTag(cls.name),
      classificationHtml: classificationHtml(`${cls.name}, ${label}: classification`, entryRows(graph, cls.entries, cars, bestOf(cls.name), s.unofficial ? trace : undefined)).value,
      ...(trace ? lapViews(graph, s, trace, cars, bestOf(cls.name)) : {}),
    };
  });
  const lapsOnly = traces.filter((t) => !s.classes.some((c) => c.id === classKey(t.className)));
  for (const t of lapsOnly) {
    classes.push({
      id: classKey(t.className),
      name: resolveClass(t.className).name,
      classTag: classTag(t.className),
      classificationHtml: classificationHtml(`${t.className}, ${label}: order at the flag from the laps (unofficial)`, lapRows(graph, t, cars, bestOf(t.className))).value,
      ...lapViews(graph, s, t, cars, bestOf(t.className)),
    });
  }
  return { classes, unofficial: s.classes.length === 0 && lapsOnly.length > 0 };
}

export function sessionViewProps(graph: Graph, edition: Edition, s: SessionNode, laps?: SessionLaps): SessionViewProps {
  const eventName = nameOf(graph, 'events', edition.eventId);
  const label = sessionLabel(s);
  const { classes, unofficial } = sessionClasses(graph, s, laps);
  const siblings = edition.sessions.map((o) => ({ href: sessionPageHref(o), label: sessionLabel(o), current: o === s }));
  const reports: SessionViewProps['reports'] = s.reports.map((slug) => {
    const a = graph.articleBySlug.get(slug)!;
    return { href: articleHref(slug), title: a.title, kind: 'Report', lang: a.lang, date: a.date };
  });
  // The official timing: the timekeeper's files, the laps as the site publishes them.
  const source = s.timing?.source ? ` (${s.timing.source})` : '';
  if (s.timing?.classification) {
    reports.push({ title: fileName(s.timing.classification.file), kind: `Official timing${source}: classification` });
  }
  if (s.timing?.laps) {
    reports.push({ href: lapsCsvHref(s), title: fileName(s.timing.laps.file), kind: `Official timing${source}: lap analysis` });
  }
  return {
    crumbs: [
      { href: '/', label: 'Home' },
      ...(edition.seriesId ? [{ href: entityHref('series', edition.seriesId), label: nameOf(graph, 'series', edition.seriesId) }] : []),
      { href: entityHref('events', edition.eventId), label: eventName },
      { href: editionHref(edition.eventId, edition.year), label: String(edition.year) },
      { label },
    ],
    kicker: `${eventName} ${edition.year}`,
    name: label,
    summary: sessionSummary(graph, s, laps?.summary),
    facts: [
      { label: 'Session', value: `${sessionKind(s)}${s.counted ? ', counted in statistics' : ', not counted in statistics'}` },
      ...(s.names.length > 1 ? [{ label: 'Also reported as', value: s.names.filter((n) => n !== s.name).join(', ') }] : []),
      ...(edition.circuitId ? [{ label: 'Circuit', value: nameOf(graph, 'circuits', edition.circuitId), href: entityHref('circuits', edition.circuitId) }] : []),
      { label: 'Edition', value: `${eventName} ${edition.year}`, href: editionHref(edition.eventId, edition.year) },
    ],
    notice: unofficial || s.unofficial ? 'Unofficial: the order at the flag is worked out from the lap times; the timekeeper’s classification is not on the site.' : undefined,
    classes,
    carClasses: carClasses(graph, laps?.summary.cars ?? []),
    reports,
    siblings,
    data: laps ? { href: lapsCsvHref(s), label: `Every lap of the ${label.toLowerCase()} as data (CSV, ${laps.rows.length.toLocaleString('en')} laps)` } : undefined,
  };
}

/** "the official timing and 2 reports", "1 report" */
function sources(s: SessionNode): string {
  const reports = s.reports.length > 0 ? plural(s.reports.length, 'report') : '';
  return [s.timing ? 'the official timing' : '', reports].filter(Boolean).join(' and ') || 'its reports';
}

/** One sentence for the page's description and its metadata. */
export function sessionSummary(graph: Graph, s: SessionNode, summary?: SessionLapSummary): string {
  const cars = s.classes.reduce((n, c) => n + c.entries.length, 0) || summary?.cars.length || 0;
  const classes = s.classes.length || summary?.classes.length || 0;
  const laps = summary ? Math.max(0, ...summary.classes.map((c) => c.leaderLaps)) : 0;
  return (
    `${sessionPageTitle(graph, s)}: ${plural(cars, 'car')} in ${classes} ${classes === 1 ? 'class' : 'classes'}` +
    (summary ? `, ${plural(laps, 'lap')} lap by lap: positions, gaps, stints, pit stops and drive time.` : `, the full classification from ${sources(s)}.`)
  );
}
