/**
 * A publish's new content and graph, prepared without holding the thread that answers requests: a worker
 * thread reads every content file, hashes it and parses the changed ones (lib/publish/read-changes.ts);
 * the server's thread then takes the articles of unchanged files from the content it serves, adds the new
 * ones and builds the graph in slices between requests (lib/publish/slices.ts). The graph is built there
 * because it is made of the served articles themselves: a graph built in another thread would reach this
 * one only as a copy, and copying it costs the thread about what building it does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { finishContent } from '../check/build-content';
import { ContentBuilder } from '../content/builder';
import { contentDir, displayDir } from '../content/list-files';
import { ContentError } from '../content/problems';
import type { Content } from '../content/types';
import { buildGraphSteps } from '../graph/build';
import type { Steps } from '../graph/steps';
import type { Graph } from '../graph/types';
import { keepArticles, keptArticles } from '../served/content';
import type { KeptArticles } from '../served/production-loader';
import { readChangeSteps, type ReadChanges, type ReadInput } from './read-changes';
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
  };
  const inWorker = await readInWorker({ ...input, onlyChanges: true });
  const read = inWorker ?? (await runInSlices(readChangeSteps(input)))!;
  const { content, kept } = await runInSlices(contentSteps(read, previous));
  keepArticles(kept);
  const graph = await runInSlices(buildGraphSteps(content));
  return { content, graph, read: inWorker ? 'worker' : 'slices' };
}

/** The content from what was read: unchanged files' articles taken from `previous`, the others added. */
function* contentSteps(read: ReadChanges, previous: KeptArticles | undefined): Steps<{ content: Content; kept: KeptArticles }> {
  const builder = new ContentBuilder(read.registries);
  const kept: KeptArticles = { resolution: builder.resolution, byPath: new Map() };
  for (const { path, hash, raw } of read.articles) {
    if (raw) {
      const article = builder.add(raw);
      if (article) kept.byPath.set(path, { hash, article });
    } else {
      // Sent without its article only when `previous` had this very hash.
      const before = previous!.byPath.get(path)!;
      builder.reuse(before.article);
      kept.byPath.set(path, before);
    }
    yield;
  }
  // Official timing: a few folders, each checked and summarised (its laps cached by the files' hashes).
  for (const folder of read.timing) {
    builder.addTiming(folder);
    yield;
  }
  const built = finishContent(builder);
  const errors = [...read.problems, ...built.problems].filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  return { content: built.content, kept };
}

/**
 * readChangeSteps in a worker thread, under tsx (the worker loads lib/ from source, as the build's
 * workers do: lib/tsx-worker.ts). Undefined when no worker can run here (no source tree or no tsx beside
 * the server) or when it gave up because every article must be read again: the caller reads in slices then.
 */
function readInWorker(input: ReadInput): Promise<ReadChanges | undefined> {
  const root = process.cwd();
  const entry = join(root, 'lib', 'publish', 'read-worker.ts');
  const api = join(root, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs');
  if (!existsSync(/*turbopackIgnore: true*/ entry) || !existsSync(/*turbopackIgnore: true*/ api)) return Promise.resolve(undefined);
  const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: input });
    worker.once('message', (read: ReadChanges | undefined) => {
      resolve(read);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      console.error(`publish: the worker that reads the content failed (${error.message}); reading on the server's thread instead`);
      resolve(undefined);
    });
    worker.once('exit', () => resolve(undefined));
  });
}
