import { loadContent, readContentAgain, useContent } from '../content/load';

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

interface Slot {
  graph?: Graph;
  content?: Content;
  /** What preparePublish read and built, not served yet, under the publish's token. */
  pending?: { token: string; content: Content; graph: Graph };
}

/** Shared by every route bundle of a production process, like the content (lib/content/load.ts). */
const slot: Slot =
  process.env.NODE_ENV === 'development'
    ? {}
    : ((globalThis as typeof globalThis & { [k: symbol]: Slot })[Symbol.for('endurance-desk.graph')] ??= {});

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
 * Reads the content again and builds its graph for the publish `token`, without serving it yet: the
 * publish does this while its own check runs (scripts/publish.ts), and reloadGraph(token) then swaps it
 * in. A later prepare replaces an earlier one, and one not swapped in within PENDING_MS (its publish was
 * refused, or stopped) is dropped, so a server holds a second graph only for a moment. Throws a
 * ContentError if the content is invalid.
 */
export function preparePublish(token: string): Graph {
  slot.pending = undefined;
  const content = readContentAgain();
  const graph = buildGraph(content);
  const pending = { token, content, graph };
  slot.pending = pending;
  setTimeout(() => {
    if (slot.pending === pending) slot.pending = undefined;
  }, PENDING_MS).unref();
  return graph;
}

/** How long a prepared graph waits for its publish's reload. */
const PENDING_MS = 120_000;

/**
 * Swaps in the content and graph prepared for `token`, or reads and builds them now, then serves both at
 * once (a publish): requests meanwhile see the old graph or the new one. Returns both, for the publish to
 * compare.
 */
export function reloadGraph(token?: string): { before: Graph | undefined; after: Graph } {
  const prepared = token !== undefined && slot.pending?.token === token ? slot.pending : undefined;
  slot.pending = undefined;
  let content = prepared?.content;
  let after = prepared?.graph;
  if (!content || !after) {
    content = readContentAgain();
    after = buildGraph(content);
  }
  const before = slot.graph;
  useContent(content);
  // Both, or the next getGraph() would see a content other than the graph's and build it again.
  slot.content = content;
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
