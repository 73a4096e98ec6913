/**
 * The editions of an event, circuit or series page, bounded there: a series at 10,000 articles has hundreds
 * of editions (4.2 MB of HTML when its page listed them all), so the page shows the latest HUB_EDITIONS and
 * every edition, with its class winners, pole sitters and reports, is on the edition pages
 * `/<kind>/<id>/editions` and `…/editions/page/<n>`, EDITION_PAGE_SIZE to a page.
 */
import type { HubArchiveEdition, HubArchiveProps } from './props/hub-archive';
import type { HubEdition, HubViewProps } from './props/hub-view';
import { plural } from '../plural';
import { nameOf, recordsOf, type CircuitNode, type Edition, type EventNode, type Graph, type SeriesNode } from '../graph';
import { editionHref, entityHref, pageHref } from '../routes';
import { archiveFrame } from './archive-frame';
import { honourRow } from './honours';
import { articleCards, eventLabel, thumbOf } from './shared';

export type HubKind = 'events' | 'circuits' | 'series';
type HubNode = EventNode | CircuitNode | SeriesNode;

/** Reports per edition, as cards on the page and as rows on the edition pages (every one is on the edition's own page). */
export const EDITION_CARDS = 6;
/** Editions on an event, circuit or series page: the latest. */
export const HUB_EDITIONS = 4;
/**
 * Editions on an edition page. With its class winners, pole sitters and report rows an edition is 5–10 KB
 * at 10,000 articles; as report cards with their class leaders it was up to 39 KB.
 */
export const EDITION_PAGE_SIZE = 12;

const HUB_TITLE: Record<HubKind, string> = { events: 'Events', circuits: 'Circuits', series: 'Series' };

/** Every edition of an event, circuit or series, newest first. */
export function hubEditionList(graph: Graph, kind: HubKind, id: string): readonly Edition[] {
  return kind === 'events' ? (graph.events.get(id)?.editions ?? []) : (graph.editionsBy[kind].get(id) ?? []);
}

/** An edition's heading: its title (with the event's name on a circuit or series), link, place and count. */
function editionHeading(graph: Graph, e: Edition, titleWithEvent: boolean): Omit<HubEdition, 'articles'> {
  const place = e.circuitId ? nameOf(graph, 'circuits', e.circuitId) : undefined;
  const count = plural(e.articles.length, 'report') + (e.articles.length > EDITION_CARDS ? `, the latest ${EDITION_CARDS} shown` : '');
  return {
    anchor: titleWithEvent ? `${e.eventId}-${e.year}` : String(e.year),
    title: titleWithEvent ? `${nameOf(graph, 'events', e.eventId)} ${e.year}` : String(e.year),
    href: editionHref(e.eventId, e.year),
    meta: [titleWithEvent ? undefined : place, count].filter(Boolean).join(' · '),
  };
}

/** An edition on a hub page, its latest reports as cards. */
function editionSection(graph: Graph, e: Edition, titleWithEvent: boolean): HubEdition {
  return {
    ...editionHeading(graph, e, titleWithEvent),
    // Without each report's class leaders (the edition's page has every session's): with them, four
    // editions were up to 160 KB of a circuit's page.
    articles: articleCards(graph, e.articles.slice(0, EDITION_CARDS), 'h3', false),
  };
}

/** An edition on an edition page: its class winners and pole sitters, and its latest reports as rows. */
function archiveSection(graph: Graph, e: Edition, titleWithEvent: boolean): HubArchiveEdition {
  const r = recordsOf([e]);
  const row = (h: (typeof r.winners)[number]) => honourRow(graph, h, false);
  return {
    ...editionHeading(graph, e, titleWithEvent),
    honours: [
      { title: 'Class winners', rows: r.winners.map(row) },
      { title: 'Pole sitters', rows: r.poles.map(row) },
    ].filter((h) => h.rows.length > 0),
    reports: e.articles.slice(0, EDITION_CARDS).map((slug) => {
      const a = graph.articleBySlug.get(slug)!;
      return { href: a.url, title: a.title, date: a.date, lang: a.lang, kicker: eventLabel(graph, a), ...thumbOf(a, 'thumb') };
    }),
  };
}

/** `/<kind>/<id>/editions` (page 1, like an index's) and `/<kind>/<id>/editions/page/<n>`. */
export function editionsHref(kind: HubKind, id: string, page = 1): string {
  return pageHref(`${entityHref(kind, id)}/editions`, page);
}

/** Edition pages of an event, circuit or series: none when its page shows every edition. */
export function hubEditionPageCount(graph: Graph, kind: HubKind, id: string): number {
  const n = hubEditionList(graph, kind, id).length;
  return n > HUB_EDITIONS ? Math.ceil(n / EDITION_PAGE_SIZE) : 0;
}

/** Static params of every edition page: O(entities). */
export function hubEditionParams(graph: Graph, kind: HubKind): { id: string; n: string }[] {
  const out: { id: string; n: string }[] = [];
  for (const id of graph[kind].keys()) for (let n = 1; n <= hubEditionPageCount(graph, kind, id); n++) out.push({ id, n: String(n) });
  return out;
}

/** The link to the edition pages, when the hub page does not show every edition. */
export function hubEditionsLink(graph: Graph, kind: HubKind, id: string): { href: string; label: string } | undefined {
  const n = hubEditionList(graph, kind, id).length;
  return n > HUB_EDITIONS ? { href: editionsHref(kind, id), label: `All ${plural(n, 'edition')}` } : undefined;
}

/** The editions section of a hub page (HubViewProps): the latest, how many in all, the link to every one. */
export function hubEditionSection(graph: Graph, kind: HubKind, id: string): Pick<HubViewProps, 'editions' | 'editionsTotal' | 'editionsArchive'> {
  const all = hubEditionList(graph, kind, id);
  return {
    editions: all.slice(0, HUB_EDITIONS).map((e) => editionSection(graph, e, kind !== 'events')),
    editionsTotal: all.length,
    editionsArchive: hubEditionsLink(graph, kind, id),
  };
}

/** Page `page` of the editions of an event, circuit or series. */
export function hubArchiveProps(graph: Graph, kind: HubKind, node: HubNode, page: number): HubArchiveProps {
  const all = hubEditionList(graph, kind, node.id);
  const pages = hubEditionPageCount(graph, kind, node.id);
  return {
    ...archiveFrame({ kind, kindTitle: HUB_TITLE[kind], node, what: 'Editions', suffix: 'editions', total: all.length, page, pages }),
    editions: all.slice((page - 1) * EDITION_PAGE_SIZE, page * EDITION_PAGE_SIZE).map((e) => archiveSection(graph, e, kind !== 'events')),
  };
}
