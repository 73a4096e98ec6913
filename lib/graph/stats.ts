/** Statistics by the contract's rules, computed once from the merged sessions. */
import { isDnf, isDns, isDsq } from '../content/session-identity';
import type { Entry } from '../content/types';
import type { SessionNode } from './session-merge';
import { runToEnd, type Steps } from './steps';
import { workCounter } from './work-counter';
import { buildLapStats, type LapStats } from './lap-stats';

/**
 * Statistics by the contract's rules ("Sessions and what counts"), computed once from the merged
 * sessions, so a session reported twice counts once:
 *
 * | counted     | from                                                           |
 * | a start     | an entry in a race's final classification, unless its status is DNS |
 * | a class win | pos 1 in a race's final classification (never a DSQ)          |
 * | a podium    | pos 1 to 3 in a race's final classification (never a DSQ)     |
 * | a pole      | pos 1 in a final qualifying session                            |
 * | a DNF       | status DNF in a race's final classification                   |
 *
 * Standings, provisional sessions and practice are never counted. One pass over the counted entries.
 */
export interface Tally {
  starts: number;
  classWins: number;
  podiums: number;
  poles: number;
  dnfs: number;
}

/** One row per year × series × class, newest first. */
export interface SeasonTally extends Tally {
  year: number;
  seriesId?: string;
  classId: string;
  className: string;
}

/** The best class position in a race's final classification at one event, with where it was achieved. */
export interface EventBest {
  eventId: string;
  pos: number;
  year: number;
  classId: string;
  className: string;
  session: SessionNode;
}

/**
 * With the figures from the laps (lib/graph/lap-stats.ts: lapsRaced, lapsLed, fastestLaps, and
 * timeAtWheelMs for drivers), counted only from the lap analyses of official timing.
 */
export interface EntityStats extends Tally, LapStats {
  seasons: SeasonTally[];
  /** Best race finish at each event, best first. */
  bestByEvent: EventBest[];
}

export type StatsKind = 'drivers' | 'teams' | 'cars';
export type StatsIndex = Record<StatsKind, Map<string, EntityStats>>;

export const emptyTally = (): Tally => ({ starts: 0, classWins: 0, podiums: 0, poles: 0, dnfs: 0 });

/** What one entry of a counted session adds: the rules, in one place. */
export function tallyOf(session: Pick<SessionNode, 'counted' | 'type'>, entry: Pick<Entry, 'pos' | 'status'>): Tally {
  const t = emptyTally();
  if (!session.counted) return t;
  if (session.type === 'race') {
    if (isDns(entry.status)) return t;
    t.starts = 1;
    const dsq = isDsq(entry.status);
    if (!dsq && entry.pos === 1) t.classWins = 1;
    if (!dsq && entry.pos !== undefined && entry.pos <= 3) t.podiums = 1;
    if (isDnf(entry.status)) t.dnfs = 1;
  } else if (session.type === 'qualifying' && entry.pos === 1) {
    t.poles = 1;
  }
  return t;
}

function addTo(target: Tally, t: Tally): void {
  target.starts += t.starts;
  target.classWins += t.classWins;
  target.podiums += t.podiums;
  target.poles += t.poles;
  target.dnfs += t.dnfs;
}

interface Building extends EntityStats {
  seasonByKey: Map<string, SeasonTally>;
  bestByEventId: Map<string, EventBest>;
}

/** Statistics of every driver, team and car model: O(entries of counted sessions). */
export function buildStats(
  sessions: readonly SessionNode[],
  seriesOf: (session: SessionNode) => string | undefined,
  resolveTeam: (written: string) => string = (w) => w,
): StatsIndex {
  return runToEnd(buildStatsSteps(sessions, seriesOf, resolveTeam));
}

