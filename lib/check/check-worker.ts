/** A worker thread of `npm run check` (lib/check/content-check.ts): checks one slice of the articles. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkArticles, type WorkerResult, type WorkerTask } from './content-check';
import { ContentBuilder } from '../content/builder';
import type { Problem } from '../content/types';

const task = workerData as WorkerTask;
const builder = new ContentBuilder(task.registries, { contentDir: task.dir, keepArticles: false, checkSlugs: false });
builder.drain(); // the registry problems are the main thread's to report
const problems: Problem[] = [];
checkArticles(builder, task.articles, problems, task.keepScans);
const result: WorkerResult = { problems, state: builder.exportState() };
parentPort!.postMessage(result);
