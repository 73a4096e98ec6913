import type { ArticleCardProps, CardLeader } from '@/components/article-card';
import type { ArticleViewProps } from '@/components/article-view';
import type { AppearanceRow } from '@/components/appearance-table';
import type { Crumb } from '@/components/breadcrumbs';
import type { Chip } from '@/components/entity-chips';
import type { EntityArchiveProps } from '@/components/entity-archive';
import type { EntityViewProps } from '@/components/entity-view';
import type { HubEdition, HubViewProps } from '@/components/hub-view';
import type { HomeViewProps } from '@/components/home-view';
import type { IndexItem, IndexViewProps } from '@/components/index-view';
import type { NameOf } from '@/components/results-table';
import type { Article } from './content/types';
import { formatGap, formatTime } from './content/time';
import { countryName } from './country';
import { plural } from './plural';
import type { SessionType } from './content/types';
import {
  articleBodyCode,
  classLeaders,
  MOST_FREQUENT,
  driverProfile,
  groupAtoZ,
  nameOf,
  entriesByArticle,
  relatedArticles,
  seasons,
  surname,
  surnameKey,
  teamProfile,
  type CircuitNode,
  type Count,
  type DriverNode,
  type Edition,
  type EventNode,
  type SeriesNode,
  type EntryRecord,
  type Graph,
  type LinkedKind,
  type TeamNode,
} from './graph';
import { entityFeedPath } from './feeds';
import { articleHref, entityHref } from './routes';

/**
 * Glue between the graph and the presentational components: turns graph data into component props,
 * so routes stay short and components never see the graph.
 */
export function nameLookup(graph: Graph): NameOf {
  return (kind, id) => nameOf(graph, kind, id);
}

/** "24 Hours of Le Mans 2017" */
export function eventLabel(graph: Graph, article: Article): string | undefined {
  const ev = article.event;
  return ev ? `${nameOf(graph, 'events', ev.event.id)} ${ev.year}` : undefined;
}

function entryLabel(graph: Graph, e: { team?: { id: string }; drivers: { id: string }[] }): string {
  const drivers = e.drivers.map((d) => surname(nameOf(graph, 'drivers', d.id))).join(' / ');
  const team = e.team ? nameOf(graph, 'teams', e.team.id) : '';
  return [team, drivers].filter(Boolean).join(' – ');
}

export function articleCard(graph: Graph, article: Article, headingLevel: 'h2' | 'h3' = 'h2', withLeaders = true): ArticleCardProps {
  const leaders: CardLeader[] = (withLeaders ? classLeaders(article) : []).map((l) => ({
    sessionName: l.session.name,
    className: l.className,
    number: l.entry.number,
    label: entryLabel(graph, l.entry),
    time: l.entry.time,
  }));
  return {
    href: articleHref(article.slug),
    title: article.title,
    description: article.description,
    date: article.date,
    lang: article.lang,
    kicker: eventLabel(graph, article),
    leaders,
    headingLevel,
  };
}

export function articleCrumbs(graph: Graph, article: Article): Crumb[] {
  const crumbs: Crumb[] = [{ href: '/', label: 'Home' }];
  const ev = article.event;
  if (ev?.series) crumbs.push({ href: entityHref('series', ev.series.id), label: nameOf(graph, 'series', ev.series.id) });
  if (ev) crumbs.push({ href: `${entityHref('events', ev.event.id)}#${ev.year}`, label: `${nameOf(graph, 'events', ev.event.id)} ${ev.year}` });
  if (!ev) crumbs.push({ href: '/articles', label: 'Articles' });
  crumbs.push({ label: article.title });
  return crumbs;
}

