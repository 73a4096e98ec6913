/** Event, circuit and series pages. */
import { classTag } from './html/class-badge';
import { chipGroup } from './html/chips';
import type { HubEdition, HubViewProps } from './props/hub-view';
import { countryName } from '../country';
import { plural } from '../plural';
import { nameOf, recordsOf, type Honour, type CircuitNode, type Edition, type EventNode, type SeriesNode, type Graph } from '../graph';
import { dataHref, editionHref, entityHref, sessionHref } from '../routes';
import { formatTime } from '../content/time';
import type { RecordsViewProps, HonourRow } from './props/records-view';
import { articleCards, countChips, countIds, entryLabel } from './shared';

function honourRow(graph: Graph, h: Honour, withEvent: boolean): HonourRow {
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

/** Roll of honour, pole sitters and qualifying records of these editions (lib/graph/records.ts). */
function recordsView(graph: Graph, editions: readonly Edition[], withEvent: boolean): RecordsViewProps {
  const r = recordsOf(editions);
  return {
    winners: r.winners.map((h) => honourRow(graph, h, withEvent)),
    poles: r.poles.map((h) => honourRow(graph, h, withEvent)),
    qualifying: r.qualifying.map((q) => ({
      className: q.className,
      classTag: classTag(q.className),
      record: honourRow(graph, q.record, withEvent),
      progression: q.progression.map((h) => honourRow(graph, h, withEvent)),
    })),
  };
}

/** Report cards per edition on event, circuit and series pages (the rest are in the archives). */
export const EDITION_CARDS = 6;

function editionSections(graph: Graph, editions: readonly Edition[], titleWithEvent: boolean): HubEdition[] {
  return editions.map((e) => {
    const eventName = nameOf(graph, 'events', e.eventId);
    const place = e.circuitId ? nameOf(graph, 'circuits', e.circuitId) : undefined;
    return {
      anchor: titleWithEvent ? `${e.eventId}-${e.year}` : String(e.year),
      title: titleWithEvent ? `${eventName} ${e.year}` : String(e.year),
      href: editionHref(e.eventId, e.year),
      meta: [
        titleWithEvent ? undefined : place,
        plural(e.articles.length, 'report') + (e.articles.length > EDITION_CARDS ? `, the latest ${EDITION_CARDS} shown` : ''),
      ]
        .filter(Boolean)
        .join(' · '),
      articles: articleCards(graph, e.articles.slice(0, EDITION_CARDS)),
    };
  });
}

/** The one-line summary of an event, circuit or series page, also its meta description. */
export function hubSummary(graph: Graph, kind: 'events' | 'circuits' | 'series', node: EventNode | CircuitNode | SeriesNode): string {
  const reports = plural(graph.articlesBy[kind].get(node.id)?.length ?? 0, 'report');
  if (kind === 'events') {
    return `${node.name}: ${plural((node as EventNode).editions.length, 'edition')} and ${reports}, with the class leaders of every session.`;
  }
  return `${node.name}: ${plural(graph.editionsBy[kind].get(node.id)?.length ?? 0, 'event edition')} and ${reports}.`;
}

export function eventViewProps(graph: Graph, event: EventNode): HubViewProps {
  const years = event.editions.map((e) => e.year);
  const facts = [
    event.seriesId ? { label: 'Series', value: nameOf(graph, 'series', event.seriesId) } : undefined,
    event.circuitId ? { label: 'Circuit', value: nameOf(graph, 'circuits', event.circuitId) } : undefined,
    years.length ? { label: 'Editions covered', value: years.join(', ') } : undefined,
  ].filter((f): f is { label: string; value: string } => f !== undefined);
  return {
    crumbs: [{ href: '/', label: 'Home' }, { href: '/events', label: 'Events' }, { label: event.name }],
    kicker: 'Event',
    name: event.name,
    summary: hubSummary(graph, 'events', event),
    facts,
    aliases: event.aliases,
    groups: [
      chipGroup('Series and circuit', [
          ...(event.seriesId ? [{ href: entityHref('series', event.seriesId), label: nameOf(graph, 'series', event.seriesId) }] : []),
          ...(event.circuitId ? [{ href: entityHref('circuits', event.circuitId), label: nameOf(graph, 'circuits', event.circuitId) }] : []),
        ]),
    ],
    records: recordsView(graph, event.editions, false),
    editions: editionSections(graph, event.editions, false),
    data: { href: dataHref('events', event.id), label: `${event.name}: every edition and session as data (JSON)` },
  };
}

export function circuitViewProps(graph: Graph, circuit: CircuitNode): HubViewProps {
  const editions = graph.editionsBy.circuits.get(circuit.id) ?? [];
  const facts = [
    circuit.locality ? { label: 'Location', value: circuit.locality } : undefined,
    circuit.country ? { label: 'Country', value: countryName(circuit.country) } : undefined,
    circuit.lengthKm ? { label: 'Lap length', value: `${circuit.lengthKm.toFixed(3)} km` } : undefined,
  ].filter((f): f is { label: string; value: string } => f !== undefined);
  return {
    crumbs: [{ href: '/', label: 'Home' }, { href: '/circuits', label: 'Circuits' }, { label: circuit.name }],
    kicker: 'Circuit',
    name: circuit.name,
    summary: hubSummary(graph, 'circuits', circuit),
    facts,
    aliases: circuit.aliases,
    groups: [chipGroup('Events held here', countChips(graph, 'events', countIds(editions.map((e) => e.eventId))), 'editions')],
    records: recordsView(graph, editions, true),
    editions: editionSections(graph, editions, true),
  };
}

export function seriesViewProps(graph: Graph, series: SeriesNode): HubViewProps {
  const editions = graph.editionsBy.series.get(series.id) ?? [];
  return {
    crumbs: [{ href: '/', label: 'Home' }, { href: '/series', label: 'Series' }, { label: series.name }],
    kicker: series.shortName ? `Series · ${series.shortName}` : 'Series',
    name: series.name,
    summary: hubSummary(graph, 'series', series),
    facts: [],
    aliases: series.aliases,
    groups: [
      chipGroup('Events', countChips(graph, 'events', countIds(editions.map((e) => e.eventId))), 'editions'),
      chipGroup('Circuits', countChips(graph, 'circuits', countIds(editions.map((e) => e.circuitId))), 'editions'),
    ],
    editions: editionSections(graph, editions, true),
  };
}

