/**
 * The heaviest page of each kind the bench weighs (issue 22: at 10,000 articles no page exceeds 250 KB):
 * the candidates of each kind by what fills its page (a driver's appearances, an edition's entries...),
 * rendered on the server as their route renders them, the largest HTML kept.
 */
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { EditionView } from '../../components/edition-view';
import { EntityArchive } from '../../components/entity-archive';
import { EntityView } from '../../components/entity-view';
import { HubArchive } from '../../components/hub-archive';
import { HubView } from '../../components/hub-view';
import { SessionView } from '../../components/session-view';
import type { Graph } from '../../lib/graph';
import { sessionPageHref } from '../../lib/routes';
import { archiveHref, archivePageCount, carViewProps, circuitViewProps, driverViewProps, editionsHref, editionViewProps, entityArchiveProps, eventViewProps, hubArchiveProps, hubEditionPageCount, seriesViewProps, teamViewProps } from '../../lib/view';
import { sessionViewProps } from '../../lib/view/session';
import { sessionLapsOf } from '../../lib/view/session-data';

/** Candidates rendered per kind, the first by their weight; event, circuit, series and edition pages are all rendered. */
const CANDIDATES = 8;

function heaviest<T>(items: Iterable<T>, weight: (item: T) => number, page: (item: T) => { path: string; html: () => string }, limit = CANDIDATES): string | undefined {
  const candidates = [...items].sort((a, b) => weight(b) - weight(a)).slice(0, limit);
  let best: { path: string; bytes: number } | undefined;
  for (const item of candidates) {
    const p = page(item);
    const bytes = Buffer.byteLength(p.html());
    if (!best || bytes > best.bytes) best = { path: p.path, bytes };
  }
  return best?.path;
}

/**
 * The heaviest session page: those whose timing has laps, by cars times laps (a 24-hour race's stint
 * tables and charts), then by entries; the first CANDIDATES rendered with their laps, as the route does.
 */
async function heaviestSession(graph: Graph): Promise<string | undefined> {
  const sessions = [...graph.editions.values()].flatMap((edition) => edition.sessions.map((s) => ({ edition, s })));
  const weight = ({ s }: (typeof sessions)[number]) =>
    (s.laps ? s.laps.cars.length * Math.max(0, ...s.laps.classes.map((c) => c.leaderLaps)) * 1000 : 0) + s.classes.reduce((n, c) => n + c.entries.length, 0);
  const candidates = sessions.sort((a, b) => weight(b) - weight(a)).slice(0, CANDIDATES);
  const withLaps = await Promise.all(candidates.map(async (c) => ({ ...c, laps: await sessionLapsOf(c.s, graph) })));
  return heaviest(withLaps, () => 0, ({ edition, s, laps }) => ({ path: sessionPageHref(s), html: render(SessionView, sessionViewProps(graph, edition, s, laps)) }), Infinity);
}

const render = <P extends object>(View: ComponentType<P>, props: P) => () => renderToStaticMarkup(createElement(View, props));

/** Path of the heaviest page of each kind: driver, team, car, edition, session, event, circuit, series and their archives. */
export async function heaviestPages(graph: Graph): Promise<Record<string, string>> {
  const count = (m: Map<string, unknown[]>, id: string) => m.get(id)?.length ?? 0;
  const out: Record<string, string | undefined> = {
    driver: heaviest(graph.drivers.values(), (d) => count(graph.entriesBy.drivers, d.id), (d) => ({ path: `/drivers/${d.id}`, html: render(EntityView, driverViewProps(graph, d)) })),
    team: heaviest(graph.teams.values(), (t) => count(graph.entriesBy.teams, t.id), (t) => ({ path: `/teams/${t.id}`, html: render(EntityView, teamViewProps(graph, t)) })),
    car: heaviest(graph.cars.values(), (c) => count(graph.articlesBy.cars, c.id), (c) => ({ path: `/cars/${c.id}`, html: render(EntityView, carViewProps(graph, c)) })),
    edition: heaviest(
      graph.editions.values(),
      (e) => e.sessions.reduce((n, s) => n + s.classes.reduce((m, c) => m + c.entries.length, 0), 0) + e.articles.length,
      (e) => ({ path: `/events/${e.eventId}/${e.year}`, html: render(EditionView, editionViewProps(graph, e)) }),
      20,
    ),
    session: await heaviestSession(graph),
    event: heaviest(graph.events.values(), (e) => e.editions.length, (e) => ({ path: `/events/${e.id}`, html: render(HubView, eventViewProps(graph, e)) }), Infinity),
    circuit: heaviest(graph.circuits.values(), (c) => count(graph.editionsBy.circuits, c.id), (c) => ({ path: `/circuits/${c.id}`, html: render(HubView, circuitViewProps(graph, c)) }), Infinity),
    series: heaviest(graph.series.values(), (s) => count(graph.editionsBy.series, s.id), (s) => ({ path: `/series/${s.id}`, html: render(HubView, seriesViewProps(graph, s)) }), Infinity),
  };
  // Report archives: every page of the two with the most entries.
  for (const kind of ['drivers', 'teams'] as const) {
    const busiest = [...graph[kind].values()].sort((a, b) => count(graph.entriesBy[kind], b.id) - count(graph.entriesBy[kind], a.id)).slice(0, 2);
    out[`${kind === 'drivers' ? 'driver' : 'team'} archive (heaviest)`] = heaviest(
      busiest.flatMap((node) => Array.from({ length: archivePageCount(graph, kind, node.id) }, (_, i) => ({ node, n: i + 1 }))),
      () => 0,
      (p) => ({ path: archiveHref(kind, p.node.id, p.n), html: render(EntityArchive, entityArchiveProps(graph, kind, p.node, p.n)) }),
      Infinity,
    );
  }
  const hubPages = (['events', 'circuits', 'series'] as const).flatMap((kind) =>
    [...graph[kind].values()].flatMap((node) => Array.from({ length: hubEditionPageCount(graph, kind, node.id) }, (_, i) => ({ kind, node, n: i + 1 }))),
  );
  out['editions archive (heaviest)'] = heaviest(
    hubPages,
    () => 0,
    (p) => ({ path: editionsHref(p.kind, p.node.id, p.n), html: render(HubArchive, hubArchiveProps(graph, p.kind, p.node, p.n)) }),
    Infinity,
  );
  return Object.fromEntries(Object.entries(out).filter((e): e is [string, string] => e[1] !== undefined));
}
