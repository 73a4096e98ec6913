/** The content check in a worker thread of its own, so that the thread which started it stays free while it runs (the build). */
import { checkContentParallel, type CheckOptions, type CheckReport } from './content-check';
import { tsxWorker, underTsx } from '../tsx-worker';

/*
 * Why: the check ends with work of one thread (the timing folders, then the rules across files: about 40 s
 * at 10,000 articles, after its workers have checked the articles). Run in the build's own thread, it held
 * that thread, so the build could not notice that the compile of the bodies had ended, nor start the
 * search documents' worker, until the check ended; one core stayed idle meanwhile (bench/README.md, "The
 * check in its own thread, and the publish's slices"). Its heap is freed when the thread ends.
 */

/** checkContentParallel of the content directory with `options`, in a worker thread under tsx (in this thread otherwise). */
export function checkContentInThread(options: CheckOptions = {}): Promise<CheckReport> {
  if (!underTsx()) return checkContentParallel(undefined, options);
  return new Promise((resolve, reject) => {
    const worker = tsxWorker(new URL('./check-thread-worker.ts', import.meta.url), options);
    let result: { report?: CheckReport; error?: string } | undefined;
    worker.once('message', (m: { report?: CheckReport; error?: string }) => {
      result = m;
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result?.report) resolve(result.report);
      else reject(new Error(result?.error ?? `the content check's thread stopped with exit code ${code}`));
    });
  });
}
