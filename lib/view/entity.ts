/** Driver and team pages, their share images and their report archives. */
import { appearanceSection } from './html/appearance-table';
import { classTag } from './html/class-badge';
import { countryName } from '../country';
import { chipGroup } from './html/chips';
import { archiveFrame } from './archive-frame';
import { atTheWheel } from './at-the-wheel';
import type { AppearanceRow } from './props/appearance-table';
import type { EntityArchiveProps } from './props/entity-archive';
import type { EntityViewProps, RivalRow } from './props/entity-view';
import { formatGap, formatTime } from '../content/time';
import { plural } from '../plural';
import type { SessionType } from '../content/types';
import { driverRivals, MOST_FREQUENT, type Count, driverProfile, nameOf, entriesByArticle, teamProfile, type DriverNode, type EntryRecord, type Graph, type TeamNode } from '../graph';
import { entityFeedPath } from '../feeds';
import { articleHref, carHref, dataHref, entityHref, sessionHref } from '../routes';
import { statsOf, type EntityStats } from '../graph/stats';
import { articleCards, countChips, eventLabel, thumbOf } from './shared';
import { seasonSection } from './seasons';

const SESSION_TYPE_LABEL = { practice: 'Best in practice', qualifying: 'Best in final qualifying', race: 'Best race finish' } as const;

export function appearanceRows(graph: Graph, entries: readonly EntryRecord[], exceptDriver?: string): AppearanceRow[] {
  return entries.map((e) => ({
    // Official timing has no article: its rows link to the session.
    articleHref: e.article ? articleHref(e.article) : sessionHref(e.session),
    date: e.date,
    event: e.eventId ? { href: entityHref('events', e.eventId), label: `${nameOf(graph, 'events', e.eventId)} ${e.year ?? ''}`.trim() } : undefined,
    session: e.at ? `${e.sessionName} (${e.at})` : e.sessionName,
    kind: e.kind,
    counted: e.counted,
    className: e.className,
    number: e.number,
    team: e.teamId ? { href: entityHref('teams', e.teamId), label: nameOf(graph, 'teams', e.teamId) } : undefined,
    drivers: e.driverIds
      .filter((d) => d !== exceptDriver)
      .map((d) => ({ href: entityHref('drivers', d), label: nameOf(graph, 'drivers', d) })),
    car: e.carId ? { href: carHref(e.carId), label: nameOf(graph, 'cars', e.carId) } : undefined,
    pos: e.pos,
    overall: e.overall,
    time: e.time ? formatTime(e.time) : e.gap ? formatGap(e.gap) : undefined,
    status: e.status,
  }));
}

/** "P1 in LMP2, Qualifying 1, 24 Hours of Le Mans 2017" for each session type. */
export function bestResults(graph: Graph, best: Partial<Record<SessionType, EntryRecord>>): { label: string; value: string; href: string }[] {
  return (Object.keys(SESSION_TYPE_LABEL) as SessionType[]).flatMap((type) => {
    const e = best[type];
    if (!e) return [];
    const where = [e.sessionName, e.eventId ? `${nameOf(graph, 'events', e.eventId)} ${e.year ?? ''}`.trim() : undefined]
      .filter(Boolean)
      .join(', ');
    return [{ label: SESSION_TYPE_LABEL[type], value: `P${e.pos} in ${e.className}, ${where}`, href: e.article ? articleHref(e.article) : sessionHref(e.session) }];
  });
}

/**
 * Driver and team pages stay the same size however much is published: the latest seasons and a chart of
 * the busiest (lib/view/seasons.ts, every season on its season pages), the latest APPEARANCE_ROWS
 * appearances, the latest ENTITY_CARDS reports as cards, at most CHIP_LIMIT related entities per group,
 * and every report with the entity's results in it on paginated archive pages
 * (`/drivers/<id>/articles/page/<n>`, ARCHIVE_PAGE_SIZE to a page).
 */
export const APPEARANCE_ROWS = 50;
export const ENTITY_CARDS = 12;
export const CHIP_LIMIT = MOST_FREQUENT;
// 50: a page of the busiest team's reports, each with its several entries, was 252 KiB at 100 (issue 22: at most 250 KB).
export const ARCHIVE_PAGE_SIZE = 50;

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

