/** Head to head: the drivers a driver met most often in the same class. */
import { isDns } from '../content/session-identity';
import type { Entry } from '../content/types';
import type { SessionNode } from './session-merge';
import { runToEnd, type Steps } from './steps';
import type { Graph } from './types';
import { workCounter } from './work-counter';

/**
 * Head to head: the drivers a driver met most often in the same class of a race's final classification
 * (never a co-driver of the same car), and who finished ahead. A car with a position beats one without
 * (a retirement); two cars without a position are a meeting with no winner.
 *
 * Computed for one driver on request: the cost is the sum of the class sizes of that driver's starts
 * (0.1–0.2 s for the busiest driver of 30,000 articles); a page makes it in steps (lib/graph/queries.ts
 * `entityPageSteps`) and keeps it.
 */
export interface Meeting {
  session: SessionNode;
  className: string;
  /** True when the driver finished ahead of the rival, false when behind, undefined when neither was classified. */
  ahead?: boolean;
}

export interface Rival {
  id: string;
  meetings: Meeting[];
  wins: number;
  losses: number;
}

export const RIVALS_SHOWN = 10;

const rank = (e: Entry) => (isDns(e.status) ? undefined : (e.pos ?? Infinity));

export function rivalsOf(graph: Graph, driverId: string, limit = RIVALS_SHOWN): Rival[] {
  return runToEnd(rivalsSteps(graph, driverId, limit));
}

/** A driver's starts read between two pauses of rivalsSteps. */
const RIVALS_STEP = 500;

/** rivalsOf in steps: a pause after every RIVALS_STEP entries of the driver (a page's render, in turns). */
export function* rivalsSteps(graph: Graph, driverId: string, limit = RIVALS_SHOWN): Steps<Rival[]> {
  const byRival = new Map<string, Rival>();
  const seen = new Set<string>();
  const records = graph.entriesBy.drivers.get(driverId) ?? [];
  for (let i = 0; i < records.length; i++) {
    if (i % RIVALS_STEP === RIVALS_STEP - 1) yield;
    const record = records[i]!;
    const session = record.session;
    if (!session.counted || session.type !== 'race') continue;
    // Two reports of one race are one meeting.
    const key = `${session.id}|${record.classId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cls = session.classes.find((c) => c.id === record.classId);
    if (!cls) continue;
    const mine = cls.entries.find((e) => e.drivers.some((d) => d.id === driverId));
    if (!mine || rank(mine) === undefined) continue;
    for (const other of cls.entries) {
      workCounter.steps++;
      if (other === mine || rank(other) === undefined) continue;
      const a = rank(mine)!;
      const b = rank(other)!;
      const ahead = a === b ? undefined : a < b;
      for (const id of new Set(other.drivers.map((d) => d.id))) {
        if (id === driverId) continue;
        let r = byRival.get(id);
        if (!r) byRival.set(id, (r = { id, meetings: [], wins: 0, losses: 0 }));
        r.meetings.push({ session, className: cls.name, ahead });
        if (ahead === true) r.wins++;
        else if (ahead === false) r.losses++;
      }
    }
  }
  return [...byRival.values()]
    .sort((a, b) => b.meetings.length - a.meetings.length || b.wins + b.losses - (a.wins + a.losses) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
