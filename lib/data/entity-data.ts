/** An entity as data: the driver, team, car and event data.json files. */
import type { ClassResult, Entry } from '../content/types';
import { nameOf } from '../graph/queries';
import { editionKey, type SessionNode } from '../graph/session-merge';
import { statsOf, tallyOf, type EntityStats, type StatsKind } from '../graph/stats';
import { workCounter } from '../graph/work-counter';
import type { EntityNode, EntryRecord, EventNode, Graph } from '../graph/types';
import { carHref, dataHref, editionHref, entityHref } from '../routes';
import { absoluteUrl } from '../site';
import { editionIdOf, entryData, entryIds, reportsData, sessionHead, type EntryData } from './entries';
import { LICENSE } from './license';

/**
 * An entity as data: `/drivers/<id>/data.json`, `/teams/<id>/data.json`, `/cars/<id>/data.json` and
 * `/events/<id>/data.json` (shapes in docs/data.md).
 *
 * Results are facts about sessions: each is one car of one session's merged classification (every report
 * of the session joined, lib/graph/session-merge.ts), whatever number of reports list it. They are found from
 * the entity's own entries (graph.entriesBy) through graph.sessions, so the cost is linear in the entity's
 * entries (plus one look through the class of a car that several reports merged); nothing scans the site.
 */

export type DataKind = 'drivers' | 'teams' | 'cars' | 'events';
export const DATA_KINDS: readonly DataKind[] = ['drivers', 'teams', 'cars', 'events'];

/** The ids a data.json route serves: every entity of the kind. */
export function dataIds(graph: Graph, kind: DataKind): string[] {
  return [...graph[kind].keys()];
}

/** The data file of one entity, or undefined for an unknown id. */
export function dataFile(graph: Graph, kind: DataKind, id: string): object | undefined {
  if (kind !== 'events') return entityData(graph, kind, id);
  const event = graph.events.get(id);
  return event ? eventData(graph, event) : undefined;
}

/** A driver, team or car model as data, or undefined for an unknown id. */
export function entityData(graph: Graph, kind: StatsKind, id: string) {
  const node = graph[kind].get(id);
  if (!node) return undefined;
  const extra =
    kind === 'drivers'
      ? { nationality: graph.drivers.get(id)!.nationality ?? null, born: graph.drivers.get(id)!.born ?? null }
      : kind === 'teams'
        ? { country: graph.teams.get(id)!.country ?? null }
        : {};
  return {
    kind,
    id,
    name: node.name,
    aliases: kind === 'cars' ? [] : (node as EntityNode).aliases,
    ...extra,
    url: absoluteUrl(kind === 'cars' ? carHref(id) : entityHref(kind, id)),
    data: absoluteUrl(dataHref(kind, id)),
    license: LICENSE.name,
    stats: statsData(statsOf(graph.stats, kind, id), kind),
    results: entityResults(graph, kind, id),
  };
}

function statsData(s: EntityStats, kind: StatsKind) {
  return {
    starts: s.starts,
    classWins: s.classWins,
    podiums: s.podiums,
    poles: s.poles,
    dnfs: s.dnfs,
    // From the lap analyses of official timing (docs/data.md): a car is always driven, so time at the wheel is a driver's.
    lapsRaced: s.lapsRaced,
    lapsLed: s.lapsLed,
    fastestLaps: s.fastestLaps,
    ...(kind === 'drivers' ? { timeAtWheelMs: s.timeAtWheelMs } : {}),
    seasons: s.seasons.map((t) => ({
      year: t.year,
      series: t.seriesId ?? null,
      class: { id: t.classId, name: t.className },
      starts: t.starts,
      classWins: t.classWins,
      podiums: t.podiums,
      poles: t.poles,
      dnfs: t.dnfs,
    })),
    bestByEvent: s.bestByEvent.map((b) => ({ event: b.eventId, year: b.year, pos: b.pos, class: { id: b.classId, name: b.className }, session: b.session.id })),
  };
}

/** Whether the merged entry still names the entity (a provisional report may name a crew the final one does not). */
function names(kind: StatsKind, id: string, e: Entry): boolean {
  if (kind === 'drivers') return e.drivers.some((d) => d.id === id);
  if (kind === 'teams') return e.team?.id === id;
  return e.car?.id === id;
}

