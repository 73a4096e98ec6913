/** The entity graph a process serves, built once per content, and one lookup per entity for pages, feeds and images. */
import { buildGraph } from '../graph/build';
import type { Graph } from '../graph/types';
import type { Content } from '../content/types';
import { loadContent, serveContent } from './content';

interface Slot {
  graph?: Graph;
  content?: Content;
}

/** Shared by every route bundle of a production process, like the content (lib/served/content.ts). */
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

/** The graph served now, if one was built (a publish compares it with the next). */
export const servedGraph = (): Graph | undefined => slot.graph;

/** Serves `content` and its `graph` from now on, both at once (lib/publish/swap.ts). */
export function serveGraph(content: Content, graph: Graph): void {
  serveContent(content);
  // Both, or the next getGraph() would see a content other than the graph's and build it again.
  slot.content = content;
  slot.graph = graph;
}

/** One lookup per entity, shared by pages, metadata, feeds and images. */
export const getArticle = (slug: string) => getGraph().articleBySlug.get(slug);
export const getDriver = (id: string) => getGraph().drivers.get(id);
export const getTeam = (id: string) => getGraph().teams.get(id);
export const getEvent = (id: string) => getGraph().events.get(id);
export const getCircuit = (id: string) => getGraph().circuits.get(id);
export const getSeries = (id: string) => getGraph().series.get(id);
export const getCar = (id: string) => getGraph().cars.get(id);

/** One edition of an event (`/events/<id>/<year>`). */
export const getEdition = (eventId: string, year: string | number) => getGraph().editions.get(`${eventId}/${year}`);
