/** The worker thread of checkContentInThread (lib/check/check-thread.ts): runs the content check and sends its report. */
import { parentPort } from 'node:worker_threads';
import { checkContentParallel } from './content-check';

checkContentParallel().then(
  (report) => parentPort!.postMessage({ report }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
