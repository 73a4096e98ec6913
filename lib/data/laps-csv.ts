/**
 * A session's laps as open data: `/events/<id>/<year>/<session-id>/laps.csv`, one row per lap, with the
 * position in class at that lap, and its resource in the Data Package (lib/data/open-data.ts, docs/data.md).
 */
import type { LapRow } from '../content/timing/types';
import { csvChunks } from '../csv';
import type { Graph, SessionNode } from '../graph/types';
import { lapsCsvHref } from '../routes';
import { absoluteUrl } from '../site';
import { positionsInClass } from '../view/lap-positions';
import { lapSummaryOf } from '../view/session-data';

type FieldType = 'string' | 'integer' | 'boolean';

/** The columns of laps.csv, in order, as the Data Package declares them. */
export const LAP_FIELDS: readonly { name: string; type: FieldType; description: string; required?: boolean }[] = [
  { name: 'car', type: 'string', description: 'The car number, as on the timing sheet.', required: true },
  { name: 'driver_id', type: 'string', description: "The driver of the lap: the id of their page (/drivers/<id>).", required: true },
  { name: 'lap', type: 'integer', description: 'The lap number, from 1.', required: true },
  { name: 'lap_time_ms', type: 'integer', description: 'The lap time in milliseconds; empty when the timekeeper gives none.' },
  { name: 'elapsed_ms', type: 'integer', description: 'Time from the start to the end of this lap, in milliseconds.', required: true },
  { name: 'pit_in', type: 'boolean', description: 'The lap ends in the pit lane.', required: true },
  { name: 'pit_time_ms', type: 'integer', description: 'Time in the pit lane, in milliseconds, on the lap that leaves the pits; empty otherwise.' },
  { name: 'class', type: 'string', description: 'The class, as the site names it (Hypercar, LMGT3).', required: true },
  {
    name: 'position_in_class',
    type: 'integer',
    description: 'Position in class at the end of this lap: one more than the number of cars of the class that completed this lap earlier.',
    required: true,
  },
];

/** The CSV in pieces, rows in the file's order (car by car, lap by lap). */
export function lapsCsvChunks(rows: readonly LapRow[]): Iterable<string> {
  const pos = positionsInClass(rows);
  return csvChunks(
    LAP_FIELDS.map((f) => f.name),
    rows.map((r, i) => [r.number, r.driverId, r.lap, r.lapMs, r.elapsedMs, r.pitIn, r.pitMs, r.class, pos[i]]),
  );
}

/** The Data Package resource of each session with laps. */
export function lapsResources(graph: Graph) {
  const out = [];
  for (const s of graph.sessions.all) {
    if (!lapSummaryOf(s) || s.eventId === undefined) continue;
    out.push({
      name: `laps-${s.eventId}-${s.year}-${s.slug}`,
      path: absoluteUrl(lapsCsvHref(s)),
      profile: 'tabular-data-resource',
      title: `Laps: ${graph.events.get(s.eventId)?.name ?? s.eventId} ${s.year}, ${s.at ? `${s.name}, ${s.at}` : s.name}`,
      description: 'Every lap of every car of the session, from the timekeeper’s analysis file, with the position in class at each lap.',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: LAP_FIELDS.map((x) => ({ name: x.name, type: x.type, description: x.description, ...(x.required ? { constraints: { required: true } } : {}) })),
        missingValues: [''],
        primaryKey: ['car', 'lap'],
      },
    });
  }
  return out;
}

/** Whether a session has laps to publish (else laps.csv is a 404). */
export const hasLaps = (s: SessionNode) => lapSummaryOf(s) !== undefined;
