/** The session merge: every report of one session joined into one classification, with the conflicts found. */
import { counts, isFinalQualifying, isFinalRace, isStanding, sessionKeys, sessionSlug } from '../content/session-identity';
import { formatGap, formatTime } from '../content/time';
import type { Article, ClassResult, Entry, Session, SessionType } from '../content/types';
import type { SessionLapSummary, TimingFileRef, TimingReport, TimingSession } from '../content/timing/types';
import { officialConflicts } from './official-facts';
import { runToEnd, type Steps } from './steps';
import { workCounter } from './work-counter';

/**
 * Sessions as facts. Articles report sessions; every report of one session (in any language, under any
 * name) is joined into one SessionNode with one merged classification, counted once in statistics.
 * The identity rules are the contract's (lib/content/session-identity.ts); this module groups the reports of
 * each edition, merges their entries car by car and finds the facts two reports disagree on.
 *
 * Linear in the number of entries: each report's entries are merged once through a Map by car.
 */

/** One report of a session: an article's results, or a session of official timing (a timing.yaml). */
export interface Report {
  /** The article, for a press report. */
  article?: Article;
  /** The timing.yaml, for official timing (`session` is then a TimingSession). */
  timing?: TimingReport;
  session: Session;
  /** Index of the session in the article's `results` (or the timing.yaml's `sessions`). */
  index: number;
}

/** The official timing of a session: the timing.yaml that lists it and its files. */
export interface SessionTiming {
  file: string;
  source?: string;
  classification?: TimingFileRef;
  laps?: TimingFileRef;
}

const timingSession = (r: Report): TimingSession | undefined => (r.timing ? (r.session as TimingSession) : undefined);
/** A session of official timing with laps and no classification: its order at the flag is unofficial. */
const isUnofficial = (r: Report): boolean => timingSession(r)?.unofficial === true;
/** The report's file, for conflict messages: an article's, or the timing's classification CSV. */
const reportFile = (r: Report): string => r.article?.file ?? timingSession(r)?.classification?.file ?? r.timing!.file;
const reportDate = (r: Report): string => r.article?.date ?? '';
const reportKey = (r: Report): string => r.article?.slug ?? r.timing!.file;

export interface SessionNode {
  /** Unique across the site: `<event>/<year>/<slug>`, or `articles/<slug>/<session>` for an article without an event. */
  id: string;
  /** The session's id within its edition: `race`, `qualifying`, the editor's id or the folded name. */
  slug: string;
  eventId?: string;
  year?: number;
  /** The name as published by the preferred report (final, then oldest). */
  name: string;
  /** Every name it was published under, each once. */
  names: string[];
  type: SessionType;
  at?: string;
  /** Every report of it is provisional. */
  provisional: boolean;
  /** A race's final classification or a final qualifying: the only sessions statistics count. */
  counted: boolean;
  /** The merged classification, class by class, entries by position then as first reported. */
  classes: ClassResult[];
  /** Slugs of the articles that report it, oldest first. */
  reports: string[];
  /** The official timing of the session, when a timing.yaml lists it. */
  timing?: SessionTiming;
  /** The summary of its laps, from the timing's analysis file (the laps stay on disk: lib/content/timing/read-laps.ts). */
  laps?: SessionLapSummary;
  /** Its only classification is the order at the flag from the laps (no classification file): unofficial, counted nowhere. */
  unofficial?: true;
}

export interface Conflict {
  /** `#7`, or the team and drivers of a car without a number. */
  car: string;
  field: 'class' | 'pos' | 'time' | 'gap' | 'status' | 'drivers';
  /** The report first merged (kept in the classification) and the one that disagrees. */
  kept: ConflictSide;
  other: ConflictSide;
  session: string;
}
export interface ConflictSide {
  file: string;
  /** Field path in that file, e.g. `results[0].classes[1].entries[2].pos`; a column for a timing CSV. */
  path: string;
  value: string;
  /** The line of a timing CSV. */
  line?: number;
}

/** Order of sessions on an edition page: practice, qualifying (provisional first), standings, the race. */
function rank(s: Pick<Session, 'type' | 'at' | 'provisional'>): number {
  if (s.type === 'practice') return 0;
  if (s.type === 'qualifying') return s.provisional ? 1 : 2;
  return s.at === undefined ? 4 : 3;
}

/** A report whose order is final comes before a provisional one or a standing; then official timing; then the oldest. */
function preferred(a: Report, b: Report): number {
  const fa = a.session.provisional || isStanding(a.session) ? 1 : 0;
  const fb = b.session.provisional || isStanding(b.session) ? 1 : 0;
  const ta = a.timing ? 0 : 1;
  const tb = b.timing ? 0 : 1;
  return fa - fb || ta - tb || reportDate(a).localeCompare(reportDate(b)) || reportKey(a).localeCompare(reportKey(b));
}

