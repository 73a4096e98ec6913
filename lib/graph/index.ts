import { loadContent } from '../content/load';
import { buildGraph } from './build';
import type { Graph } from './types';

export * from './types';
export * from './queries';
export { buildGraph } from './build';

let graph: Graph | undefined;

/** The entity graph of the site's content, built once per process. */
export function getGraph(): Graph {
  graph ??= buildGraph(loadContent());
  return graph;
}
