/** The worker thread of writeDocumentsFile and writeSiteSearchIndex (lib/search/site-index.ts): the site's search documents, written to a file (with the content snapshot when asked) or posted as made. */
import { parentPort, workerData } from 'node:worker_threads';
import { postRecords, writeRecordsFile } from './site-index';

const { file, snapshot, post, previous } = workerData as { file?: string; snapshot?: string; post?: boolean; previous?: string };
try {
  const count = post ? postRecords((records) => parentPort!.postMessage({ records }), previous) : writeRecordsFile(file!, snapshot);
  parentPort!.postMessage({ count });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