/** buildStats in steps: it yields after each session and each batch of entities (lib/graph/steps.ts). */
export function* buildStatsSteps(
  sessions: readonly SessionNode[],
  seriesOf: (session: SessionNode) => string | undefined,
  resolveTeam: (written: string) => string = (w) => w,
): Steps<StatsIndex> {
  const building: Record<StatsKind, Map<string, Building>> = { drivers: new Map(), teams: new Map(), cars: new Map() };
  const get = (kind: StatsKind, id: string): Building => {
    let s = building[kind].get(id);
    if (!s) {
      building[kind].set(id, (s = { ...emptyTally(), ...emptyLaps(), seasons: [], bestByEvent: [], seasonByKey: new Map(), bestByEventId: new Map() }));
    }
    return s;
  };
  for (const session of sessions) {
    if (!session.counted) continue;
    const year = session.year;
    const seriesId = seriesOf(session);
    for (const cls of session.classes) {
      const key = year === undefined ? '' : `${year}|${seriesId ?? ''}|${cls.id}`;
      for (const entry of cls.entries) {
        workCounter.steps++;
        const t = tallyOf(session, entry);
        const ids: [StatsKind, string][] = [];
        for (let i = 0; i < entry.drivers.length; i++) {
          const d = entry.drivers[i]!.id;
          // A driver listed twice in one car counts once.
          if (entry.drivers.findIndex((x) => x.id === d) === i) ids.push(['drivers', d]);
        }
        if (entry.team) ids.push(['teams', entry.team.id]);
        if (entry.car) ids.push(['cars', entry.car.id]);
        for (const [kind, id] of ids) {
          const s = get(kind, id);
          addTo(s, t);
          if (year === undefined) continue;
          let row = s.seasonByKey.get(key);
          if (!row) s.seasonByKey.set(key, (row = { year, seriesId, classId: cls.id, className: cls.name, ...emptyTally() }));
          addTo(row, t);
          if (session.type === 'race' && session.eventId && entry.pos !== undefined && !isDsq(entry.status) && !isDns(entry.status)) {
            const best = s.bestByEventId.get(session.eventId);
            if (!best || entry.pos < best.pos || (entry.pos === best.pos && year < best.year)) {
              s.bestByEventId.set(session.eventId, { eventId: session.eventId, pos: entry.pos, year, classId: cls.id, className: cls.name, session });
            }
          }
        }
      }
    }
    yield;
  }
  const laps = buildLapStats(sessions, resolveTeam);
  for (const kind of ['drivers', 'teams', 'cars'] as const) for (const [id, l] of laps[kind]) Object.assign(get(kind, id), l);
  const out = { drivers: new Map(), teams: new Map(), cars: new Map() } as StatsIndex;
  for (const kind of ['drivers', 'teams', 'cars'] as const) {
    for (const [id, b] of building[kind]) {
      const { seasonByKey, bestByEventId, ...stats } = b;
      stats.seasons = [...seasonByKey.values()].sort(
        (a, b) => b.year - a.year || (a.seriesId ?? '').localeCompare(b.seriesId ?? '') || a.className.localeCompare(b.className),
      );
      stats.bestByEvent = [...bestByEventId.values()].sort((a, b) => a.pos - b.pos || a.year - b.year || a.eventId.localeCompare(b.eventId));
      out[kind].set(id, stats);
      // A batch of 100: at 10,000 articles one of 500 took up to 150 ms (their seasons sorted).
      if (out[kind].size % 100 === 0) yield;
    }
  }
  return out;
}

const emptyLaps = (): LapStats => ({ lapsRaced: 0, lapsLed: 0, fastestLaps: 0, timeAtWheelMs: 0 });
const EMPTY: EntityStats = Object.freeze({ ...emptyTally(), ...emptyLaps(), seasons: [], bestByEvent: [] }) as EntityStats;

/** An entity's statistics; zeros for one that never took part in a counted session. */
export function statsOf(index: StatsIndex, kind: StatsKind, id: string): EntityStats {
  return index[kind].get(id) ?? EMPTY;
}
