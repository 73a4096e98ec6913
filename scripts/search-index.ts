/**
 * `tsx scripts/search-index.ts [--export] [--dist <dir>]`: the last step of `npm run build` and
 * `npm run build:export`. Indexes every page with Pagefind, from the content and its graph, in bundles cut
 * by size (lib/search/documents.ts, lib/search/site-index.ts, lib/search/indexer.ts, lib/search/bundles.ts;
 * SEARCH_BUNDLE_BYTES sets the size):
 *   server build: <distDir>/pagefind, served by app/pagefind/[...path];
 *   --export:     out/pagefind, served as static files.
 * The dist dir is --dist, else next.config.mjs's distDir, else .next. `--out <dir>` writes the bundle there
 * instead, for the caller to move into place (`npm run publish`, once the servers serve the change).
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { plural } from '../lib/plural';
import { latestContentSnapshot } from '../lib/build/ahead-files';
import { writeSiteSearchIndex } from '../lib/search/site-index';

async function distDir(argv: string[]): Promise<string> {
  const i = argv.indexOf('--dist');
  if (i >= 0 && argv[i + 1]) return argv[i + 1]!;
  const config = ((await import(pathToFileURL(resolve('next.config.mjs')).href)) as { default: { distDir?: string } }).default;
  return config.distDir ?? '.next';
}

try {
  const argv = process.argv.slice(2);
  const exported = argv.includes('--export');
  const o = argv.indexOf('--out');
  const out = o >= 0 && argv[o + 1] ? argv[o + 1]! : join(exported ? 'out' : await distDir(argv), 'pagefind');
  // The last build's content snapshot: the articles of files unchanged since are taken from there.
  const stats = await writeSiteSearchIndex(out, undefined, { previous: latestContentSnapshot() });
  const langs = Object.entries(stats.languages)
    .map(([l, n]) => `${n} ${l}`)
    .join(', ');
  process.stdout.write(
    `Search index: ${stats.pages} pages (${langs}) → ${out}, ${stats.files} files in ${plural(stats.bundles, 'bundle')}, ${(stats.bytes / 1024).toFixed(0)} KiB, ${(stats.ms / 1000).toFixed(1)} s\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
