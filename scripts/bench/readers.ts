/**
 * A reader during a publish (`npm run bench -- --publish`): one request every 50 ms to a page the publish
 * does not change, each timed from its start to the end of its body, whether or not the one before has
 * answered. A server that stops answering while it prepares a publish shows as a long wait here.
 */
export interface ReaderFigures {
  requests: number;
  /** The longest wait of any request, ms (a request with no answer within the timeout counts as the timeout). */
  longestMs: number;
  p99Ms: number;
  /** Requests that failed or got no answer within the timeout. */
  failed: number;
}

export function startReader(url: string, everyMs = 50, timeoutMs = 10_000): () => Promise<ReaderFigures> {
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
  return async () => {
    clearInterval(timer);
    await Promise.all(pending);
    const sorted = [...waits].sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
    return { requests: sorted.length, longestMs: Math.round(sorted.at(-1) ?? 0), p99Ms: at(0.99), failed };
  };
}
