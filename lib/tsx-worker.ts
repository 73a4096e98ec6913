/** Starts worker threads that run TypeScript through tsx. */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Worker threads load TypeScript through tsx's API; under other runners (vitest) the work stays in one thread. */
export function underTsx(): boolean {
  return process.execArgv.some((arg) => arg.includes('tsx'));
}

/**
 * A worker thread running the TypeScript module `entry` (a file URL) under tsx, with `data` as its
 * workerData. Only under tsx (underTsx()).
 */
export function tsxWorker(entry: URL, data: unknown, resourceLimits?: ResourceLimits): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData: data, resourceLimits });
}
