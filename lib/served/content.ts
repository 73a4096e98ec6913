/** The content a process serves: loaded once (production) or on every change (development), and swapped by a publish. */
import type { Content } from '../content/types';
import { devDocuments, loadDevContent } from './dev-loader';
import { readContentSnapshot } from './content-snapshot';
import { readProductionContent, registriesFromDisk, type KeptArticles } from './production-loader';

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
 * invalid; in development it serves the last good version of a broken file instead. `checkCaches`: in
 * production, take what the content check kept (lib/served/production-loader.ts, CheckCaches).
 */
export function loadContent(options: { checkCaches?: boolean } = {}): Content {
  if (loaded.content) return loaded.content;
  if (!devDocuments) {
    const built = contentFromBuildSnapshot(process.env);
    return built ? (loaded.content = built) : keepProduction(readProductionContent(loaded.kept, options));
  }
  const { content, complete } = loadDevContent();
  if (complete) loaded.content = content;
  return content;
}

/**
 * In `next build`'s page workers, the content the build's check phase loaded (CONTENT_SNAPSHOT, set by
 * scripts/build.ts to the snapshot of the build's fingerprint: lib/served/content-snapshot.ts). Anywhere
 * else, or when it cannot serve, undefined: the files are read.
 */
export function contentFromBuildSnapshot(env: Record<string, string | undefined>): Content | undefined {
  const file = env.CONTENT_SNAPSHOT;
  if (!file || env.NEXT_PHASE !== 'phase-production-build') return undefined;
  const read = readContentSnapshot(file, registriesFromDisk);
  if ('content' in read) return read.content;
  process.stderr.write(`The content snapshot ${file} ${read.reason}: this process reads the content files instead.\n`);
  return undefined;
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

