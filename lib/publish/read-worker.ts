/**
 * The worker thread of a publish's prepare: reads the content files and checks what changed
 * (lib/publish/prepare-changes.ts), then posts the result one batch at a time, each when the server asks
 * for the next, so that the server copies a little at a time between requests.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { runToEnd } from '../graph/steps';
import { batches, prepareChangeSteps } from './prepare-changes';
import type { ReadInput } from './read-changes';

// This thread only (Linux sets a thread's priority): where cores are few, the server's own thread, which
// answers requests, goes first.
try {
  setPriority(0, 10);
} catch {
  // Not allowed here: the worker runs at the server's priority.
}

const parts = batches(runToEnd(prepareChangeSteps(workerData as ReadInput)));
const post = () => {
  const next = parts.next();
  if (!next.done) parentPort!.postMessage(next.value);
};
parentPort!.on('message', post);
post();