/** starts · class wins · podiums · poles: the figures every page leads with. */
export function tallyStats(stats: EntityStats): { label: string; value: number }[] {
  return [
    { label: 'Starts', value: stats.starts },
    { label: 'Class wins', value: stats.classWins },
    { label: 'Podiums', value: stats.podiums },
    { label: 'Poles', value: stats.poles },
  ];
}

/** Sessions linked per rival (the latest first; the count says how many there are in all). */
const RIVAL_SESSIONS_SHOWN = 8;

/** Head to head against the drivers met most often in the same class of a race classification. */
export function rivalRows(graph: Graph, driverId: string): RivalRow[] {
  return driverRivals(graph, driverId).map((r) => ({
    href: entityHref('drivers', r.id),
    name: nameOf(graph, 'drivers', r.id),
    meetings: r.meetings.length,
    wins: r.wins,
    losses: r.losses,
    sessions: r.meetings.slice(0, RIVAL_SESSIONS_SHOWN).map((m) => ({
      href: sessionHref(m.session),
      label: `${m.session.eventId ? `${nameOf(graph, 'events', m.session.eventId)} ${m.session.year}` : m.session.name} (${m.className})`,
      result: m.ahead === true ? 'ahead' : m.ahead === false ? 'behind' : 'neither classified',
    })),
  }));
}

/** The best race finish at each event, linked to that session on its edition page. */
export function eventBests(graph: Graph, stats: EntityStats): { label: string; value: string; href: string }[] {
  return stats.bestByEvent.map((b) => ({
    label: nameOf(graph, 'events', b.eventId),
    value: `P${b.pos} in ${b.className}, ${b.year}`,
    href: sessionHref(b.session),
  }));
}

/** "0 starts, 0 class wins and 1 pole": the counted figures, in words. */
function tallyWords(graph: Graph, kind: 'drivers' | 'teams', id: string): string {
  const s = statsOf(graph.stats, kind, id);
  return `${plural(s.starts, 'start')}, ${plural(s.classWins, 'class win')}, ${plural(s.podiums, 'podium')} and ${plural(s.poles, 'pole')}`;
}

/**
 * The one-sentence summary (page text and meta description), without building the whole page.
 * `teamCounts`: the driver's teams, most frequent first, as driverProfile counts them (the search documents
 * count them alone, without the rest of the profile).
 */
export function driverSummary(graph: Graph, driver: DriverNode, teamCounts: readonly Count[] = driverProfile(graph, driver.id).teams): string {
  const reports = graph.articlesBy.drivers.get(driver.id)?.length ?? 0;
  const teams = teamCounts.slice(0, 3).map((t) => nameOf(graph, 'teams', t.id));
  return (
    `${driver.name}: ${tallyWords(graph, 'drivers', driver.id)} in ${plural(reports, 'report')}` +
    (teams.length ? `, driving for ${teams.join(', ')}` : '') +
    '. Results, rivals, team-mates and every session.'
  );
}

export function teamSummary(graph: Graph, team: TeamNode): string {
  const p = teamProfile(graph, team.id);
  const cars = p.cars.slice(0, 3).map((c) => nameOf(graph, 'cars', c.id));
  return (
    `${team.name}: ${tallyWords(graph, 'teams', team.id)}, with ${plural(p.drivers.length, 'driver')} in ${plural(p.articles.length, 'report')}` +
    (cars.length ? `, racing the ${cars.join(', ')}` : '') +
    '.'
  );
}

function reportsSection(graph: Graph, kind: ArchiveKind, id: string, slugs: readonly string[], entries: number): Pick<EntityViewProps, 'articles' | 'articlesTotal' | 'archive'> {
  return {
    // Without each report's class leaders: the appearance table above gives this driver's or team's own
    // results, and a dozen leader lists made these cards a sixth of the page.
    articles: articleCards(graph, slugs.slice(0, ENTITY_CARDS), 'h3', false),
    articlesTotal: slugs.length,
    // Also when the reports fit but the appearances do not: the archive lists every one, report by report.
    archive: slugs.length > ENTITY_CARDS || entries > APPEARANCE_ROWS ? { href: archiveHref(kind, id), label: `All ${slugs.length} reports` } : undefined,
  };
}

/** What a driver's page and its share image both lead with: name, nationality, figures, best results. */
export type EntityHeadline = Pick<EntityViewProps, 'kicker' | 'name' | 'country' | 'countryLabel' | 'countryName' | 'stats' | 'best'>;

