/** Compiles the new or changed article bodies into the store (lib/content/mdx-store.ts), in worker threads. */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsxWorker, underTsx } from '../tsx-worker';
import { bodyKey, hasCompiled, putCompiled } from './mdx-store';
import { compileBody } from './mdx-compile';
import { articleBodyOf } from './frontmatter';
import { classify } from './classify';
import { contentDir, listContentFiles } from './list-files';

/** One body to compile: its store key and its MDX source. */
export interface CompileTask {
  key: string;
  source: string;
  file: string;
}
export interface CompileSummary {
  articles: number;
  compiled: number;
  reused: number;
}

/**
 * Compiles into the store (lib/content/mdx-store.ts) every article body that is not there yet: a body
 * compiled once, by a build or a publish, is never compiled again. Bodies are compiled in worker threads,
 * one per core, when there are many. `signal` stops it early (the build's check, which runs beside it,
 * failed): the bodies compiled so far stay in the store, which only ever holds complete compiled bodies.
 */
export async function compileMissingBodies(dir: string = contentDir(), signal?: AbortSignal): Promise<CompileSummary> {
  const tasks: CompileTask[] = [];
  let articles = 0;
  const seen = new Set<string>();
  for (const path of listContentFiles(dir)) {
    if (classify(path).type !== 'article') continue;
    articles++;
    const source = articleBodyOf(readFileSync(join(dir, path), 'utf8'));
    if (source === undefined) continue;
    const key = bodyKey(source);
    if (seen.has(key) || hasCompiled(key)) continue;
    seen.add(key);
    tasks.push({ key, source, file: path });
  }
  const workers = Math.min(availableParallelism(), Math.ceil(tasks.length / 200));
  if (workers > 1 && underTsx()) {
    const size = Math.ceil(tasks.length / workers);
    await Promise.all(Array.from({ length: workers }, (_, i) => runWorker(tasks.slice(i * size, (i + 1) * size), signal)));
  } else await compileTasks(tasks, undefined, signal);
  return { articles, compiled: tasks.length, reused: articles - tasks.length };
}

/**
 * Compiles and stores the tasks (in a worker, or in this thread for a few bodies), several at a time:
 * mdx-bundler hands each body to esbuild's service process and waits for it.
 */
export async function compileTasks(tasks: readonly CompileTask[], concurrency = 6, signal?: AbortSignal): Promise<void> {
  const cwd = process.cwd();
  let next = 0;
  const lane = async () => {
    while (next < tasks.length && !signal?.aborted) {
      const task = tasks[next++]!;
      let code: string;
      try {
        code = await compileBody(task.source, cwd);
      } catch (error) {
        // The check parses every body first, so this is a compiler failure the check did not foresee.
        throw new Error(`${task.file}: mdx-bundler could not compile the body: ${error instanceof Error ? error.message : String(error)}`);
      }
      putCompiled(task.key, code);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, lane));
}

function runWorker(tasks: CompileTask[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = tsxWorker(new URL('./mdx-build-worker.ts', import.meta.url), tasks, { maxYoungGenerationSizeMb: 64 });
    signal?.addEventListener('abort', () => void worker.terminate().then(() => resolve()), { once: true });
    worker.once('message', (m: { error?: string }) => (m.error ? reject(new Error(m.error)) : resolve()));
    worker.once('error', reject);
    worker.once('exit', (c) => (c === 0 ? resolve() : reject(new Error(`a compile worker stopped with exit code ${c}`))));
  });
}
