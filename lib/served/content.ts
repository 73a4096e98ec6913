/** The content a process serves: loaded once (production) or on every change (development), and swapped by a publish. */
import type { Content } from '../content/types';
import { devDocuments, loadDevContent } from './dev-loader';
import { readProductionContent, type KeptArticles } from './production-loader';

/**
 * Next bundles pages, route handlers and images separately, each with its own instance of this module.
 * In production they share one load per process (a server would otherwise read and hold the content
 * once per kind of route). In development each instance keeps its own, so that a reload re-reads.
 */
interface Loaded {
  content?: Content;
  kept?: KeptArticles;
}
const loaded: Loaded = devDocuments
  ? {}
  : ((globalThis as typeof globalThis & { [k: symbol]: Loaded })[Symbol.for('endurance-desk.content')] ??= {});

/**
 * The site's content: the source files read and validated by the same code as `npm run check`, with
 * the bodies contentlayer2 compiled. Throws a ContentError (listing every problem) if anything is
 * invalid; in development it serves the last good version of a broken file instead.
 */
export function loadContent(): Content {
  if (loaded.content) return loaded.content;
  if (!devDocuments) return keepProduction(readProductionContent(loaded.kept));
  const { content, complete } = loadDevContent();
  if (complete) loaded.content = content;
  return content;
}

function keepProduction(read: { content: Content; kept: KeptArticles }): Content {
  loaded.kept = read.kept;
  return (loaded.content = read.content);
}

/** What the last read kept (each article file's hash and article), for a publish that reads again (lib/publish/prepare.ts). */
export const keptArticles = (): KeptArticles | undefined => loaded.kept;

/** Remembers what a publish's read kept, for the next one. */
export function keepArticles(kept: KeptArticles): void {
  loaded.kept = kept;
}

/** Serves `content` from now on (a publish, once what depends on it is built): requests see the old or the new, never a mix. */
export function serveContent(content: Content): void {
  loaded.content = content;
}

