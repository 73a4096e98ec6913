/** The worker thread of writeDocumentsFile (lib/search/site-index.ts): writes the site's search documents to a file, and the content snapshot when asked. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeRecordsFile } from './site-index';

const { file, snapshot } = workerData as { file: string; snapshot?: string };
try {
  parentPort!.postMessage({ count: writeRecordsFile(file, snapshot) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
