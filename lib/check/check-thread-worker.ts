/** The worker thread of checkContentInThread (lib/check/check-thread.ts): runs the content check and sends its report. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentParallel, type CheckOptions } from './content-check';

checkContentParallel(undefined, workerData as CheckOptions).then(
  (report) => parentPort!.postMessage({ report }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
