/**
 * Reads one folder of official timing, `content/timing/<event-id>/<year>/`: its timing.yaml and the CSV
 * files it lists, into a TimingReport (a report of each session, like an article's results), with
 * every problem at once: the manifest's fields, the folder that does not match the edition, a file named
 * that is not there, a CSV nothing lists, and each CSV's own problems (line, column and value).
 */
import type { Occurrence } from '../normalize';
import type { Resolver } from '../registry';
import { sessionKeys } from '../session-identity';
import { toId } from '../names';
import { flat } from '../intern';
import type { ArticleEvent, ClassResult, DriverRef, Entry, Problem, Ref } from '../types';
import { readAnalysis } from './analysis';
import { readClassification } from './classification';
import { cachedSummary, cacheRowsSync, cacheSummary, timingHash } from './laps-cache';
import { summarizeLaps } from './lap-summary';
import { parseTimingManifest, type TimingSessionSpec } from './manifest';
import type { ClassificationRow, LapRow, SessionLapSummary, TimingReport, TimingSession } from './types';

/** A timing folder as read: timing.yaml's data and the other files beside it. */
export interface TimingFolder {
  /** timing.yaml as shown: `content/timing/<event-id>/<year>/timing.yaml`. */
  file: string;
  data: unknown;
  /** The other files of the folder, by name, with their text. */
  files: ReadonlyMap<string, string>;
  /** There is no timing.yaml in the folder, only CSV files. */
  missing?: true;
}

export interface TimingRead {
  report?: TimingReport;
  problems: Problem[];
  /** Every name the timing writes, where, for the rules across files (near-duplicates, new drivers). */
  occurrences: Occurrence[];
  /** `<event id>/<year>` when timing.yaml names its edition, even if a file of it has errors. */
  edition?: string;
}

export const isCsv = (name: string) => /\.csv$/i.test(name);

