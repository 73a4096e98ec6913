/**
 * Runs pausable work (lib/graph/steps.ts) on a server's thread without holding it: slices of SLICE_MS,
 * each followed by one turn of the event loop (setImmediate), in which the timers that are due and the
 * requests that arrived run; and while the server is answering a request, the work waits for the answer
 * to be sent, up to YIELD_MS after each slice. When no request waits, the work goes on at once.
 *
 * A fixed pause of 10 ms after each slice (until 6 December 2026) gave requests the same turns but
 * doubled the work's time: at 10,000 articles the server's preparation of a publish took 58–68 s beside
 * the check (bench/README.md, "The check in its own thread, and the publish's slices").
 *
 * One turn was not enough either: an answer takes a turn for each of its own steps (reading the cached
 * page, compressing it, writing it), and each turn came after a slice of 10 ms. A reader waited 85–190 ms
 * for a page that takes 10 ms, and up to 1.3 s during a publish at 10,000 articles; the server's thread
 * was doing nothing but the work meanwhile (bench/README.md, "What a reader waits for during a publish").
 * The requests being answered are counted from Node's `http.server.request.start` diagnostics channel,
 * each until its response closes; not the publish's own calls (PUBLISH_HEADER), inside which the work runs.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Steps } from '../graph/steps';
import { PUBLISH_HEADER } from './secret';

export const SLICE_MS = 10;
/** The longest the work waits after a slice for the answers in progress: it keeps a third of the thread under constant load. */
export const YIELD_MS = 20;

const answering = new Set<ServerResponse>();
subscribe('http.server.request.start', (message) => {
  const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
  // Not the publish's own calls: the work runs inside one of them.
  if (request.headers[PUBLISH_HEADER] !== undefined) return;
  answering.add(response);
  response.once('close', () => answering.delete(response));
});

/** How many requests this process is answering now. */
export const requestsInProgress = () => answering.size;

const turn = () => new Promise<void>((resume) => setImmediate(resume));
/** A turn that also waits for I/O (the poll phase may block until a timer is due, about a millisecond). */
const pause = () => new Promise<void>((resume) => setTimeout(resume, 0));

export function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  return run(steps, sliceMs, true);
}

/**
 * Runs pausable work inside the answer to a request (a page's render: app/_routes/entity-route.tsx) in
 * slices of SLICE_MS, each followed by one turn of the event loop, in which the other requests take their
 * steps. Not runInSlices, whose wait for the answers in progress would wait for this very one.
 */
export function runInTurns<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  return run(steps, sliceMs, false);
}

/** Slices of `sliceMs`, each followed by a turn; then, with `waitForAnswers`, up to YIELD_MS for the answers in progress. */
async function run<T>(steps: Steps<T>, sliceMs: number, waitForAnswers: boolean): Promise<T> {
  let end = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= end) {
      await turn();
      const until = performance.now() + YIELD_MS;
      while (waitForAnswers && answering.size > 0 && performance.now() < until) await pause();
      end = performance.now() + sliceMs;
    }
  }
}
