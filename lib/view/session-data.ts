/**
 * Where a session page finds its data: the sessions to list (static params) and a session's laps, read
 * from the timing cache by the analysis file's hash when the page or laps.csv renders, never kept in the graph.
 */
import { readSessionLaps } from '../content/timing/read-laps';
import type { SessionLapSummary } from '../content/timing/types';
import type { Graph, SessionNode } from '../graph/types';
import type { SessionLaps } from './session';

/** The graph's summary of a session's laps, if its timing has an analysis file. */
export function lapSummaryOf(s: SessionNode): SessionLapSummary | undefined {
  return s.laps;
}

/** Every session of every edition, as route params. */
export function sessionParams(graph: Graph): { id: string; year: string; session: string }[] {
  return [...graph.editions.values()].flatMap((e) => e.sessions.map((s) => ({ id: e.eventId, year: String(e.year), session: s.slug })));
}

/**
 * The session's lap rows (driver ids resolved as the graph resolves them) and summary, read from the
 * timing cache by the file's hash; undefined without laps.
 */
export async function sessionLapsOf(s: SessionNode, graph?: Graph): Promise<SessionLaps | undefined> {
  const summary = lapSummaryOf(s);
  if (!summary) return undefined;
  const file = s.timing?.laps?.file ?? summary.file;
  const rows = await readSessionLaps(file, summary.hash, graph ? (name) => graph.resolve('drivers', name) : undefined);
  return { rows, summary };
}