export function articleViewProps(graph: Graph, article: Article): ArticleViewProps {
  const ids = graph.entitiesOf.get(article.slug);
  const chips = (kind: Exclude<LinkedKind, 'cars'>, list: readonly string[] = []): Chip[] =>
    list
      .map((id) => ({ href: entityHref(kind, id), label: nameOf(graph, kind, id) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  const ev = article.event;
  return {
    title: article.title,
    description: article.description,
    date: article.date,
    updated: article.updated,
    author: article.author,
    lang: article.lang,
    readingMinutes: article.readingMinutes,
    crumbs: articleCrumbs(graph, article),
    kicker: eventLabel(graph, article),
    code: articleBodyCode(article),
    resultsAfterBody: !/<Results\b/.test(article.bodyRaw),
    mdx: { sessions: article.sessions, nameOf: nameLookup(graph), resolve: (kind, written) => graph.resolve(kind, written) },
    entities: [
      {
        title: 'Event',
        items: ev
          ? [
              { href: entityHref('events', ev.event.id), label: `${nameOf(graph, 'events', ev.event.id)} ${ev.year}` },
              ...(ev.series ? [{ href: entityHref('series', ev.series.id), label: nameOf(graph, 'series', ev.series.id) }] : []),
              ...(ev.circuit ? [{ href: entityHref('circuits', ev.circuit.id), label: nameOf(graph, 'circuits', ev.circuit.id) }] : []),
            ]
          : [],
      },
      { title: 'Drivers', items: chips('drivers', ids?.drivers) },
      { title: 'Teams', items: chips('teams', ids?.teams) },
      { title: 'Cars', items: (ids?.cars ?? []).map((id) => ({ label: nameOf(graph, 'cars', id) })) },
    ],
    related: relatedArticles(graph, article.slug).map((r) => articleCard(graph, r.article, 'h3')),
    dataLinks: { json: `${article.url}/results.json`, csv: `${article.url}/results.csv` },
  };
}

const SESSION_TYPE_LABEL = { practice: 'Best in practice', qualifying: 'Best in qualifying', race: 'Best in a race' } as const;

export function appearanceRows(graph: Graph, entries: readonly EntryRecord[], exceptDriver?: string): AppearanceRow[] {
  return entries.map((e) => ({
    articleHref: articleHref(e.article),
    date: e.date,
    event: e.eventId ? { href: entityHref('events', e.eventId), label: `${nameOf(graph, 'events', e.eventId)} ${e.year ?? ''}`.trim() } : undefined,
    session: e.at ? `${e.sessionName} (${e.at})` : e.sessionName,
    className: e.className,
    number: e.number,
    team: e.teamId ? { href: entityHref('teams', e.teamId), label: nameOf(graph, 'teams', e.teamId) } : undefined,
    drivers: e.driverIds
      .filter((d) => d !== exceptDriver)
      .map((d) => ({ href: entityHref('drivers', d), label: nameOf(graph, 'drivers', d) })),
    car: e.carId ? nameOf(graph, 'cars', e.carId) : undefined,
    pos: e.pos,
    overall: e.overall,
    time: e.time ? formatTime(e.time) : e.gap ? formatGap(e.gap) : undefined,
    status: e.status,
  }));
}

export function countChips(graph: Graph, kind: LinkedKind, counts: readonly Count[], limit = Infinity): Chip[] {
  const chips: Chip[] = counts.slice(0, limit).map((c) => ({
    href: kind === 'cars' ? undefined : entityHref(kind, c.id),
    label: nameOf(graph, kind, c.id),
    count: c.count,
  }));
  if (counts.length > limit) chips.push({ label: `and ${counts.length - limit} more` });
  return chips;
}

/** "P1 in LMP2, Qualifying 1, 24 Hours of Le Mans 2017" for each session type. */
export function bestResults(graph: Graph, best: Partial<Record<SessionType, EntryRecord>>): { label: string; value: string; href: string }[] {
  return (Object.keys(SESSION_TYPE_LABEL) as SessionType[]).flatMap((type) => {
    const e = best[type];
    if (!e) return [];
    const where = [e.sessionName, e.eventId ? `${nameOf(graph, 'events', e.eventId)} ${e.year ?? ''}`.trim() : undefined]
      .filter(Boolean)
      .join(', ');
    return [{ label: SESSION_TYPE_LABEL[type], value: `P${e.pos} in ${e.className}, ${where}`, href: articleHref(e.article) }];
  });
}

export function articleCards(graph: Graph, slugs: readonly string[], headingLevel: 'h2' | 'h3' = 'h3', withLeaders = true): ArticleCardProps[] {
  return slugs.map((s) => articleCard(graph, graph.articleBySlug.get(s)!, headingLevel, withLeaders));
}

/**
 * Driver and team pages stay the same size however much is published: a summary of every entry (one
 * row per year), the latest APPEARANCE_ROWS appearances, the latest ENTITY_CARDS reports as cards, at
 * most CHIP_LIMIT related entities per group, and every report on paginated archive pages
 * (`/drivers/<id>/articles/page/<n>`, ARCHIVE_PAGE_SIZE to a page).
 */
export const APPEARANCE_ROWS = 50;
export const ENTITY_CARDS = 12;
export const CHIP_LIMIT = MOST_FREQUENT;
export const ARCHIVE_PAGE_SIZE = 100;


type ArchiveKind = 'drivers' | 'teams';

export function archiveHref(kind: ArchiveKind, id: string, page = 1): string {
  return `${entityHref(kind, id)}/articles/page/${page}`;
}

export function archivePageCount(graph: Graph, kind: ArchiveKind, id: string): number {
  return Math.max(1, Math.ceil((graph.articlesBy[kind].get(id)?.length ?? 0) / ARCHIVE_PAGE_SIZE));
}

/** Static params of every archive page of every driver or team: O(entities), one entry per page. */
export function archiveParams(graph: Graph, kind: ArchiveKind): { id: string; n: string }[] {
  const out: { id: string; n: string }[] = [];
  for (const id of graph[kind].keys()) {
    const pages = archivePageCount(graph, kind, id);
    for (let n = 1; n <= pages; n++) out.push({ id, n: String(n) });
  }
  return out;
}

function seasonRows(graph: Graph, entries: readonly EntryRecord[]): EntityViewProps['seasons'] {
  return seasons(entries).map((s) => ({
    year: s.year,
    entries: s.entries,
    reports: s.reports,
    classWins: s.classWins,
    best: s.best
      ? {
          label: `P${s.best.pos} ${s.best.className}, ${s.best.sessionName}${s.best.eventId ? `, ${nameOf(graph, 'events', s.best.eventId)}` : ''}`,
          href: articleHref(s.best.article),
        }
      : undefined,
  }));
}

/** The one-sentence summary (page text and meta description), without building the whole page. */
export function driverSummary(graph: Graph, driver: DriverNode): string {
  const entries = graph.entriesBy.drivers.get(driver.id)?.length ?? 0;
  const reports = graph.articlesBy.drivers.get(driver.id)?.length ?? 0;
  const teams = countIds((graph.entriesBy.drivers.get(driver.id) ?? []).map((e) => e.teamId))
    .slice(0, 3)
    .map((t) => nameOf(graph, 'teams', t.id));
  return (
    `${driver.name}: ${plural(entries, 'appearance')} in ${plural(reports, 'report')}` +
    (teams.length ? `, driving for ${teams.join(', ')}` : '') +
    '. Results, team-mates and every session.'
  );
}

export function teamSummary(graph: Graph, team: TeamNode): string {
  const p = teamProfile(graph, team.id);
  const cars = p.cars.slice(0, 3).map((c) => nameOf(graph, 'cars', c.id));
  return (
    `${team.name}: ${plural(p.entries.length, 'entry')} and ${plural(p.drivers.length, 'driver')} in ${plural(p.articles.length, 'report')}` +
    (cars.length ? `, racing the ${cars.join(', ')}` : '') +
    '.'
  );
}

function reportsSection(graph: Graph, kind: ArchiveKind, id: string, slugs: readonly string[]): Pick<EntityViewProps, 'articles' | 'articlesTotal' | 'archive'> {
  return {
    // Without each report's class leaders: the appearance table above gives this driver's or team's own
    // results, and a dozen leader lists made these cards a sixth of the page.
    articles: articleCards(graph, slugs.slice(0, ENTITY_CARDS), 'h3', false),
    articlesTotal: slugs.length,
    archive: slugs.length > ENTITY_CARDS ? { href: archiveHref(kind, id), label: `All ${slugs.length} reports` } : undefined,
  };
}

/** What a driver's page and its share image both lead with: name, nationality, figures, best results. */
export type EntityHeadline = Pick<EntityViewProps, 'kicker' | 'name' | 'country' | 'countryLabel' | 'stats' | 'best'>;

export function driverHeadline(graph: Graph, driver: DriverNode, p = driverProfile(graph, driver.id)): EntityHeadline {
  return {
    kicker: 'Driver',
    name: driver.name,
    country: driver.nationality,
    countryLabel: 'Nationality',
    stats: [
      { label: 'Appearances', value: p.entries.length },
      { label: 'Class wins / poles', value: p.classWins },
      { label: 'Teams', value: p.teams.length },
      { label: 'Reports', value: p.articles.length },
    ],
    best: bestResults(graph, p.best),
  };
}

export function driverViewProps(graph: Graph, driver: DriverNode): EntityViewProps {
  const p = driverProfile(graph, driver.id);
  return {
    ...driverHeadline(graph, driver, p),
    crumbs: [{ href: '/', label: 'Home' }, { href: '/drivers', label: 'Drivers' }, { label: driver.name }],
    summary: driverSummary(graph, driver),
    born: driver.born,
    aliases: driver.aliases,
    groups: [
      { title: 'Teams driven for', items: countChips(graph, 'teams', p.teams, CHIP_LIMIT), countLabel: 'appearances' },
      { title: 'Co-drivers', items: countChips(graph, 'drivers', p.coDrivers, CHIP_LIMIT), countLabel: 'sessions shared' },
      { title: 'Cars', items: countChips(graph, 'cars', p.cars, CHIP_LIMIT), countLabel: 'appearances' },
    ],
    seasons: seasonRows(graph, p.entries),
    appearances: {
      caption: `Latest appearances of ${driver.name}`,
      rows: appearanceRows(graph, p.entries.slice(0, APPEARANCE_ROWS), driver.id),
      total: p.entries.length,
    },
    ...reportsSection(graph, 'drivers', driver.id, p.articles),
    feed: { href: entityFeedPath('drivers', driver.id), label: `RSS feed of ${driver.name}'s reports` },
  };
}

export function teamHeadline(graph: Graph, team: TeamNode, p = teamProfile(graph, team.id)): EntityHeadline {
  return {
    kicker: 'Team',
    name: team.name,
    country: team.country,
    countryLabel: 'Country',
    stats: [
      { label: 'Entries', value: p.entries.length },
      { label: 'Class wins / poles', value: p.entries.filter((e) => e.pos === 1).length },
      { label: 'Drivers', value: p.drivers.length },
      { label: 'Reports', value: p.articles.length },
    ],
    best: bestResults(graph, p.best),
  };
}

export function teamViewProps(graph: Graph, team: TeamNode): EntityViewProps {
  const p = teamProfile(graph, team.id);
  return {
    ...teamHeadline(graph, team, p),
    crumbs: [{ href: '/', label: 'Home' }, { href: '/teams', label: 'Teams' }, { label: team.name }],
    summary: teamSummary(graph, team),
    aliases: team.aliases,
    groups: [
      { title: 'Drivers', items: countChips(graph, 'drivers', p.drivers, CHIP_LIMIT), countLabel: 'appearances' },
      { title: 'Cars', items: countChips(graph, 'cars', p.cars, CHIP_LIMIT), countLabel: 'entries' },
    ],
    seasons: seasonRows(graph, p.entries),
    appearances: {
      caption: `Latest entries of ${team.name}`,
      rows: appearanceRows(graph, p.entries.slice(0, APPEARANCE_ROWS)),
      showDrivers: true,
      total: p.entries.length,
    },
    ...reportsSection(graph, 'teams', team.id, p.articles),
    feed: { href: entityFeedPath('teams', team.id), label: `RSS feed of ${team.name}'s reports` },
  };
}

/** Page `page` of the reports of a driver or team: one row per report with the entity's results in it. */
export function entityArchiveProps(graph: Graph, kind: ArchiveKind, node: DriverNode | TeamNode, page: number): EntityArchiveProps {
  const slugs = graph.articlesBy[kind].get(node.id) ?? [];
  const grouped = entriesByArticle(graph, kind, node.id);
  const pages = archivePageCount(graph, kind, node.id);
  const title = kind === 'drivers' ? 'Drivers' : 'Teams';
  return {
    crumbs: [
      { href: '/', label: 'Home' },
      { href: `/${kind}`, label: title },
      { href: entityHref(kind, node.id), label: node.name },
      { label: pages > 1 ? `Reports, page ${page}` : 'Reports' },
    ],
    name: node.name,
    href: entityHref(kind, node.id),
    total: slugs.length,
    page,
    pages,
    base: `${entityHref(kind, node.id)}/articles`,
    items: slugs.slice((page - 1) * ARCHIVE_PAGE_SIZE, page * ARCHIVE_PAGE_SIZE).map((slug) => {
      const a = graph.articleBySlug.get(slug)!;
      return {
        href: a.url,
        title: a.title,
        date: a.date,
        lang: a.lang,
        kicker: eventLabel(graph, a),
        results: (grouped.get(slug) ?? []).map((e) => ({
          session: e.at ? `${e.sessionName} (${e.at})` : e.sessionName,
          className: e.className,
          result: e.pos !== undefined ? `P${e.pos}` : (e.status ?? '–'),
          number: e.number,
        })),
      };
    }),
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
      href: titleWithEvent ? `${entityHref('events', e.eventId)}#${e.year}` : undefined,
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

function countIds(ids: Iterable<string | undefined>): Count[] {
  const m = new Map<string, number>();
  for (const id of ids) if (id) m.set(id, (m.get(id) ?? 0) + 1);
  return [...m.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
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
      {
        title: 'Series and circuit',
        items: [
          ...(event.seriesId ? [{ href: entityHref('series', event.seriesId), label: nameOf(graph, 'series', event.seriesId) }] : []),
          ...(event.circuitId ? [{ href: entityHref('circuits', event.circuitId), label: nameOf(graph, 'circuits', event.circuitId) }] : []),
        ],
      },
    ],
    editions: editionSections(graph, event.editions, false),
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
    groups: [{ title: 'Events held here', items: countChips(graph, 'events', countIds(editions.map((e) => e.eventId))), countLabel: 'editions' }],
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
      { title: 'Events', items: countChips(graph, 'events', countIds(editions.map((e) => e.eventId))), countLabel: 'editions' },
      { title: 'Circuits', items: countChips(graph, 'circuits', countIds(editions.map((e) => e.circuitId))), countLabel: 'editions' },
    ],
    editions: editionSections(graph, editions, true),
  };
}


/** Index pages list at most this many entities per page. */
export const INDEX_PAGE_SIZE = 100;

type IndexKind = Exclude<LinkedKind, 'cars'>;
const INDEX_TITLES: Record<IndexKind, { title: string; noun: string }> = {
  drivers: { title: 'Drivers', noun: 'driver' },
  teams: { title: 'Teams', noun: 'team' },
  events: { title: 'Events', noun: 'event' },
  circuits: { title: 'Circuits', noun: 'circuit' },
  series: { title: 'Series', noun: 'series' },
};

function indexItems(graph: Graph, kind: IndexKind): { item: IndexItem; key: string }[] {
  const items: { item: IndexItem; key: string }[] = [];
  for (const node of graph[kind].values()) {
    const reports = graph.articlesBy[kind].get(node.id)?.length ?? 0;
    let meta = plural(reports, 'report');
    if (kind === 'drivers') meta = plural(graph.entriesBy.drivers.get(node.id)?.length ?? 0, 'appearance');
    if (kind === 'teams') meta = plural(graph.entriesBy.teams.get(node.id)?.length ?? 0, 'entry');
    if (kind === 'events') meta = `${plural((node as EventNode).editions.length, 'edition')}, ${meta}`;
    items.push({
      item: { href: entityHref(kind, node.id), label: node.name, meta },
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
    summary: `${plural(all.length, noun)}${kind === 'drivers' ? ', by surname' : ''}, each with every report it appears in.`,
    groups: groupAtoZ(slice, (x) => x.key).map((g) => ({ letter: g.letter, items: g.items.map((x) => x.item) })),
    page,
    pages: indexPageCount(graph, kind),
    base: `/${kind}`,
  };
}

/** Breadcrumbs of an index or the archive: `Home › Drivers`, and on page n > 1 `Home › Drivers › Page n`. */
export function listCrumbs(title: string, base: string, page: number): Crumb[] {
  return page > 1
    ? [{ href: '/', label: 'Home' }, { href: base, label: title }, { label: `Page ${page}` }]
    : [{ href: '/', label: 'Home' }, { label: title }];
}

/** Static params for pages 1..pages of a paginated index (page 1 duplicates the index, with it as canonical). */
export function pageParams(pages: number): { n: string }[] {
  return Array.from({ length: pages }, (_, i) => ({ n: String(i + 1) }));
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
    events: countChips(graph, 'events', events),
    drivers: countChips(graph, 'drivers', busiest),
  };
}
