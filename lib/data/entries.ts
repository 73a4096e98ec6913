/** The pieces the data files share: stable ids, names and formatted entries. */
import { sessionKind } from '../content/session-identity';
import { formatGap, formatTime } from '../content/time';
import type { ClassResult, Entry } from '../content/types';
import { nameOf } from '../graph/queries';
import { editionKey, type SessionNode } from '../graph/session-merge';
import type { Graph } from '../graph/types';
import { articleHref, sessionHref } from '../routes';
import { absoluteUrl } from '../site';

/**
 * The pieces every data file shares (the entity data.json files and the open-data tables): the stable id
 * of a car in a session, one entry of a merged classification as data, a session's head, its reports.
 */

/**
 * A car's id in a merged session, stable from build to build: `<session id>/<class id>/car-<number>`, or
 * for a car without a number `<session id>/<class id>/crew:<team id>:<driver id>+<driver id>`, with `~2`,
 * `~3` … after the second and later of two numberless cars with the same team and crew (numbers are
 * unique in a session; ids of teams and drivers are folded to `[a-z0-9-]`, so `:` and `+` separate).
 * O(1) for a numbered car; O(class size) for a numberless one (entryIds gives a whole class in one pass).
 */
export function entryId(session: Pick<SessionNode, 'id'>, cls: ClassResult, entry: Entry): string {
  if (entry.number !== undefined) return `${session.id}/${cls.id}/car-${entry.number}`;
  const key = crewKey(entry);
  let seen = 0;
  for (const other of cls.entries) {
    if (other === entry) break;
    if (other.number === undefined && crewKey(other) === key) seen++;
  }
  return idOf(session, cls, key, seen);
}

/** The ids of every entry of a class, in one pass (what entryId gives each). */
export function entryIds(session: Pick<SessionNode, 'id'>, cls: ClassResult): string[] {
  const seen = new Map<string, number>();
  return cls.entries.map((e) => {
    if (e.number !== undefined) return `${session.id}/${cls.id}/car-${e.number}`;
    const key = crewKey(e);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return idOf(session, cls, key, n);
  });
}

const idOf = (session: Pick<SessionNode, 'id'>, cls: ClassResult, key: string, earlier: number) =>
  `${session.id}/${cls.id}/${key}${earlier > 0 ? `~${earlier + 1}` : ''}`;

function crewKey(e: Entry): string {
  return `crew:${e.team?.id ?? ''}:${uniqueDrivers(e).map((d) => d.id).join('+')}`;
}

/** The entry's drivers, each once, in the order written. */
export function uniqueDrivers(e: Entry): Entry['drivers'] {
  const seen = new Set<string>();
  return e.drivers.filter((d) => !seen.has(d.id) && (seen.add(d.id), true));
}

/** An entry's time and gap in canonical text and in milliseconds (a gap in laps as laps), laps, status and note. */
export function timingData(e: Entry) {
  return {
    time: e.time ? formatTime(e.time) : null,
    timeMs: e.time?.ms ?? null,
    gap: e.gap ? formatGap(e.gap) : null,
    gapMs: e.gap?.kind === 'time' ? e.gap.ms : null,
    gapLaps: e.gap?.kind === 'laps' ? e.gap.laps : null,
    laps: e.laps ?? null,
    status: e.status ?? null,
    note: e.note ?? null,
  };
}

/** One car of a merged classification, with ids and canonical names; times in milliseconds and as text. */
export function entryData(graph: Graph, session: SessionNode, cls: ClassResult, e: Entry, id = entryId(session, cls, e)) {
  return {
    entryId: id,
    pos: e.pos ?? null,
    overall: e.overall ?? null,
    number: e.number ?? null,
    team: e.team ? { id: e.team.id, name: nameOf(graph, 'teams', e.team.id) } : null,
    car: e.car ? { id: e.car.id, name: nameOf(graph, 'cars', e.car.id) } : null,
    drivers: uniqueDrivers(e).map((d) => ({ id: d.id, name: nameOf(graph, 'drivers', d.id), ...(d.category ? { category: d.category } : {}) })),
    ...timingData(e),
  };
}
export type EntryData = ReturnType<typeof entryData>;

/** What a session is: its ids, names, kind and whether statistics count it. */
export function sessionHead(session: SessionNode) {
  return {
    id: session.id,
    slug: session.slug,
    name: session.name,
    type: session.type,
    at: session.at ?? null,
    provisional: session.provisional,
    counted: session.counted,
    kind: sessionKind(session),
    url: absoluteUrl(sessionHref(session)),
  };
}

/** The articles that report a session (or an edition), oldest first as the graph keeps them. */
export function reportsData(slugs: readonly string[]) {
  return slugs.map((slug) => ({ slug, url: absoluteUrl(articleHref(slug)) }));
}

/** The `<event>/<year>` id of a session's edition, or null for a session of an article without an event. */
export function editionIdOf(session: Pick<SessionNode, 'eventId' | 'year'>): string | null {
  return session.eventId !== undefined && session.year !== undefined ? editionKey(session.eventId, session.year) : null;
}
