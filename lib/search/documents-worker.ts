/** The worker thread of writeDocumentsFile (lib/search/site-index.ts): writes the site's search documents to a file. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeRecordsFile } from './site-index';

try {
  parentPort!.postMessage({ count: writeRecordsFile(workerData as string) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