/** Reads a timing folder against the registries. */
export function readTimingFolder(folder: TimingFolder, resolver: Resolver): TimingRead {
  const { file } = folder;
  const dir = file.slice(0, file.lastIndexOf('/'));
  if (folder.missing) {
    const problems = [...folder.files.keys()].sort().map((name): Problem => ({
      file: `${dir}/${name}`,
      path: '(file)',
      message: 'no timing.yaml lists this file',
      value: name,
      hint: `add ${file} listing the sessions of these files (docs/editing.md, "Official timing"), or delete it`,
      severity: 'error',
    }));
    return { problems, occurrences: [] };
  }
  const { manifest, problems } = parseTimingManifest(file, folder.data);
  const occurrences: Occurrence[] = [];
  const listed = new Set<string>();
  if (manifest) for (const s of manifest.sessions) for (const f of [s.classification, s.laps]) if (f) listed.add(f);
  for (const name of [...folder.files.keys()].sort()) {
    if (isCsv(name) && !listed.has(name)) {
      problems.push({
        file: `${dir}/${name}`,
        path: '(file)',
        message: 'no session of timing.yaml lists this file',
        value: name,
        hint: `list it under a session's classification: or laps: in ${file}, or delete it`,
        severity: 'error',
      });
    }
  }
  if (!manifest) return { problems, occurrences };

  const ref = (kind: Occurrence['kind'], written: string, path: string, where = file, line?: number): Ref => {
    const id = resolver.resolve(kind, written);
    occurrences.push(line === undefined ? { kind, id, written, file: where, path } : { kind, id, written, file: where, path, line });
    // Copies (flat): a name cut out of a CSV's text would keep the whole file in memory.
    return { id: flat(id), written: flat(written) };
  };
  const event: ArticleEvent = { event: ref('events', manifest.event, 'event'), year: manifest.year };
  if (manifest.series) event.series = ref('series', manifest.series, 'series');
  if (manifest.circuit) event.circuit = ref('circuits', manifest.circuit, 'circuit');
  const [, folderEvent = '', folderYear = ''] = /([^/]+)\/([^/]+)$/.exec(dir) ?? [];
  if (folderEvent !== event.event.id || folderYear !== String(manifest.year)) {
    problems.push({
      file,
      path: folderEvent !== event.event.id ? 'event' : 'year',
      message: `the folder is timing/${folderEvent}/${folderYear}, but this is the timing of ${event.event.id}/${manifest.year}`,
      value: folderEvent !== event.event.id ? manifest.event : manifest.year,
      hint: `move the folder to timing/${event.event.id}/${manifest.year}/, or correct event: and year:`,
      severity: 'error',
    });
  }

  const sessions: TimingSession[] = [];
  const keysSeen = new Map<string, number>();
  for (const spec of manifest.sessions) {
    const at = `sessions[${spec.index}]`;
    const sessionRef = spec.id === undefined ? undefined : toId(spec.id);
    for (const key of sessionKeys({ name: spec.session, type: spec.type, at: spec.at, provisional: spec.provisional, ref: sessionRef })) {
      const other = keysSeen.get(key);
      if (other !== undefined && other !== spec.index) {
        problems.push({ file, path: at, message: `is the same session as sessions[${other}]`, value: spec.session, hint: 'list each session once, with its classification: and laps: together', severity: 'error' });
        break;
      }
      keysSeen.set(key, spec.index);
    }
    const session: TimingSession = { id: toId(spec.session) || `session-${spec.index + 1}`, name: spec.session, type: spec.type, classes: [] };
    if (spec.at) session.at = spec.at;
    if (spec.provisional) session.provisional = true;
    if (sessionRef) session.ref = sessionRef;
    const text = (key: 'classification' | 'laps'): { name: string; text: string } | undefined => {
      const name = spec[key]!;
      const t = folder.files.get(name);
      if (t !== undefined) return { name, text: t };
      const near = [...folder.files.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
      problems.push({
        file,
        path: `${at}.${key}`,
        message: 'names a file that is not in the folder',
        value: name,
        hint: near ? `did you mean "${near}"? names are case-sensitive` : `put the timekeeper's file in ${dir}/, or correct the name`,
        severity: 'error',
      });
      return undefined;
    };
    if (spec.classification) {
      const csv = text('classification');
      if (csv) {
        const csvFile = `${dir}/${csv.name}`;
        const read = readClassification(csv.text, csvFile, { type: spec.type });
        for (const p of read.problems) problems.push(p);
        if (read.problems.length === 0) {
          session.classification = { file: csvFile, hash: timingHash(csv.text) };
          session.classes = classesOf(read.rows, spec, (kind, written, column, line) => ref(kind, written, column, csvFile, line));
        }
      }
    }
    if (spec.laps) {
      const csv = text('laps');
      if (csv) {
        const csvFile = `${dir}/${csv.name}`;
        const read = lapSummary(csvFile, csv.text);
        if ('problems' in read) {
          for (const p of read.problems) problems.push(p);
          // The names of the rows that were read still count: an article naming a driver of this file is
          // not wrong because another row of the file is.
          const named = new Set<string>();
          for (const row of read.rows) {
            for (const [kind, written, column] of [['drivers', row.driverName, 'DRIVER_NAME'], ['teams', row.team, 'TEAM']] as const) {
              if (written === '' || named.has(`${kind}:${written}`)) continue;
              named.add(`${kind}:${written}`);
              ref(kind, written, column, csvFile, row.line);
            }
          }
        } else {
          session.lapsFile = { file: csvFile, hash: read.summary.hash };
          session.laps = resolveSummary(read.summary, (name) => resolver.resolve('drivers', name));
          if (!spec.classification) {
            session.unofficial = true;
            session.classes = orderAtFlag(session.laps, (kind, written, column) => ref(kind, written, column, csvFile));
          }
        }
      }
    }
    sessions.push(session);
  }
  const edition = `${event.event.id}/${event.year}`;
  if (problems.length > 0) return { problems, occurrences, edition };
  const report: TimingReport = { file, event, sessions };
  if (manifest.source) report.source = manifest.source;
  return { report, problems, occurrences, edition };
}

type RefOf = (kind: 'drivers' | 'teams', written: string, column: string, line?: number) => Ref;

/** A classification's rows as the classes of a session report. */
function classesOf(rows: readonly ClassificationRow[], spec: TimingSessionSpec, ref: RefOf): ClassResult[] {
  const classes = new Map<string, ClassResult>();
  for (const row of rows) {
    let cls = classes.get(row.classId);
    if (!cls) classes.set(row.classId, (cls = { id: row.classId, name: row.class, entries: [] }));
    const entry: Entry = {
      pos: row.pos,
      overall: row.overall,
      number: row.number,
      drivers: row.drivers.map((name, i): DriverRef => ref('drivers', name, `DRIVER_${i + 1}`, row.line)),
      line: row.line,
    };
    if (row.team) entry.team = ref('teams', row.team, 'TEAM', row.line);
    if (row.car) entry.car = { id: flat(toId(row.car)), written: flat(row.car) };
    if (row.classGap) entry.gap = row.classGap;
    if (row.laps !== undefined) entry.laps = row.laps;
    if (row.status) entry.status = row.status;
    if (row.bestMs !== undefined) {
      if (spec.type === 'race') {
        entry.fastestLap = { ms: row.bestMs, digits: 3 };
        if (row.bestLap !== undefined) entry.fastestLapNumber = row.bestLap;
      } else entry.time = { ms: row.bestMs, digits: 3 };
    }
    if (row.totalMs !== undefined) entry.totalTime = { ms: row.totalMs, digits: 3 };
    cls.entries.push(entry);
  }
  return [...classes.values()];
}

/** The order at the flag of a session with laps and no classification: unofficial, counted nowhere. */
function orderAtFlag(summary: SessionLapSummary, ref: RefOf): ClassResult[] {
  const classes = new Map<string, ClassResult>();
  for (const car of summary.cars) {
    const id = toId(car.class);
    let cls = classes.get(id);
    if (!cls) classes.set(id, (cls = { id, name: car.class, entries: [] }));
    const leader = summary.classes.find((c) => c.class === car.class)!;
    const entry: Entry = { pos: car.posAtFlag, number: car.number, drivers: car.drivers.map((d) => ref('drivers', d.name, 'DRIVER_NAME')), laps: car.laps };
    if (car.team) entry.team = ref('teams', car.team, 'TEAM');
    if (car.laps < leader.leaderLaps) entry.gap = { kind: 'laps', laps: leader.leaderLaps - car.laps };
    if (car.fastest) {
      entry.fastestLap = { ms: car.fastest.ms, digits: 3 };
      entry.fastestLapNumber = car.fastest.lap;
    }
    cls.entries.push(entry);
  }
  return [...classes.values()];
}

/**
 * The summary of an analysis file: from the disk cache when a file with the same content was read
 * before (and so found clean), else read, summarised and cached with its rows.
 */
function lapSummary(file: string, text: string): { summary: SessionLapSummary } | { problems: Problem[]; rows: LapRow[] } {
  const hash = timingHash(text);
  const cached = cachedSummary(hash);
  if (cached) return { summary: { ...cached, file } };
  const read = readAnalysis(text, file);
  if (read.problems.length > 0) return { problems: read.problems, rows: read.rows };
  const summary = summarizeLaps(read.rows, file, hash);
  cacheRowsSync(hash, read.rows);
  cacheSummary(hash, summary);
  // The summary as the cache gives it back: its names are cut out of the file's text, and one kept
  // slice would keep the whole file (megabytes for a 24-hour race) in every process's memory.
  return { summary: JSON.parse(JSON.stringify(summary)) as SessionLapSummary };
}

/** The summary with driver ids as the registries resolve the names (the cache keeps them folded). */
export function resolveSummary(summary: SessionLapSummary, resolve: (name: string) => string): SessionLapSummary {
  const byFolded = new Map<string, string>();
  for (const car of summary.cars) for (const d of car.drivers) byFolded.set(d.driverId, resolve(d.name));
  if ([...byFolded].every(([a, b]) => a === b)) return summary;
  const id = (folded: string) => byFolded.get(folded) ?? folded;
  return {
    ...summary,
    cars: summary.cars.map((car) => ({
      ...car,
      fastest: car.fastest && { ...car.fastest, driverId: id(car.fastest.driverId) },
      stints: car.stints.map((s) => ({ ...s, driverId: id(s.driverId) })),
      drivers: car.drivers.map((d) => ({ ...d, driverId: id(d.driverId) })),
    })),
    classes: summary.classes.map((c) => ({ ...c, fastest: c.fastest && { ...c.fastest, driverId: id(c.fastest.driverId) } })),
  };
}
