/**
 * The loop of a reader during a publish (scripts/bench/readers.ts), in a worker thread of its own: one
 * request every `everyMs` to `url`, each timed from its start to the end of its body, whether or not the
 * one before has answered. On the message 'stop' it waits for the requests in flight and posts its figures.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReaderFigures } from './readers';

const { url, everyMs, timeoutMs } = workerData as { url: string; everyMs: number; timeoutMs: number };
const waits: number[] = [];
const pending = new Set<Promise<void>>();
let failed = 0;

const one = async () => {
  const started = performance.now();
  // Aborted by a timer of our own: a request must settle even if the server never answers.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: abort.signal });
    await res.arrayBuffer();
    if (res.status !== 200) failed++;
    waits.push(performance.now() - started);
  } catch {
    failed++;
    waits.push(Math.max(timeoutMs, performance.now() - started));
  } finally {
    clearTimeout(timer);
  }
};

const timer = setInterval(() => {
  const p = one().finally(() => pending.delete(p));
  pending.add(p);
}, everyMs);

parentPort!.once('message', async () => {
  clearInterval(timer);
  await Promise.all(pending);
  const sorted = [...waits].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
  const figures: ReaderFigures = { requests: sorted.length, longestMs: Math.round(sorted.at(-1) ?? 0), p99Ms: at(0.99), failed };
  parentPort!.postMessage(figures);
});
