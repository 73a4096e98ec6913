/** A car model's page ("Toyota TS050 Hybrid"): its entries, teams, drivers, wins, poles and reports. */
import { appearanceSection } from './html/appearance-table';
import { chipGroup } from './html/chips';
import type { EntityViewProps } from './props/entity-view';
import { carCounts, type CarNode, type Graph } from '../graph';
import { statsOf } from '../graph/stats';
import { plural } from '../plural';
import { dataHref } from '../routes';
import { appearanceRows, APPEARANCE_ROWS, CHIP_LIMIT, ENTITY_CARDS, eventBests, tallyStats } from './entity';
import { seasonSection } from './seasons';
import { articleCards, countChips } from './shared';

export function carSummary(graph: Graph, car: CarNode): string {
  const entries = graph.entriesBy.cars.get(car.id)?.length ?? 0;
  const reports = graph.articlesBy.cars.get(car.id)?.length ?? 0;
  const s = statsOf(graph.stats, 'cars', car.id);
  return `${car.name}: ${plural(entries, 'entry')} in ${plural(reports, 'report')}, ${plural(s.classWins, 'class win')} and ${plural(s.poles, 'pole')}.`;
}

export function carViewProps(graph: Graph, car: CarNode): EntityViewProps {
  const entries = graph.entriesBy.cars.get(car.id) ?? [];
  const stats = statsOf(graph.stats, 'cars', car.id);
  const { teams, drivers } = carCounts(graph, car.id);
  const slugs = graph.articlesBy.cars.get(car.id) ?? [];
  return {
    crumbs: [{ href: '/', label: 'Home' }, { href: '/cars', label: 'Cars' }, { label: car.name }],
    kicker: 'Car',
    name: car.name,
    summary: carSummary(graph, car),
    aliases: [],
    stats: [...tallyStats(stats), { label: 'Reports', value: slugs.length }],
    best: [],
    eventBests: eventBests(graph, stats),
    groups: [
      chipGroup('Teams', countChips(graph, 'teams', teams, CHIP_LIMIT), 'entries'),
      chipGroup('Drivers', countChips(graph, 'drivers', drivers, CHIP_LIMIT), 'appearances'),
    ],
    // The latest seasons; every one is in the car's data (below).
    ...seasonSection(graph, stats),
    appearances: appearanceSection({
      caption: `Latest entries of the ${car.name}`,
      rows: appearanceRows(graph, entries.slice(0, APPEARANCE_ROWS)),
      showDrivers: true,
      total: entries.length,
    }),
    articles: articleCards(graph, slugs.slice(0, ENTITY_CARDS), 'h3', false),
    articlesTotal: slugs.length,
    data: { href: dataHref('cars', car.id), label: `The ${car.name}'s results as data (JSON)` },
  };
}
