/**
 * A publish's new content and graph, prepared without holding the thread that answers requests: a worker
 * thread reads every content file, hashes it, and parses and checks the changed ones: articles, and
 * official timing folders (lib/publish/prepare-changes.ts); the server's thread then takes the articles
 * and timing reports of unchanged files from the content it serves, adds the new ones and builds the
 * graph, then its sitemap entries (lib/sitemap.ts), in slices between requests (lib/publish/slices.ts).
 * The graph is built there because it is made of the served articles themselves: a graph built in
 * another thread would reach this one only as a copy, and copying it costs the thread about what
 * building it does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ContentBuilder } from '../content/builder';
import { contentDir, displayDir } from '../content/list-files';
import { ContentError } from '../content/problems';
import type { Content, Problem } from '../content/types';
import { buildGraphSteps } from '../graph/build';
import type { Steps } from '../graph/steps';
import type { Graph } from '../graph/types';
import { keepArticles, keptArticles } from '../served/content';
import { sitemapSteps } from '../sitemap';
import type { KeptArticles } from '../served/production-loader';
import { PreparedAssembler, prepareChangeSteps, type PreparedBatch, type PreparedChanges } from './prepare-changes';
import type { ReadInput } from './read-changes';
import { runInSlices } from './slices';

/**
 * The content of the files on disk now, and its graph, not served yet, and where the files were read
 * (`worker`, or `slices` on this thread). Rejects with a ContentError on invalid content.
 */
export async function prepareContentAndGraph(): Promise<{ content: Content; graph: Graph; read: 'worker' | 'slices' }> {
  const previous = keptArticles();
  const dir = contentDir();
  const input: ReadInput = {
    dir,
    prefix: displayDir(dir),
    resolution: previous?.resolution,
    hashes: previous ? [...previous.byPath].map(([path, { hash }]): [string, string] => [path, hash]) : [],
    timingKeys: previous?.timing ? [...previous.timing].map(([folder, { key }]): [string, string] => [folder, key]) : [],
  };
  const inWorker = await prepareInWorker(input);
  const prepared = inWorker ?? (await runInSlices(prepareChangeSteps(input)));
  const { content, kept } = await runInSlices(contentSteps(prepared, previous));
  keepArticles(kept);
  const graph = await runInSlices(buildGraphSteps(content));
  // The sitemap's entries, which every list page reads for its date, before the graph is served.
  await runInSlices(sitemapSteps(graph));
  return { content, graph, read: inWorker ? 'worker' : 'slices' };
}

/**
 * The content from what the worker prepared: every article and timing folder that it did not read
 * again taken from `previous` (it did so only when `previous` had the very same hash, or key), the
 * others as it read them.
 */
function* contentSteps(prepared: PreparedChanges, previous: KeptArticles | undefined): Steps<{ content: Content; kept: KeptArticles }> {
  const builder = new ContentBuilder(prepared.registries);
  const kept: KeptArticles = { resolution: builder.resolution, byPath: new Map(), timing: new Map() };
  for (const { path, hash, article } of prepared.articles) {
    const taken = article ? { hash, article } : previous!.byPath.get(path)!;
    builder.reuse(taken.article);
    kept.byPath.set(path, taken);
    yield;
  }
  for (const { folder, key, changed, entry } of prepared.timing) {
    const taken = changed ? entry : previous!.timing!.get(folder)!.entry;
    if (!taken) continue;
    builder.takeTiming(taken);
    kept.timing!.set(folder, { key, entry: taken });
    yield;
  }
  // Duplicate slugs, the registries' problems and those of the timing entries; the worker applied the
  // rules across files (a changed timing folder's problems are in both lists: counted once).
  const errors = new Map<string, Problem>();
  for (const p of [...prepared.problems, ...builder.drain()]) if (p.severity === 'error') errors.set(JSON.stringify(p), p);
  if (errors.size > 0) throw new ContentError([...errors.values()]);
  return { content: builder.content(), kept };
}

/**
 * prepareChangeSteps in a worker thread, under tsx (the worker loads lib/ from source, as the build's
 * workers do: lib/tsx-worker.ts), taken one batch at a time. Undefined when no worker can run here (no
 * source tree or no tsx beside the server) or it failed: the caller reads in slices then.
 */
function prepareInWorker(input: ReadInput): Promise<PreparedChanges | undefined> {
  const root = process.cwd();
  const entry = join(root, 'lib', 'publish', 'read-worker.ts');
  const api = join(root, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs');
  if (!existsSync(/*turbopackIgnore: true*/ entry) || !existsSync(/*turbopackIgnore: true*/ api)) return Promise.resolve(undefined);
  const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: input });
    const assembler = new PreparedAssembler();
    worker.on('message', (batch: PreparedBatch) => {
      const whole = assembler.take(batch);
      if (!whole) {
        // The next batch only now: each is copied into this thread in a task of its own.
        worker.postMessage('next');
        return;
      }
      resolve(whole);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      console.error(`publish: the worker that reads the content failed (${error.message}); reading on the server's thread instead`);
      resolve(undefined);
    });
    worker.once('exit', () => resolve(undefined));
  });
}
