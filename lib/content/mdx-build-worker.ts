/** A worker thread of compileMissingBodies. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileTasks, type CompileTask } from './mdx-build';

/** A worker thread of compileMissingBodies: compiles its share of the bodies into the store. */
compileTasks(workerData as CompileTask[]).then(
  () => parentPort!.postMessage({}),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
