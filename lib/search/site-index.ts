/**
 * The site's search index, made so that the content and its graph are never in memory beside more than
 * one Pagefind process: a worker thread reads the content, builds the graph and makes every page's search
 * document (lib/search/documents.ts), then ends, which frees its heap; this thread hands the documents to
 * Pagefind (lib/search/indexer.ts), bundle by bundle. At 10,000 articles the graph is about 1 GiB and one
 * Pagefind process over all documents was 2.7 GiB (now one bundle's, lib/search/bundles.ts, about 0.7).
 * The build has the worker write the documents to a file beside the content check (writeDocumentsFile),
 * for its search step to index later; from the content alone (writeSiteSearchIndex), the worker posts
 * them as it makes them and one Pagefind process starts on the first bundle while it works; given the last
 * build's content snapshot (`previous`), it takes the articles of unchanged files from there. Under other
 * runners than tsx (vitest), or with a graph at hand, it is one step.
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { keepArticles, keptArticles, loadContent } from '../served/content';
import { readSnapshotArticles, writeContentSnapshot, writeHeldHeap } from '../served/content-snapshot';
import { getGraph } from '../served/graph';
import { type Graph } from '../graph';
import { tsxWorker, underTsx } from '../tsx-worker';
import { searchRecords } from './documents';
import { searchProcesses, writeSearchIndex, type HtmlRecord, type IndexStats } from './indexer';

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
    writeContentSnapshot(snapshot, loadContent(), resolution, keptArticles()?.byPath);
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

/** Records of the site's search documents posted by the worker at a time: about 1 MiB of HTML. */
const POSTED_BYTES = 1 << 20;

/**
 * Posts the search documents of the content's graph in batches (`post`); their count. With `previous`, a
 * content snapshot (lib/served/content-snapshot.ts), the articles of files unchanged since it are taken
 * from there.
 */
export function postRecords(post: (records: HtmlRecord[]) => void, previous?: string): number {
  const kept = previous ? readSnapshotArticles(previous) : undefined;
  if (kept && 'byPath' in kept) keepArticles(kept);
  loadContent({ checkCaches: true });
  let batch: HtmlRecord[] = [];
  let size = 0;
  let count = 0;
  for (const record of searchRecords(getGraph())) {
    batch.push(record);
    size += record.html.length;
    count++;
    if (size > POSTED_BYTES) {
      post(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) post(batch);
  return count;
}

/**
 * The site's search documents, made by a worker thread (postRecords) and read here as it posts them; `ended`
 * settles once the worker has exited and its heap (the content and its graph) is gone.
 */
function documentsFromWorker(previous?: string): { records: AsyncGenerator<HtmlRecord>; ended: Promise<void> } {
  const worker = tsxWorker(new URL('./documents-worker.ts', import.meta.url), { post: true, previous });
  const batches: HtmlRecord[][] = [];
  let end: { error?: Error } | undefined;
  let wake: (() => void) | undefined;
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const settle = (e: { error?: Error }) => {
    end ??= e;
    wake?.();
  };
  worker.on('message', (m: { records?: HtmlRecord[]; count?: number; error?: string }) => {
    if (m.records) {
      batches.push(m.records);
      wake?.();
    } else {
      settle(m.error ? { error: new Error(m.error) } : {});
      void worker.terminate();
    }
  });
  worker.once('error', (error) => settle({ error }));
  worker.once('exit', (code) => settle({ error: new Error(`the search documents' worker stopped with exit code ${code}`) }));
  async function* records(): AsyncGenerator<HtmlRecord> {
    try {
      for (;;) {
        const batch = batches.shift();
        if (batch) yield* batch;
        else if (end) {
          if (end.error) throw end.error;
          return;
        } else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      void worker.terminate();
    }
  }
  return { records: records(), ended };
}

/**
 * Writes the site's Pagefind bundle to `out` (writeSearchIndex), from `graph` if given, else from the
 * content. From the content under tsx, a worker thread reads it and makes the documents while Pagefind
 * indexes the first bundles beside it: one Pagefind process until the worker has ended (it holds a core
 * and about 1 GiB at 10,000 articles), then searchProcesses().
 */
export async function writeSiteSearchIndex(out: string, graph?: Graph, options: { previous?: string } = {}): Promise<IndexStats> {
  if (graph || !underTsx()) return writeSearchIndex(searchRecords(graph ?? getGraph()), out);
  const { records, ended } = documentsFromWorker(options.previous);
  return writeSearchIndex(records, out, { narrow: { processes: searchProcesses() - 1, widened: ended } });
}
