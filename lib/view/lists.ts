/** Index pages, the article list and the home page. */
import { chipGroup } from './html/chips';
import type { HomeViewProps } from './props/home-view';
import type { IndexItem, IndexViewProps } from './props/index-view';
import { statsOf } from '../graph';
import { plural } from '../plural';
import { groupAtoZ, surnameKey, type EventNode, type Graph, type LinkedKind } from '../graph';
import { linkedHref } from '../routes';
import { articleCard, countChips, eventLabel, listCrumbs, thumbOf } from './shared';

/** Index pages list at most this many entities per page. */
export const INDEX_PAGE_SIZE = 100;

export type IndexKind = LinkedKind;
const INDEX_TITLES: Record<IndexKind, { title: string; noun: string }> = {
  drivers: { title: 'Drivers', noun: 'driver' },
  teams: { title: 'Teams', noun: 'team' },
  events: { title: 'Events', noun: 'event' },
  circuits: { title: 'Circuits', noun: 'circuit' },
  series: { title: 'Series', noun: 'series' },
  cars: { title: 'Cars', noun: 'car' },
  authors: { title: 'Authors', noun: 'author' },
};

function indexItems(graph: Graph, kind: IndexKind): { item: IndexItem; key: string }[] {
  const items: { item: IndexItem; key: string }[] = [];
  for (const node of graph[kind].values()) {
    const reports = graph.articlesBy[kind].get(node.id)?.length ?? 0;
    let meta = plural(reports, kind === 'authors' ? 'article' : 'report');
    if (kind === 'drivers' || kind === 'teams' || kind === 'cars') meta = `${plural(statsOf(graph.stats, kind, node.id).starts, 'start')}, ${meta}`;
    if (kind === 'events') meta = `${plural((node as EventNode).editions.length, 'edition')}, ${meta}`;
    items.push({
      item: { href: linkedHref(kind, node.id), label: node.name, meta },
      key: kind === 'drivers' ? surnameKey(node.name) : node.name.toLowerCase(),
    });
  }
  return items.sort((a, b) => a.key.localeCompare(b.key));
}

const indexCache = new WeakMap<Graph, Map<IndexKind, { item: IndexItem; key: string }[]>>();

export function indexPageCount(graph: Graph, kind: IndexKind): number {
  return Math.max(1, Math.ceil(graph[kind].size / INDEX_PAGE_SIZE));
}

/** Page `page` (1-based) of the A–Z index of `kind`; drivers sort by surname. */
export function indexViewProps(graph: Graph, kind: IndexKind, page: number): IndexViewProps {
  let cache = indexCache.get(graph);
  if (!cache) indexCache.set(graph, (cache = new Map()));
  let all = cache.get(kind);
  if (!all) cache.set(kind, (all = indexItems(graph, kind)));
  const slice = all.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE);
  const { title, noun } = INDEX_TITLES[kind];
  return {
    crumbs: listCrumbs(title, `/${kind}`, page),
    title,
    summary:
      kind === 'authors'
        ? `${plural(all.length, noun)} of the reports on this site, each with their role, biography and every article they wrote.`
        : `${plural(all.length, noun)}${kind === 'drivers' ? ', by surname' : ''}, each with every report it appears in.`,
    groups: groupAtoZ(slice, (x) => x.key).map((g) => ({ letter: g.letter, items: g.items.map((x) => x.item) })),
    page,
    pages: indexPageCount(graph, kind),
    base: `/${kind}`,
  };
}

export function articlePageCount(graph: Graph): number {
  return Math.max(1, Math.ceil(graph.articles.length / INDEX_PAGE_SIZE));
}

export const ARTICLES_SUMMARY = 'Every endurance racing report, newest first.';

export function articleListProps(graph: Graph, page: number) {
  return {
    crumbs: listCrumbs('Articles', '/articles', page),
    title: 'Articles',
    summary: ARTICLES_SUMMARY,
    base: '/articles',
    items: graph.articles.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE).map((a) => ({
      href: a.url,
      title: a.title,
      date: a.date,
      lang: a.lang,
      kicker: eventLabel(graph, a),
      ...thumbOf(a, 'thumb'),
    })),
    total: graph.articles.length,
    page,
    pages: articlePageCount(graph),
  };
}

export const HOME_ARTICLES = 13;

export function homeViewProps(graph: Graph): HomeViewProps {
  const [lead, ...rest] = graph.articles.slice(0, HOME_ARTICLES);
  const busiest = [...graph.entriesBy.drivers.entries()]
    .map(([id, list]) => ({ id, count: list.length }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, 12);
  const events = [...graph.articlesBy.events.entries()]
    .map(([id, list]) => ({ id, count: list.length }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, 12);
  return {
    lead: lead ? articleCard(graph, lead, 'h2') : undefined,
    latest: rest.map((a) => articleCard(graph, a, 'h2')),
    events: chipGroup('Events', countChips(graph, 'events', events), 'reports'),
    drivers: chipGroup('Most reported drivers', countChips(graph, 'drivers', busiest), 'appearances'),
  };
}

