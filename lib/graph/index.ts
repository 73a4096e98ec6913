import { loadContent, reloadContent } from '../content/load';

export { articleBodyCode } from '../content/load';
import { buildGraph } from './build';
import { PRERENDER_LIMIT, prerenderFirst } from '../prerender';
import type { Graph } from './types';
import type { Content } from '../content/types';

export * from './types';
export * from './queries';
export { buildGraph } from './build';
export { recordsOf, type Records, type Honour, type ClassRecord } from './records';
export { rivalsOf, RIVALS_SHOWN, type Rival } from './rivals';
export { statsOf } from './stats';
export { editionKey } from './sessions';

/** Shared by every route bundle of a production process, like the content (lib/content/load.ts). */
const slot: { graph?: Graph; content?: Content } =
  process.env.NODE_ENV === 'development'
    ? {}
    : ((globalThis as typeof globalThis & { [k: symbol]: { graph?: Graph; content?: Content } })[Symbol.for('endurance-desk.graph')] ??= {});

/** The entity graph of the site's content, built once per process. */
export function getGraph(): Graph {
  // The content is loaded once per process (in development, until a file changes): one graph per content.
  const content = loadContent();
  if (!slot.graph || slot.content !== content) {
    slot.graph = buildGraph(content);
    slot.content = content;
  }
  return slot.graph;
}

/**
 * Reads the content again and builds its graph, then swaps both in at once (a publish): requests
 * meanwhile see the old graph or the new one. Returns both, for the publish to compare.
 */
export function reloadGraph(): { before: Graph | undefined; after: Graph } {
  const before = slot.graph;
  const after = reloadContent(buildGraph);
  slot.graph = after;
  return { before, after };
}

/** One lookup per entity, shared by pages, metadata, feeds and images. */
export const getArticle = (slug: string) => getGraph().articleBySlug.get(slug);
export const getDriver = (id: string) => getGraph().drivers.get(id);
export const getTeam = (id: string) => getGraph().teams.get(id);
export const getEvent = (id: string) => getGraph().events.get(id);
export const getCircuit = (id: string) => getGraph().circuits.get(id);
export const getSeries = (id: string) => getGraph().series.get(id);

/**
 * Static params: what `next build` prerenders (lib/prerender.ts): in a static export every article and
 * entity, on a server the newest articles and editions and the busiest entities; the rest render on
 * their first request.
 */
export const articleParams = () => prerenderFirst(getGraph().articles, PRERENDER_LIMIT.articles).map((a) => ({ slug: a.slug }));
export const entityParams = (kind: 'drivers' | 'teams' | 'events' | 'circuits' | 'series' | 'cars') => {
  const graph = getGraph();
  const weight = (id: string) => graph.articlesBy[kind].get(id)?.length ?? 0;
  return prerenderFirst([...graph[kind].keys()], PRERENDER_LIMIT[kind], weight).map((id) => ({ id }));
};

export const getCar = (id: string) => getGraph().cars.get(id);
export const carParams = () => entityParams('cars');

/** One edition of an event (`/events/<id>/<year>`). */
export const getEdition = (eventId: string, year: string | number) => getGraph().editions.get(`${eventId}/${year}`);
export const editionParams = () =>
  prerenderFirst([...getGraph().editions.values()], PRERENDER_LIMIT.editions, (e) => e.year).map((e) => ({ id: e.eventId, year: String(e.year) }));
