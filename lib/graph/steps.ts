/**
 * Work that can pause: the graph's builders are generators that yield between articles (or sessions, or
 * batches of entries), so that a running server can build a graph in short slices between requests
 * (lib/publish/slices.ts) while every other caller runs them to the end at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
