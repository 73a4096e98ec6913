/**
 * Runs pausable work (lib/graph/steps.ts) on a server's thread without holding it: slices of SLICE_MS,
 * each followed by one turn of the event loop (setImmediate), in which the timers that are due and the
 * requests that arrived run. A request waits about one slice for each of its own turns of the loop,
 * whatever the size of the work; when no request waits, the work goes on at once.
 *
 * A fixed pause of 10 ms after each slice (until 6 December 2026) gave requests the same turns but
 * doubled the work's time: at 10,000 articles the server's preparation of a publish took 58–68 s beside
 * the check (bench/README.md, "The check in its own thread, and the publish's slices").
 */
import type { Steps } from '../graph/steps';

export const SLICE_MS = 10;

const turn = () => new Promise<void>((resume) => setImmediate(resume));

export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let end = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= end) {
      await turn();
      end = performance.now() + sliceMs;
    }
  }
}
