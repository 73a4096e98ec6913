/**
 * Where a session page finds its data: the sessions to list (static params) and a session's laps, read
 * from the timing cache by the analysis file's hash when the page or laps.csv renders, never kept in the graph.
 */
import type { SessionLapSummary } from '../content/timing/types';
import type { Graph, SessionNode } from '../graph/types';
import type { SessionLaps } from './session';

/** The graph's summary of a session's laps, if its timing has an analysis file. */
export function lapSummaryOf(s: SessionNode): SessionLapSummary | undefined {
  return (s as SessionNode & { laps?: SessionLapSummary }).laps;
}

/** Every session of every edition, as route params. */
export function sessionParams(graph: Graph): { id: string; year: string; session: string }[] {
  return [...graph.editions.values()].flatMap((e) => e.sessions.map((s) => ({ id: e.eventId, year: String(e.year), session: s.slug })));
}

/** The session's lap rows and summary, read from the timing cache; undefined without laps. */
export async function sessionLapsOf(s: SessionNode): Promise<SessionLaps | undefined> {
  const summary = lapSummaryOf(s);
  if (!summary) return undefined;
  // Wired to lib/content/timing/read-laps.ts once the graph holds the summaries.
  return undefined;
}
