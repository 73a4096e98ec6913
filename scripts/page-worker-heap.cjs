/**
 * Preloaded into `next build` and its workers by scripts/build.ts (NODE_OPTIONS `--require`): in the page
 * workers, each of which reads the whole content and builds its graph, V8's heap grows by half of what is
 * live after each full collection, instead of by a factor V8 picks (up to 4) against a limit of a quarter
 * of the machine's memory. Next removes `--max-old-space-size` from its page workers' options
 * (`isolatedMemory` in next/dist/build/index.js, Next 16.4), so a heap limit cannot reach them; the growth
 * factor is a V8 flag read at each collection, so setting it once the process runs takes effect.
 *
 * Measured at 10,000 articles (bench/README.md): reading the content and building the graph peaked at
 * 1,188 MiB with V8's default and at 912 MiB with this, in no more time; the two workers do it at once.
 * PAGE_WORKER_HEAP_GROWTH sets another percentage; 0 leaves V8's default.
 */
'use strict';

const growth = process.env.PAGE_WORKER_HEAP_GROWTH ?? '50';
if (process.env.IS_NEXT_WORKER === 'true' && /^[1-9]\d*$/.test(growth)) {
  require('node:v8').setFlagsFromString(`--heap-growing-percent=${growth}`);
}
