/**
 * Runs pausable work (lib/graph/steps.ts) on a server's thread without holding it: slices of SLICE_MS,
 * each followed by a pause of PAUSE_MS in which the event loop answers requests. A request waits at most
 * about one slice for it, whatever the size of the work.
 */
import type { Steps } from '../graph/steps';

export const SLICE_MS = 10;
export const PAUSE_MS = 10;

export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS, pauseMs = PAUSE_MS): Promise<T> {
  let end = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= end) {
      await new Promise((resume) => setTimeout(resume, pauseMs));
      end = performance.now() + sliceMs;
    }
  }
}
