/** Event, circuit and series pages. */
import { chipGroup } from './html/chips';
import type { HubViewProps } from './props/hub-view';
import { countryName } from '../country';
import { plural } from '../plural';
import { countIds, nameOf, type CircuitNode, type EventNode, type SeriesNode, type Graph } from '../graph';
import { dataHref, entityHref } from '../routes';
import { recordsView } from './honours';
import { countChips } from './shared';
import { hubEditionSection, hubEditionsLink } from './hub-editions';

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
    records: recordsView(graph, event.editions, false, hubEditionsLink(graph, 'events', event.id)),
    ...hubEditionSection(graph, 'events', event.id),
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
    records: recordsView(graph, editions, true, hubEditionsLink(graph, 'circuits', circuit.id)),
    ...hubEditionSection(graph, 'circuits', circuit.id),
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
    ...hubEditionSection(graph, 'series', series.id),
  };
}

