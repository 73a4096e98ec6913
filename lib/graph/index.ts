import { loadContent } from '../content/load';

export { articleBodyCode } from '../content/load';
import { buildGraph } from './build';
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

/** One lookup per entity, shared by pages, metadata, feeds and images. */
export const getArticle = (slug: string) => getGraph().articleBySlug.get(slug);
export const getDriver = (id: string) => getGraph().drivers.get(id);
export const getTeam = (id: string) => getGraph().teams.get(id);
export const getEvent = (id: string) => getGraph().events.get(id);
export const getCircuit = (id: string) => getGraph().circuits.get(id);
export const getSeries = (id: string) => getGraph().series.get(id);

/** Static params: every article, and every entity of a kind. */
export const articleParams = () => getGraph().articles.map((a) => ({ slug: a.slug }));
export const entityParams = (kind: 'drivers' | 'teams' | 'events' | 'circuits' | 'series') =>
  [...getGraph()[kind].keys()].map((id) => ({ id }));

export const getCar = (id: string) => getGraph().cars.get(id);
export const carParams = () => [...getGraph().cars.keys()].map((id) => ({ id }));

/** One edition of an event (`/events/<id>/<year>`). */
export const getEdition = (eventId: string, year: string | number) => getGraph().editions.get(`${eventId}/${year}`);
export const editionParams = () => [...getGraph().editions.values()].map((e) => ({ id: e.eventId, year: String(e.year) }));
