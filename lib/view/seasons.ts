/**
 * The season-by-season statistics of a driver, team or car, bounded on their page: a long career has
 * hundreds of rows (year × series × class; 594 for the busiest driver and 1,463 for the busiest team at
 * 10,000 articles, 0.5–1.2 MB of HTML), so the page shows the latest SEASON_ROWS rows and a chart of its
 * CHART_LANES busiest lanes, and every row is on the season pages `/<kind>/<id>/seasons/page/<n>`.
 */
import { classTag } from './html/class-badge';
import type { EntityViewProps } from './props/entity-view';
import type { SeasonArchiveProps } from './props/season-archive';
import type { SeasonRow } from './props/season-table';
import { nameOf, type DriverNode, type Graph, type TeamNode } from '../graph/index';
import { statsOf, type EntityStats } from '../graph/stats';
import { entityHref } from '../routes';
import { archiveFrame } from './archive-frame';

export const SEASON_ROWS = 30;
export const CHART_LANES = 8;
export const SEASON_PAGE_SIZE = 150;

type SeasonKind = 'drivers' | 'teams';

/** The statistics' seasons: one row per year × series × class, counted by the contract's rules, newest first. */
export function seasonRows(graph: Graph, stats: EntityStats): SeasonRow[] {
  return stats.seasons.map((s) => ({
    year: s.year,
    series: s.seriesId ? (graph.series.get(s.seriesId)?.shortName ?? nameOf(graph, 'series', s.seriesId)) : undefined,
    className: s.className,
    classTag: classTag(s.className),
    starts: s.starts,
    classWins: s.classWins,
    podiums: s.podiums,
    poles: s.poles,
    dnfs: s.dnfs,
  }));
}

/** The rows of the CHART_LANES lanes (series × class) with the most starts, the most recent first on a tie. */
function busiestLanes(rows: readonly SeasonRow[]): SeasonRow[] {
  const lane = (r: SeasonRow) => `${r.series ?? ''}|${r.className}`;
  const starts = new Map<string, { starts: number; last: number }>();
  for (const r of rows) {
    const t = starts.get(lane(r)) ?? { starts: 0, last: 0 };
    starts.set(lane(r), { starts: t.starts + r.starts, last: Math.max(t.last, r.year) });
  }
  if (starts.size <= CHART_LANES) return [...rows];
  const kept = new Set(
    [...starts]
      .sort((a, b) => b[1].starts - a[1].starts || b[1].last - a[1].last)
      .slice(0, CHART_LANES)
      .map(([k]) => k),
  );
  return rows.filter((r) => kept.has(lane(r)));
}

export function seasonsHref(kind: SeasonKind, id: string, page = 1): string {
  return `${entityHref(kind, id)}/seasons/page/${page}`;
}

/** Season pages of a driver or team: none when its page shows every row. */
export function seasonPageCount(graph: Graph, kind: SeasonKind, id: string): number {
  const rows = statsOf(graph.stats, kind, id).seasons.length;
  return rows > SEASON_ROWS ? Math.ceil(rows / SEASON_PAGE_SIZE) : 0;
}

/** Static params of every season page: O(entities). */
export function seasonArchiveParams(graph: Graph, kind: SeasonKind): { id: string; n: string }[] {
  const out: { id: string; n: string }[] = [];
  for (const id of graph[kind].keys()) for (let n = 1; n <= seasonPageCount(graph, kind, id); n++) out.push({ id, n: String(n) });
  return out;
}

/** The season section of an entity page (EntityViewProps): the latest rows, the chart's, the count, the link. */
export function seasonSection(graph: Graph, stats: EntityStats, archive?: { kind: SeasonKind; id: string }): Pick<EntityViewProps, 'seasons' | 'seasonsChart' | 'seasonsTotal' | 'seasonsArchive'> {
  const rows = seasonRows(graph, stats);
  return {
    seasons: rows.slice(0, SEASON_ROWS),
    seasonsChart: busiestLanes(rows),
    seasonsTotal: rows.length,
    seasonsArchive: archive && rows.length > SEASON_ROWS ? { href: seasonsHref(archive.kind, archive.id), label: `every season, on ${archive.kind === 'drivers' ? 'the driver' : 'the team'}'s season pages` } : undefined,
  };
}

/** Page `page` of the seasons of a driver or team. */
export function seasonArchiveProps(graph: Graph, kind: SeasonKind, node: DriverNode | TeamNode, page: number): SeasonArchiveProps {
  const rows = seasonRows(graph, statsOf(graph.stats, kind, node.id));
  const pages = seasonPageCount(graph, kind, node.id);
  return {
    ...archiveFrame({ kind, kindTitle: kind === 'drivers' ? 'Drivers' : 'Teams', node, what: 'Seasons', suffix: 'seasons', total: rows.length, page, pages }),
    rows: rows.slice((page - 1) * SEASON_PAGE_SIZE, page * SEASON_PAGE_SIZE),
  };
}
