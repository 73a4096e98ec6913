/**
 * The site's search index, built in two steps so that the content and its graph are never in memory
 * beside Pagefind's: a worker thread reads the content, builds the graph and writes every page's search
 * document (lib/search/documents.ts) to a file, one JSON record per line, and ends, which frees its heap;
 * then this thread hands the file's records to Pagefind (lib/search/indexer.ts), bundle by bundle. At
 * 10,000 articles the graph is about 1 GiB and one Pagefind process over all documents was 2.7 GiB (now one
 * bundle's, lib/search/bundles.ts), so the build's peak goes from their sum to the larger. Under other
 * runners than tsx (vitest), or with a graph at hand, it is one step.
 */
import { closeSync, createReadStream, openSync, rmSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { keptArticles, loadContent } from '../served/content';
import { writeContentSnapshot, writeHeldHeap } from '../served/content-snapshot';
import { getGraph } from '../served/graph';
import { type Graph } from '../graph';
import { tsxWorker, underTsx } from '../tsx-worker';
import { searchRecords } from './documents';
import { writeSearchIndex, type HtmlRecord, type IndexStats } from './indexer';

/**
 * Writes the search documents of the content's graph to `file`, one JSON record per line; their count.
 * With `snapshot`, also writes there the content it loaded, for `next build`'s page workers, and beside it
 * the heap that content and its graph take (lib/served/content-snapshot.ts).
 */
export function writeRecordsFile(file: string, snapshot?: string): number {
  // The check has run (the build, beside it; a publish, before it): its kept timing and conflicts serve.
  loadContent({ checkCaches: true });
  const fd = openSync(file, 'w');
  let count = 0;
  let buffer = '';
  try {
    for (const record of searchRecords(getGraph())) {
      buffer += `${JSON.stringify(record)}\n`;
      count++;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  const resolution = keptArticles()?.resolution;
  if (snapshot && resolution) {
    writeContentSnapshot(snapshot, loadContent(), resolution);
    writeHeldHeap(snapshot);
  }
  return count;
}

async function* readRecordsFile(file: string): AsyncGenerator<HtmlRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as HtmlRecord;
}

const STOPPED = 'the search documents were not written: stopped';

/**
 * Writes the site's search documents to `file` (writeRecordsFile): in a worker thread under tsx, which ends
 * (and frees its heap) before this settles; in this thread under other runners (vitest). `signal` ends the
 * worker: the build stops it when the content check fails. With `snapshot`, the content loaded is written
 * there too (writeRecordsFile).
 */
export function writeDocumentsFile(file: string, signal?: AbortSignal, snapshot?: string): Promise<number> {
  if (signal?.aborted) return Promise.reject(new Error(STOPPED));
  if (!underTsx()) return Promise.resolve(writeRecordsFile(file, snapshot));
  return new Promise((resolve, reject) => {
    const worker = tsxWorker(new URL('./documents-worker.ts', import.meta.url), { file, snapshot });
    let result: { count?: number; error?: string } | undefined;
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (m: { count?: number; error?: string }) => {
      result = m;
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      if (result?.error) reject(new Error(result.error));
      else if (result) resolve(result.count!);
      else reject(new Error(signal?.aborted ? STOPPED : `the search documents' worker stopped with exit code ${code}`));
    });
  });
}

/** Writes the Pagefind bundles to `out` from a file of search documents (writeDocumentsFile). */
export const indexDocumentsFile = (file: string, out: string): Promise<IndexStats> => writeSearchIndex(readRecordsFile(file), out);

/** Writes the site's Pagefind bundle to `out` (writeSearchIndex), from `graph` if given, else from the content. */
export async function writeSiteSearchIndex(out: string, graph?: Graph): Promise<IndexStats> {
  if (graph || !underTsx()) return writeSearchIndex(searchRecords(graph ?? getGraph()), out);
  const file = `${out}.documents-${process.pid}.jsonl`;
  try {
    await writeDocumentsFile(file);
    return await indexDocumentsFile(file, out);
  } finally {
    rmSync(file, { force: true });
  }
}
