/**
 * `npm run publish -- <file or folder>...`: puts added, edited or deleted content files (articles,
 * registry files, official timing: a folder `content/timing/<event-id>/<year>` stands for its files)
 * online on the running servers, without a rebuild or a restart.
 *
 * 1. The whole content is checked, with the check's messages: on any error nothing changes. Meanwhile
 *    every running instance reads the content again and builds its graph, without serving it yet.
 * 2. New or changed article bodies are compiled into the store (lib/content/mdx-store.ts).
 * 3. Every instance serves what it prepared, then the pages the change affects are revalidated
 *    (lib/publish/client.ts, lib/publish/affected.ts).
 * 4. Once they serve the change, the search documents of those pages (the first instance answers them)
 *    go into the search index's delta (lib/search/delta.ts), so a result never links to a page that does
 *    not serve yet. When the delta has outgrown its limit, or the build's index has no page ids, a second
 *    process writes the whole index again instead (scripts/search-index.ts).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { checkContentParallel, printReport } from '../lib/check/content-check';
import { compileMissingBodies } from '../lib/content/mdx-build';
import { contentDir } from '../lib/content/list-files';
import { prepareInstances, publishToInstances } from '../lib/publish/client';
import { publishPaths } from '../lib/publish/paths';
import { applySearchChanges } from '../lib/search/delta';
import type { SearchChange } from '../lib/search/documents';
import { moveIntoPlace } from '../lib/search/indexer';
import { currentDistDir } from '../lib/build/dist.mjs';

const usage = 'usage: npm run publish -- content/articles/<file>.mdx [content/<kind>/<id>.yaml content/timing/<event-id>/<year>[/<file>] ...]';

/** scripts/search-index.ts writing into `out`, in its own process (it reads the content and builds the graph again); its error output when it fails. */
function searchIndexInto(out: string): Promise<string | undefined> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsx, 'scripts/search-index.ts', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise<string | undefined>((resolveDone) =>
    child.once('exit', (code, signal) => resolveDone(code === 0 ? undefined : stderr.trim() || `exit ${code ?? signal}`)),
  );
}

/** The publish's changes into the search index of `dist`: its delta, else (see applySearchChanges) the whole index again. */
async function updateSearch(dist: string, changes: readonly SearchChange[]): Promise<string> {
  const indexDir = join(dist, 'pagefind');
  const delta = await applySearchChanges(indexDir, changes);
  if (delta.kind === 'delta') {
    return `search index: ${delta.documents} document${delta.documents === 1 ? '' : 's'} in its delta, ${delta.superseded} superseded, in ${(delta.ms / 1000).toFixed(1)} s`;
  }
  const staged = join(dist, `pagefind.publish-${process.pid}`);
  try {
    const t = performance.now();
    const failed = await searchIndexInto(staged);
    if (failed) throw new Error(`the pages serve the change, but the search index was not updated: ${failed}`);
    moveIntoPlace(staged, indexDir);
    return `search index written again (${delta.why}) in ${((performance.now() - t) / 1000).toFixed(1)} s`;
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length === 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const files = publishPaths(args, contentDir());
  const t0 = performance.now();
  // The servers read and build the new content on their own cores while this process checks it.
  const token = randomUUID();
  const prepared = prepareInstances(token);
  const report = await checkContentParallel();
  const checkedMs = performance.now() - t0;
  printReport(report, process.stdout, { quiet: true });
  if (report.errors > 0) {
    // What the servers prepared is never served: they drop it by themselves (lib/graph preparePublish).
    process.stderr.write('\nNothing was published: fix the problems above and publish again.\n');
    return 1;
  }
  const compiled = await compileMissingBodies();
  const prepareMs = (await prepared).ms ?? 0;
  const dist = process.env.NEXT_DIST_DIR || currentDistDir();
  const result = await publishToInstances(files, token);
  const search = await updateSearch(dist, result.search);
  const gone = files.filter((f) => !existsSync(resolve(contentDir(), f)));
  process.stdout.write(
    `Published ${files.length} file${files.length === 1 ? '' : 's'}${gone.length ? ` (${gone.length} deleted)` : ''}: ` +
      `${compiled.compiled} bod${compiled.compiled === 1 ? 'y' : 'ies'} compiled, ${result.articles} articles online, ` +
      `${result.tags.length} cache tags revalidated on ${result.instances.join(', ')}; ${search}; in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
      `(the check ${(checkedMs / 1000).toFixed(1)} s, the servers' preparation ${(prepareMs / 1000).toFixed(1)} s, side by side)\n`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`The publish failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
// Now: a refused publish must not wait for the servers' answer to the prepare it started.
process.exit();
