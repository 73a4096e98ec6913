/** The publish swap on a running server: prepare the new content and graph off the request path, then serve both at once. */
import type { Graph } from '../graph/types';
import type { Content } from '../content/types';
import { serveGraph, servedGraph } from '../served/graph';
import { prepareContentAndGraph } from './prepare';

/** What preparePublish read and built, not served yet, under the publish's token. */
interface Pending {
  token: string;
  content: Content;
  graph: Graph;
}

/** Shared by every route bundle of a production process, like the served graph. */
interface Slot {
  pending?: Pending;
  /** The latest prepare, while it runs. */
  started?: symbol;
}
const slot: Slot =
  process.env.NODE_ENV === 'development' ? {} : ((globalThis as typeof globalThis & { [k: symbol]: Slot })[Symbol.for('endurance-desk.publish')] ??= {});

/**
 * Reads the content again and builds its graph for the publish `token`, without serving it yet and
 * without holding the thread that answers requests (lib/publish/prepare.ts): the publish does this while
 * its own check runs (scripts/publish.ts), and reloadGraph(token) then swaps it in. A later prepare
 * replaces an earlier one, and one not swapped in within PENDING_MS (its publish was refused, or stopped)
 * is dropped, so a server holds a second graph only for a moment. Rejects with a ContentError if the
 * content is invalid.
 */
export async function preparePublish(token: string): Promise<{ graph: Graph; read: 'worker' | 'slices' }> {
  slot.pending = undefined;
  const started = (slot.started = Symbol(token));
  const { content, graph, read } = await prepareContentAndGraph();
  const prepared = { token, content, graph };
  // A prepare started meanwhile (another publish) supersedes this one.
  if (slot.started === started) slot.pending = prepared;
  setTimeout(() => {
    if (slot.pending === prepared) slot.pending = undefined;
  }, PENDING_MS).unref();
  return { graph, read };
}

/** How long a prepared graph waits for its publish's reload. */
const PENDING_MS = 120_000;

/**
 * Swaps in the content and graph prepared for `token`, or prepares them now (as preparePublish does), then
 * serves both at once (a publish): requests meanwhile see the old graph or the new one. Returns both, for
 * the publish to compare.
 */
export async function reloadGraph(token?: string): Promise<{ before: Graph | undefined; after: Graph }> {
  const prepared = token !== undefined && slot.pending?.token === token ? slot.pending : undefined;
  slot.pending = undefined;
  const { content, graph: after } = prepared ?? (await prepareContentAndGraph());
  const before = servedGraph();
  serveGraph(content, after);
  return { before, after };
}
