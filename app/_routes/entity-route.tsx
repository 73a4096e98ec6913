/** The route factory behind the page of each entity: a driver, team or car, an event, circuit or series. */
import type { ComponentType } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Graph as LdGraph } from 'schema-dts';
import { EntityView } from '@/components/entity-view';
import { HubView } from '@/components/hub-view';
import { JsonLd } from '@/components/json-ld';
import { entityPageSteps, type CircuitNode, type DriverNode, type EventNode, type Graph, type SeriesNode, type TeamNode } from '@/lib/graph';
import { runInTurns } from '@/lib/publish/slices';
import { entityFeedPath, entityFeedTitle } from '@/lib/feeds';
import { entityModified } from '@/lib/modified';
import { carJsonLd, circuitJsonLd, driverJsonLd, eventJsonLd, seriesJsonLd, teamJsonLd, type EntityPageInfo } from '@/lib/page-jsonld';
import { carParams, entityParams } from '@/lib/prerender/params';
import { carHref } from '@/lib/routes';
import { getCar, getCircuit, getDriver, getEvent, getGraph, getSeries, getTeam } from '@/lib/served/graph';
import { pageMetadata, type PageMeta } from '@/lib/seo';
import type { EntityViewProps } from '@/lib/view/props/entity-view';
import type { HubViewProps } from '@/lib/view/props/hub-view';
import { carSummary, carViewProps, circuitViewProps, driverSummary, driverViewProps, eventViewProps, hubSummary, seriesViewProps, teamSummary, teamViewProps } from '@/lib/view';

type Props = { params: Promise<{ id: string }> };

interface EntityPage<N extends { id: string }, V extends EntityPageInfo> {
  /** The ids `next build` prerenders (lib/prerender/params.ts); the rest render on their first request. */
  params: () => { id: string }[];
  /** The entity of an id: none is a 404. */
  node: (id: string) => N | undefined;
  metadata: (graph: Graph, node: N, id: string) => PageMeta;
  props: (graph: Graph, node: N) => V;
  modified: (graph: Graph, node: N) => string | undefined;
  jsonLd: (graph: Graph, node: N, page: EntityPageInfo) => LdGraph;
  View: ComponentType<V>;
  /** What the page reads of all the entity's entries, made in turns before it renders (a driver, team or car). */
  steps?: 'drivers' | 'teams' | 'cars';
}

const preparing = new WeakMap<Graph, Map<string, Promise<void>>>();

/**
 * The page's reading of all of an entity's entries (lib/graph/queries.ts `entityPageSteps`), made in
 * slices with a turn of the event loop between them, once for its metadata and its page: at 30,000
 * articles the busiest car's counts took 0.6 s at once, in the one task that rendered its page, and every
 * other reader waited for it. The render that follows finds them made.
 */
function prepared(graph: Graph, kind: 'drivers' | 'teams' | 'cars', id: string): Promise<void> {
  let byKey = preparing.get(graph);
  if (!byKey) preparing.set(graph, (byKey = new Map()));
  const key = `${kind}/${id}`;
  let done = byKey.get(key);
  if (!done) {
    done = runInTurns(entityPageSteps(graph, kind, id)).finally(() => byKey.delete(key));
    byKey.set(key, done);
  }
  return done;
}

/** The exports of `/<kind>/<id>`: its static params, its metadata, and the page with its JSON-LD. */
function entityRoute<N extends { id: string }, V extends EntityPageInfo>(entity: EntityPage<N, V>) {
  return {
    generateStaticParams: entity.params,
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { id } = await params;
      const node = entity.node(id);
      if (!node) return {};
      const graph = getGraph();
      if (entity.steps) await prepared(graph, entity.steps, node.id);
      return pageMetadata(entity.metadata(graph, node, id));
    },
    Page: async ({ params }: Props) => {
      const node = entity.node((await params).id);
      if (!node) notFound();
      const graph = getGraph();
      if (entity.steps) await prepared(graph, entity.steps, node.id);
      const view = entity.props(graph, node);
      const page = { crumbs: view.crumbs, summary: view.summary, dateModified: entity.modified(graph, node) };
      return (
        <>
          <JsonLd data={entity.jsonLd(graph, node, page)} />
          <entity.View {...view} />
        </>
      );
    },
  };
}

/** `/drivers/<id>` and `/teams/<id>`: results and reports, with the entity's feed and share image. */
function profileRoute<N extends DriverNode | TeamNode>(
  kind: 'drivers' | 'teams',
  node: (id: string) => N | undefined,
  summary: (graph: Graph, node: N) => string,
  props: (graph: Graph, node: N) => EntityViewProps,
  jsonLd: (graph: Graph, node: N, page: EntityPageInfo) => LdGraph,
) {
  return entityRoute({
    params: () => entityParams(kind),
    node,
    metadata: (graph, n, id) => ({
      title: `${n.name}: results and reports`,
      description: summary(graph, n),
      path: `/${kind}/${id}`,
      feeds: [{ title: entityFeedTitle(n), path: entityFeedPath(kind, id) }],
      ownImage: true,
    }),
    props,
    modified: (graph, n) => entityModified(graph, kind, n.id),
    jsonLd,
    View: EntityView,
    steps: kind,
  });
}

export const driverRoute = () => profileRoute('drivers', getDriver, driverSummary, driverViewProps, driverJsonLd);
export const teamRoute = () => profileRoute('teams', getTeam, teamSummary, teamViewProps, teamJsonLd);

/** `/cars/<id>`: a car model's results and reports; modified when its newest report was. */
export const carRoute = () =>
  entityRoute({
    params: carParams,
    node: getCar,
    metadata: (graph, car) => ({ title: `${car.name}: results and reports`, description: carSummary(graph, car), path: carHref(car.id) }),
    props: carViewProps,
    modified: (graph, car) => entityModified(graph, 'cars', car.id),
    jsonLd: carJsonLd,
    View: EntityView,
    steps: 'cars',
  });

/** An event, circuit or series page (a hub: its editions and their reports). */
function hubRoute<N extends EventNode | CircuitNode | SeriesNode>(
  kind: 'events' | 'circuits' | 'series',
  node: (id: string) => N | undefined,
  props: (graph: Graph, node: N) => HubViewProps,
  jsonLd: (graph: Graph, node: N, page: EntityPageInfo) => LdGraph,
) {
  return entityRoute({
    params: () => entityParams(kind),
    node,
    metadata: (graph, n, id) => ({ title: n.name, description: hubSummary(graph, kind, n), path: `/${kind}/${id}` }),
    props,
    modified: (graph, n) => entityModified(graph, kind, n.id),
    jsonLd,
    View: HubView,
  });
}

export const eventRoute = () => hubRoute('events', getEvent, eventViewProps, eventJsonLd);
export const circuitRoute = () => hubRoute('circuits', getCircuit, circuitViewProps, circuitJsonLd);
export const seriesRoute = () => hubRoute('series', getSeries, seriesViewProps, seriesJsonLd);
