/** The publish swap on a running server: read and build the new content and graph, then serve both at once. */
import { buildGraph } from '../graph/build';
import type { Graph } from '../graph/types';
import type { Content } from '../content/types';
import { readContentAgain } from '../served/content';
import { serveGraph, servedGraph } from '../served/graph';

/** What preparePublish read and built, not served yet, under the publish's token. */
interface Pending {
  token: string;
  content: Content;
  graph: Graph;
}

/** Shared by every route bundle of a production process, like the served graph. */
const slot: { pending?: Pending } =
  process.env.NODE_ENV === 'development'
    ? {}
    : ((globalThis as typeof globalThis & { [k: symbol]: { pending?: Pending } })[Symbol.for('endurance-desk.publish')] ??= {});

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
  const prepared = { token, content, graph };
  slot.pending = prepared;
  setTimeout(() => {
    if (slot.pending === prepared) slot.pending = undefined;
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
  const before = servedGraph();
  serveGraph(content, after);
  return { before, after };
}
