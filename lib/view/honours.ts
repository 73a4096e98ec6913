/**
 * The records of an event or circuit as rows: roll of honour, pole sitters, qualifying records
 * (lib/graph/records.ts). Its page shows the winners and pole sitters of the latest HONOUR_YEARS years
 * (a circuit has 100–130 of each at 10,000 articles, 156 KB of HTML); every edition's are on its edition
 * pages (lib/view/hub-editions.ts), which exist whenever the rows are cut, since HONOUR_YEARS ≥ HUB_EDITIONS.
 */
import { classTag } from './html/class-badge';
import type { HonourRow, RecordsViewProps } from './props/records-view';
import { formatTime } from '../content/time';
import { nameOf, recordsOf, type Edition, type Graph, type Honour } from '../graph';
import { sessionHref } from '../routes';
import { entryLabel } from './shared';

export const HONOUR_YEARS = 8;

export function honourRow(graph: Graph, h: Honour, withEvent: boolean): HonourRow {
  return {
    year: h.year,
    event: withEvent ? nameOf(graph, 'events', h.eventId) : undefined,
    className: h.className,
    classTag: classTag(h.className),
    label: `${h.entry.number ? `#${h.entry.number} ` : ''}${entryLabel(graph, h.entry)}`,
    time: h.entry.time ? formatTime(h.entry.time) : undefined,
    href: sessionHref(h.session),
  };
}

/**
 * Roll of honour and pole sitters of the latest HONOUR_YEARS years of these editions (newest first), and
 * each class's qualifying record with its progression; `archive` links to every edition's.
 */
export function recordsView(graph: Graph, editions: readonly Edition[], withEvent: boolean, archive?: { href: string; label: string }): RecordsViewProps {
  const r = recordsOf(editions);
  const years = [...new Set(editions.map((e) => e.year))].sort((a, b) => b - a);
  const since = years.length > HONOUR_YEARS ? years[HONOUR_YEARS - 1]! : -Infinity;
  const row = (h: Honour) => honourRow(graph, h, withEvent);
  return {
    winners: r.winners.filter((h) => h.year >= since).map(row),
    winnersTotal: r.winners.length,
    poles: r.poles.filter((h) => h.year >= since).map(row),
    polesTotal: r.poles.length,
    since: years.length > HONOUR_YEARS ? since : undefined,
    archive,
    qualifying: r.qualifying.map((q) => ({
      className: q.className,
      classTag: classTag(q.className),
      record: row(q.record),
      progression: q.progression.map(row),
    })),
  };
}
