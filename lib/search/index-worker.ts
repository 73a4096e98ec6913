/** A worker thread of writeSearchIndex (lib/search/indexer.ts): one bundle's documents indexed by its own Pagefind process. */
import { parentPort, workerData } from 'node:worker_threads';
import { indexFiles, type HtmlRecord } from './indexer';

const hashes: Record<string, string> = {};
indexFiles(workerData as HtmlRecord[], { hashes }).then(
  (built) => parentPort!.postMessage({ built, hashes }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