export function driverHeadline(graph: Graph, driver: DriverNode, p = driverProfile(graph, driver.id)): EntityHeadline {
  return {
    kicker: 'Driver',
    name: driver.name,
    country: driver.nationality,
    countryName: driver.nationality ? countryName(driver.nationality) : undefined,
    countryLabel: 'Nationality',
    stats: [...tallyStats(p.stats), { label: 'Reports', value: p.articles.length }],
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
      chipGroup('Teams driven for', countChips(graph, 'teams', p.teams, CHIP_LIMIT), 'appearances'),
      chipGroup('Co-drivers', countChips(graph, 'drivers', p.coDrivers, CHIP_LIMIT), 'sessions shared'),
      chipGroup('Cars', countChips(graph, 'cars', p.cars, CHIP_LIMIT), 'appearances'),
    ],
    atTheWheel: atTheWheel(graph, driver.name, driver.id, p),
    ...seasonSection(graph, p.stats, { kind: 'drivers', id: driver.id }),
    eventBests: eventBests(graph, p.stats),
    rivals: rivalRows(graph, driver.id),
    appearances: appearanceSection({
      caption: `Latest appearances of ${driver.name}`,
      rows: appearanceRows(graph, p.entries.slice(0, APPEARANCE_ROWS), driver.id),
      total: p.entries.length,
    }),
    ...reportsSection(graph, 'drivers', driver.id, p.articles, p.entries.length),
    feed: { href: entityFeedPath('drivers', driver.id), label: `RSS feed of ${driver.name}'s reports` },
    data: { href: dataHref('drivers', driver.id), label: `${driver.name}'s results as data (JSON)` },
  };
}

export function teamHeadline(graph: Graph, team: TeamNode, p = teamProfile(graph, team.id)): EntityHeadline {
  return {
    kicker: 'Team',
    name: team.name,
    country: team.country,
    countryName: team.country ? countryName(team.country) : undefined,
    countryLabel: 'Country',
    stats: [...tallyStats(p.stats), { label: 'Reports', value: p.articles.length }],
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
      chipGroup('Drivers', countChips(graph, 'drivers', p.drivers, CHIP_LIMIT), 'appearances'),
      chipGroup('Cars', countChips(graph, 'cars', p.cars, CHIP_LIMIT), 'entries'),
    ],
    ...seasonSection(graph, p.stats, { kind: 'teams', id: team.id }),
    eventBests: eventBests(graph, p.stats),
    appearances: appearanceSection({
      caption: `Latest entries of ${team.name}`,
      rows: appearanceRows(graph, p.entries.slice(0, APPEARANCE_ROWS)),
      showDrivers: true,
      total: p.entries.length,
    }),
    ...reportsSection(graph, 'teams', team.id, p.articles, p.entries.length),
    feed: { href: entityFeedPath('teams', team.id), label: `RSS feed of ${team.name}'s reports` },
    data: { href: dataHref('teams', team.id), label: `${team.name}'s results as data (JSON)` },
  };
}

/** Page `page` of the reports of a driver or team: one row per report with the entity's results in it. */
export function entityArchiveProps(graph: Graph, kind: ArchiveKind, node: DriverNode | TeamNode, page: number): EntityArchiveProps {
  const slugs = graph.articlesBy[kind].get(node.id) ?? [];
  const grouped = entriesByArticle(graph, kind, node.id);
  const pages = archivePageCount(graph, kind, node.id);
  return {
    ...archiveFrame({ kind, kindTitle: kind === 'drivers' ? 'Drivers' : 'Teams', node, what: 'Reports', suffix: 'articles', total: slugs.length, page, pages }),
    items: slugs.slice((page - 1) * ARCHIVE_PAGE_SIZE, page * ARCHIVE_PAGE_SIZE).map((slug) => {
      const a = graph.articleBySlug.get(slug)!;
      return {
        href: a.url,
        title: a.title,
        date: a.date,
        lang: a.lang,
        kicker: eventLabel(graph, a),
        ...thumbOf(a, 'thumb'),
        results: (grouped.get(slug) ?? []).map((e) => ({
          session: e.at ? `${e.sessionName} (${e.at})` : e.sessionName,
          className: e.className,
          classTag: classTag(e.className),
          result: e.pos !== undefined ? `P${e.pos}` : (e.status ?? '–'),
          number: e.number,
        })),
      };
    }),
  };
}

