/** An article's results as data (results.json, results.csv). */
import { csvDocument } from './csv';
import { timingData } from './data/entries';
import type { Article } from './content/types';
import { nameOf, type Graph } from './graph';
import { absoluteUrl } from './site';

/** An article's results as data: canonical times and milliseconds, entity ids and names. */
export function resultsJson(graph: Graph, article: Article) {
  const ev = article.event;
  return {
    article: { slug: article.slug, title: article.title, date: article.date, lang: article.lang, url: absoluteUrl(article.url) },
    event: ev
      ? {
          id: ev.event.id,
          name: nameOf(graph, 'events', ev.event.id),
          year: ev.year,
          series: ev.series ? { id: ev.series.id, name: nameOf(graph, 'series', ev.series.id) } : null,
          circuit: ev.circuit ? { id: ev.circuit.id, name: nameOf(graph, 'circuits', ev.circuit.id) } : null,
        }
      : null,
    sessions: article.sessions.map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      at: s.at ?? null,
      classes: s.classes.map((c) => ({
        id: c.id,
        name: c.name,
        entries: c.entries.map((e) => ({
          pos: e.pos ?? null,
          overall: e.overall ?? null,
          number: e.number ?? null,
          team: e.team ? { id: e.team.id, name: nameOf(graph, 'teams', e.team.id), written: e.team.written } : null,
          car: e.car ? { id: e.car.id, name: nameOf(graph, 'cars', e.car.id) } : null,
          drivers: e.drivers.map((d) => ({
            id: d.id,
            name: nameOf(graph, 'drivers', d.id),
            written: d.written,
            ...(d.category ? { category: d.category } : {}),
          })),
          ...timingData(e),
        })),
      })),
    })),
  };
}

const CSV_COLUMNS = [
  'session', 'session_type', 'at', 'class', 'pos', 'overall', 'number', 'team_id', 'team', 'car_id', 'car',
  'driver_ids', 'drivers', 'time', 'time_ms', 'gap', 'gap_ms', 'gap_laps', 'laps', 'status', 'note',
] as const;

/** One row per entry, RFC 4180, UTF-8. Driver lists are joined with "; ". */
export function resultsCsv(graph: Graph, article: Article): string {
  const data = resultsJson(graph, article);
  const rows: (string | number | null)[][] = [];
  for (const s of data.sessions) {
    for (const c of s.classes) {
      for (const e of c.entries) {
        const row: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
          session: s.name,
          session_type: s.type,
          at: s.at,
          class: c.name,
          pos: e.pos,
          overall: e.overall,
          number: e.number,
          team_id: e.team?.id ?? null,
          team: e.team?.name ?? null,
          car_id: e.car?.id ?? null,
          car: e.car?.name ?? null,
          driver_ids: e.drivers.map((d) => d.id).join('; '),
          drivers: e.drivers.map((d) => d.name).join('; '),
          time: e.time,
          time_ms: e.timeMs,
          gap: e.gap,
          gap_ms: e.gapMs,
          gap_laps: e.gapLaps,
          laps: e.laps,
          status: e.status,
          note: e.note,
        };
        rows.push(CSV_COLUMNS.map((col) => row[col]));
      }
    }
  }
  return csvDocument(CSV_COLUMNS, rows);
}