/** The timing CSV's column of a field, for conflict messages. */
const TIMING_COLUMN: Partial<Record<Conflict['field'], string>> = { pos: 'POSITION', status: 'STATUS', drivers: 'DRIVER_1…', time: 'TIME' };
/** The columns a fact of a timing CSV comes from: a race's gap in class from the laps and the total times. */
const timingColumn = (field: Conflict['field'], type: SessionType) =>
  field === 'gap' ? (type === 'race' ? 'LAPS, TOTAL_TIME' : 'TIME') : (TIMING_COLUMN[field] ?? field);

/** Union-find over the reports of one edition, joined by shared identity keys. */
function groupReports(reports: readonly Report[]): Report[][] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const byKey = new Map<string, number>();
  reports.forEach((r, i) => {
    for (const key of sessionKeys(r.session)) {
      const j = byKey.get(key);
      if (j === undefined) byKey.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}

const driverSet = (e: Entry) => [...new Set(e.drivers.map((d) => d.id))].sort();

/** The key a car is merged by: its number, else its team and drivers. */
function carKey(e: Entry): string {
  return e.number !== undefined ? `#${e.number}` : `~${e.team?.id ?? ''}|${driverSet(e).join(',')}`;
}

function carLabel(e: Entry): string {
  if (e.number !== undefined) return `car #${e.number}`;
  const crew = e.drivers.map((d) => d.written).join(', ');
  return `the car of ${[e.team?.written, crew].filter(Boolean).join(' – ')}`;
}

const FIELDS = ['pos', 'time', 'gap', 'status'] as const;
function show(field: (typeof FIELDS)[number], e: Entry): string | undefined {
  switch (field) {
    case 'pos':
      return e.pos === undefined ? undefined : String(e.pos);
    case 'time':
      return e.time ? formatTime(e.time) : undefined;
    case 'gap':
      return e.gap ? formatGap(e.gap) : undefined;
    case 'status':
      return e.status?.trim().toUpperCase();
  }
}
function same(field: (typeof FIELDS)[number], a: Entry, b: Entry): boolean {
  switch (field) {
    case 'pos':
      return a.pos === b.pos;
    case 'time':
      return a.time!.ms === b.time!.ms;
    case 'gap':
      return a.gap!.kind === b.gap!.kind && (a.gap!.kind === 'laps' ? a.gap!.laps === (b.gap as { laps: number }).laps : a.gap!.ms === (b.gap as { ms: number }).ms);
    case 'status':
      return a.status!.trim().toUpperCase() === b.status!.trim().toUpperCase();
  }
}

interface Slot {
  entry: Entry;
  classId: string;
  /** Where it was first reported, for conflict messages. */
  report: Report;
  path: string;
  /** Order of first appearance, for entries without a position. */
  order: number;
  /** The merged entry is a copy (it took facts from more than one report). */
  copied: boolean;
  /** The reported entries merged into it. */
  sources: Entry[];
}

/**
 * One session's merged classification from its reports, and the facts they disagree on. Reports whose
 * order is not final (provisional, standings) never conflict; the final report's facts win.
 */
export function mergeReports(group: readonly Report[], sessionLabel = ''): { classes: ClassResult[]; conflicts: Conflict[]; mergedOf: Map<Entry, Entry> } {
  const reports = [...group].sort(preferred);
  const mergedOf = new Map<Entry, Entry>();
  if (reports.length === 1) return { classes: reports[0]!.session.classes, conflicts: [], mergedOf };
  const conflicts: Conflict[] = [];
  const classes = new Map<string, { id: string; name: string; slots: Slot[] }>();
  const byCar = new Map<string, Slot>();
  const byCrew = new Map<string, Slot>();
  const reportOf = new Map<Entry, Report>();
  let order = 0;
  for (const report of reports) {
    const loose = report.session.provisional || isStanding(report.session);
    report.session.classes.forEach((cls, ci) => {
      let target = classes.get(cls.id);
      if (!target) classes.set(cls.id, (target = { id: cls.id, name: cls.name, slots: [] }));
      cls.entries.forEach((e, ei) => {
        workCounter.steps++;
        const path = `results[${report.index}].classes[${ci}].entries[${ei}]`;
        const key = carKey(e);
        const crew = `${e.team?.id ?? ''}|${driverSet(e).join(',')}`;
        let slot = byCar.get(key) ?? (e.number === undefined && e.drivers.length > 0 ? byCrew.get(crew) : undefined);
        // Two cars of one report are two cars, even when the report tells them apart by nothing (a team's
        // two entries without numbers or drivers): only another report's entry is the same car.
        if (slot && slot.sources.some((source) => reportOf.get(source) === report)) slot = undefined;
        reportOf.set(e, report);
        if (!slot) {
          const s: Slot = { entry: e, classId: cls.id, report, path, order: order++, copied: false, sources: [e] };
          if (!byCar.has(key)) byCar.set(key, s);
          if (e.drivers.length > 0 && !byCrew.has(crew)) byCrew.set(crew, s);
          target.slots.push(s);
          return;
        }
        const firstLoose = slot.report.session.provisional || isStanding(slot.report.session);
        const compare = !loose && !firstLoose && reportKey(slot.report) !== reportKey(report);
        // Official timing against a press report: position, status, crew, time and gap are compared (a press
        // time or gap to its own precision: lib/graph/official-facts.ts), and the official classification keeps its own facts.
        const official = slot.report.timing !== undefined || report.timing !== undefined;
        const side = (r: Report, p: string, e: Entry, field: Conflict['field'], sub: string, value: string): ConflictSide =>
          r.timing
            ? { file: reportFile(r), path: timingColumn(field, r.session.type), value, ...(e.line !== undefined ? { line: e.line } : {}) }
            : { file: reportFile(r), path: `${p}${sub}`, value };
        const conflict = (field: Conflict['field'], kept: string, other: string, sub: string) =>
          conflicts.push({
            car: carLabel(slot.entry),
            field,
            session: sessionLabel,
            kept: side(slot.report, slot.path, slot.sources[0]!, field, sub, kept),
            other: side(report, path, e, field, sub, other),
          });
        if (official) {
          mergeOfficial(slot, e, compare, conflict);
          slot.sources.push(e);
          return;
        }
        if (compare && slot.classId !== cls.id) {
          conflict('class', classes.get(slot.classId)!.name, cls.name, '');
        }
        const merged: Entry = slot.copied ? slot.entry : { ...slot.entry, drivers: [...slot.entry.drivers] };
        for (const field of FIELDS) {
          const mine = show(field, merged);
          const theirs = show(field, e);
          if (theirs === undefined) continue;
          if (mine === undefined) {
            (merged as unknown as Record<string, unknown>)[field] = e[field];
          } else if (compare && !same(field, merged, e)) {
            conflict(field, mine, theirs, `.${field}`);
          }
        }
        // Drivers: a report may name fewer of the crew (a pole report names the driver who set the time);
        // a crew that is not part of the other is a different fact.
        if (e.drivers.length > 0) {
          const have = new Set(merged.drivers.map((d) => d.id));
          const theirs = new Set(e.drivers.map((d) => d.id));
          const subset = [...theirs].every((d) => have.has(d)) || [...have].every((d) => theirs.has(d));
          if (!subset && compare && have.size > 0) {
            conflict('drivers', merged.drivers.map((d) => d.written).join(', '), e.drivers.map((d) => d.written).join(', '), '.drivers');
          } else if (subset) {
            for (const d of e.drivers) if (!have.has(d.id)) merged.drivers.push(d);
          }
        }
        for (const f of ['overall', 'number', 'team', 'car', 'laps', 'note'] as const) {
          if (merged[f] === undefined && e[f] !== undefined) (merged as unknown as Record<string, unknown>)[f] = e[f];
        }
        slot.copied = true;
        slot.entry = merged;
        slot.sources.push(e);
      });
    });
  }
  const out: ClassResult[] = [];
  for (const c of classes.values()) {
    for (const slot of c.slots) if (slot.copied) for (const source of slot.sources) mergedOf.set(source, slot.entry);
    const slots = c.slots.sort((a, b) => (a.entry.pos ?? Infinity) - (b.entry.pos ?? Infinity) || a.order - b.order);
    out.push({ id: c.id, name: c.name, entries: slots.map((s) => s.entry) });
  }
  return { classes: out, conflicts, mergedOf };
}

/**
 * A press report's entry against the official classification's (kept first): a fact it contradicts is a
 * conflict (lib/graph/official-facts.ts); the official entry takes nothing from it but a note.
 */
function mergeOfficial(slot: Slot, e: Entry, compare: boolean, conflict: (field: Conflict['field'], kept: string, other: string, sub: string) => void): void {
  const kept = slot.entry;
  if (compare) officialConflicts(kept, e, conflict);
  if (kept.note === undefined && e.note !== undefined) {
    slot.entry = slot.copied ? kept : { ...kept, drivers: [...kept.drivers] };
    slot.entry.note = e.note;
    slot.copied = true;
  }
}

export interface SessionIndex {
  /** Sessions by edition key `<event>/<year>`, in page order. */
  byEdition: Map<string, SessionNode[]>;
  /** Every session, in the order of their first report. */
  all: SessionNode[];
  /** The session a report belongs to. */
  of: Map<Session, SessionNode>;
  /** A reported entry's merged entry, where the session has more than one report (else the entry itself). */
  mergedOf: Map<Entry, Entry>;
  conflicts: Conflict[];
}

export const editionKey = (eventId: string, year: number) => `${eventId}/${year}`;

/** Groups every report of `articles` and of the official `timing` into sessions: O(entries). */
export function buildSessions(articles: readonly Article[], eventName: (id: string) => string = (id) => id, timing: readonly TimingReport[] = []): SessionIndex {
  return runToEnd(buildSessionSteps(articles, eventName, timing));
}

/** buildSessions in steps: it yields after each article and each edition (lib/graph/steps.ts). */
export function* buildSessionSteps(
  articles: readonly Article[],
  eventName: (id: string) => string = (id) => id,
  timing: readonly TimingReport[] = [],
): Steps<SessionIndex> {
  const reportsByEdition = new Map<string, Report[]>();
  const index: SessionIndex = { byEdition: new Map(), all: [], of: new Map(), mergedOf: new Map(), conflicts: [] };
  const chronological = [...articles].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  for (const article of chronological) {
    article.sessions.forEach((session, i) => {
      const ev = article.event;
      if (!ev) {
        add(index, [{ article, session, index: i }], undefined, `articles/${article.slug}/${session.id}`);
        return;
      }
      const key = editionKey(ev.event.id, ev.year);
      const list = reportsByEdition.get(key);
      if (list) list.push({ article, session, index: i });
      else reportsByEdition.set(key, [{ article, session, index: i }]);
    });
    yield;
  }
  for (const report of timing) {
    const key = editionKey(report.event.event.id, report.event.year);
    const list = reportsByEdition.get(key) ?? reportsByEdition.set(key, []).get(key)!;
    report.sessions.forEach((session, i) => list.push({ timing: report, session, index: i }));
  }
  for (const [key, reports] of reportsByEdition) {
    const [eventId, year] = [key.slice(0, key.lastIndexOf('/')), Number(key.slice(key.lastIndexOf('/') + 1))];
    const nodes: SessionNode[] = [];
    for (const group of groupReports(reports)) {
      nodes.push(add(index, group, { eventId, year, label: `${eventName(eventId)} ${year}` }));
    }
    // Same rank: in the order of their first report (`nodes` is built in that order; sort is stable).
    nodes.sort((a, b) => rank(a) - rank(b));
    index.byEdition.set(key, nodes);
    yield;
  }
  return index;
}

function add(index: SessionIndex, group: Report[], edition: { eventId: string; year: number; label: string } | undefined, id?: string): SessionNode {
  const sorted = [...group].sort(preferred);
  const lead = sorted[0]!.session;
  // One session of the group decides its kind: the final one if any report is final.
  const finalRace = sorted.find((r) => isFinalRace(r.session));
  const finalQualifying = sorted.find((r) => isFinalQualifying(r.session));
  const head = (finalRace ?? finalQualifying ?? sorted[0]!).session;
  const slug = sessionSlug(head);
  // An unofficial order at the flag is shown only when no other report classifies the session.
  const classified = group.filter((r) => !isUnofficial(r));
  const merged = mergeReports(classified.length > 0 ? classified : group, edition ? `${edition.label}, ${head.name}` : head.name);
  const official = group.find((r) => r.timing);
  const node: SessionNode = {
    id: id ?? `${edition!.eventId}/${edition!.year}/${slug}`,
    slug,
    eventId: edition?.eventId,
    year: edition?.year,
    name: lead.name,
    names: [...new Set(sorted.map((r) => r.session.name))],
    type: head.type,
    at: head.at,
    provisional: group.every((r) => r.session.provisional === true),
    counted: counts(head) && classified.length > 0,
    classes: merged.classes,
    reports: [
      ...new Set(
        group
          .filter((r) => r.article)
          .sort((a, b) => reportDate(a).localeCompare(reportDate(b)) || reportKey(a).localeCompare(reportKey(b)))
          .map((r) => r.article!.slug),
      ),
    ],
  };
  if (official) {
    const ts = timingSession(official)!;
    node.timing = { file: official.timing!.file };
    if (official.timing!.source) node.timing.source = official.timing!.source;
    if (ts.classification) node.timing.classification = ts.classification;
    if (ts.lapsFile) node.timing.laps = ts.lapsFile;
    if (ts.laps) node.laps = ts.laps;
  }
  if (classified.length === 0) node.unofficial = true;
  for (const r of group) index.of.set(r.session, node);
  for (const [k, v] of merged.mergedOf) index.mergedOf.set(k, v);
  for (const c of merged.conflicts) index.conflicts.push(c);
  index.all.push(node);
  return node;
}
