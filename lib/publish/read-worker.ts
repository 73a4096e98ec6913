/**
 * The worker thread of a publish's prepare: reads the content files and checks what changed
 * (lib/publish/prepare-changes.ts), then posts the result one batch at a time, each when the server asks
 * for the next, so that the server copies a little at a time between requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runToEnd } from '../graph/steps';
import { batches, prepareChangeSteps } from './prepare-changes';
import type { ReadInput } from './read-changes';

const parts = batches(runToEnd(prepareChangeSteps(workerData as ReadInput)));
const post = () => {
  const next = parts.next();
  if (!next.done) parentPort!.postMessage(next.value);
};
parentPort!.on('message', post);
post();
