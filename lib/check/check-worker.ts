/** A worker thread of `npm run check` (lib/check/content-check.ts): checks one slice of the articles. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkArticles } from './article-check';
import type { WorkerResult, WorkerTask } from './content-check';
import { ContentBuilder } from '../content/builder';
import type { PhotoUse } from '../content/photo-check';
import type { Problem } from '../content/types';

const task = workerData as WorkerTask;
const builder = new ContentBuilder(task.registries, { contentDir: task.dir, keepArticles: false, checkSlugs: false });
builder.drain(); // the registry problems are the main thread's to report
const out = { problems: [] as Problem[], photos: [] as PhotoUse[] };
checkArticles(builder, task.articles, out, task.cached);
const result: WorkerResult = { ...out, state: builder.exportState() };
parentPort!.postMessage(result);