/** The class of the merged classification that holds a merged entry: the record's own class, unless several reports merged it. */
function classOf(record: EntryRecord, merged: Entry): ClassResult | undefined {
  const own = record.session.classes.find((c) => c.id === record.classId);
  // An entry no other report merged into stays the one the report lists, in the class the report gives.
  if (merged === record.entry) return own;
  const holds = (c: ClassResult) => ((workCounter.steps += c.entries.length), c.entries.includes(merged));
  return own && holds(own) ? own : record.session.classes.find(holds);
}

/**
 * Every result of a driver, team or car model: one per session × car, newest report first. A car listed
 * by three reports of one race is one result, with the three reports.
 */
export function entityResults(graph: Graph, kind: StatsKind, id: string) {
  const seen = new Set<Entry>();
  const out: ReturnType<typeof resultData>[] = [];
  for (const record of graph.entriesBy[kind].get(id) ?? []) {
    workCounter.steps++;
    const merged = graph.sessions.mergedOf.get(record.entry) ?? record.entry;
    if (seen.has(merged)) continue;
    seen.add(merged);
    if (!names(kind, id, merged)) continue;
    const session = record.session;
    const cls = classOf(record, merged);
    if (!cls) continue;
    out.push(resultData(graph, session, cls, merged));
  }
  return out;
}

function resultData(graph: Graph, session: SessionNode, cls: ClassResult, e: Entry) {
  const { entryId, ...entry } = entryData(graph, session, cls, e);
  return {
    entryId,
    edition: editionIdOf(session),
    event: session.eventId ?? null,
    year: session.year ?? null,
    session: sessionHead(session),
    counted: session.counted,
    class: { id: cls.id, name: cls.name },
    ...entry,
    /** What this result adds to the statistics (all zeros when the session is not counted). */
    tally: tallyOf(session, e),
    reports: reportsData(session.reports),
  };
}

type Honour = EntryData & { session: string; class: { id: string; name: string } };

/** An event as data: its editions (newest first) with their sessions, class winners and pole sitters. */
export function eventData(graph: Graph, event: EventNode) {
  const totals = { editions: event.editions.length, sessions: 0, reports: 0, starts: 0, classWins: 0, podiums: 0, poles: 0, dnfs: 0 };
  const editions = event.editions.map((edition) => {
    const winners: Honour[] = [];
    const poles: Honour[] = [];
    totals.reports += edition.articles.length;
    const sessions = edition.sessions.map((session) => {
      totals.sessions++;
      return {
        ...sessionHead(session),
        names: session.names,
        reports: reportsData(session.reports),
        classes: session.classes.map((cls) => {
          const ids = entryIds(session, cls);
          return {
            id: cls.id,
            name: cls.name,
            entries: cls.entries.map((e, i) => {
              const t = tallyOf(session, e);
              for (const k of ['starts', 'classWins', 'podiums', 'poles', 'dnfs'] as const) totals[k] += t[k];
              const data = entryData(graph, session, cls, e, ids[i]);
              const honour = { session: session.id, class: { id: cls.id, name: cls.name }, ...data };
              if (t.classWins) winners.push(honour);
              if (t.poles) poles.push(honour);
              return data;
            }),
          };
        }),
      };
    });
    return {
      id: editionKey(edition.eventId, edition.year),
      year: edition.year,
      url: absoluteUrl(editionHref(edition.eventId, edition.year)),
      series: edition.seriesId ? { id: edition.seriesId, name: nameOf(graph, 'series', edition.seriesId) } : null,
      circuit: edition.circuitId ? { id: edition.circuitId, name: nameOf(graph, 'circuits', edition.circuitId) } : null,
      reports: reportsData(edition.articles),
      classWinners: winners,
      poleSitters: poles,
      sessions,
    };
  });
  return {
    kind: 'events' as const,
    id: event.id,
    name: event.name,
    aliases: event.aliases,
    series: event.seriesId ? { id: event.seriesId, name: nameOf(graph, 'series', event.seriesId) } : null,
    circuit: event.circuitId ? { id: event.circuitId, name: nameOf(graph, 'circuits', event.circuitId) } : null,
    url: absoluteUrl(entityHref('events', event.id)),
    data: absoluteUrl(dataHref('events', event.id)),
    license: LICENSE.name,
    /** Totals awarded at this event, by the same rules as a driver's: starters, class wins, podium places, poles, DNFs. */
    stats: totals,
    editions,
  };
}
