/**
 * A reader during a publish (`npm run bench -- --publish`): one request every 50 ms to a page the publish
 * does not change (scripts/bench/reader-thread.ts). A server that stops answering while it prepares a
 * publish shows as a long wait here. Each reader runs in a worker thread of its own, as a reader is a
 * client of its own: in the bench's thread its requests waited also for the bench's own work (polling
 * pages, sampling memory, its garbage collector with the generated corpus in memory), which showed as
 * waits of up to 1.7 s through the nginx cache, whose cached answers do not wait for the server
 * (bench/README.md, "Three runs of the bench with the check's cache, and the reader in a thread of its own").
 */
import { tsxWorker } from '../../lib/tsx-worker';

export interface ReaderFigures {
  requests: number;
  /** The longest wait of any request, ms (a request with no answer within the timeout counts as the timeout). */
  longestMs: number;
  p99Ms: number;
  /** Requests that failed or got no answer within the timeout. */
  failed: number;
}

/** Starts a reader of `url`; the function it returns stops it and resolves with its figures. */
export function startReader(url: string, everyMs = 50, timeoutMs = 10_000): () => Promise<ReaderFigures> {
  const worker = tsxWorker(new URL('./reader-thread.ts', import.meta.url), { url, everyMs, timeoutMs });
  const figures = new Promise<ReaderFigures>((resolve, reject) => {
    worker.once('message', (f: ReaderFigures) => {
      resolve(f);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  return async () => {
    worker.postMessage('stop');
    return figures;
  };
}
