/** The worker thread of a publish's prepare: reads the content files (lib/publish/read-changes.ts) and posts what changed. */
import { parentPort, workerData } from 'node:worker_threads';
import { runToEnd } from '../graph/steps';
import { readChangeSteps, type ReadInput } from './read-changes';

parentPort!.postMessage(runToEnd(readChangeSteps(workerData as ReadInput)));
