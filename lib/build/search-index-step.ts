/** The build's search index step: Pagefind over every page, written before the build is switched in. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { plural } from '../plural';
import type { IndexStats } from '../search/indexer';
import { indexDocumentsFile, writeSiteSearchIndex } from '../search/site-index';
import { latestContentSnapshot, searchDocumentsFile } from './ahead-files';

/**
 * The search index's part in a build (lib/search/indexer.ts, Pagefind): after `next build`, before the
 * pointer switches (a killed indexing leaves the previous build serving). A publish runs the same through
 * scripts/search-index.ts while the servers reload, and moves it into place once they serve. The index is
 * made from the content and its graph (lib/search/documents.ts), in a worker thread beside at most one
 * Pagefind process (lib/search/site-index.ts), so it covers every page, prerendered or rendered on demand.
 * A server build writes it into `<distDir>/pagefind`, served by app/pagefind; a static export into
 * out/pagefind, as bundles cut by size, one Pagefind process each (lib/search/bundles.ts). Pagefind cannot
 * update an index in place, so a publish writes it whole again. When the documents of the build's
 * `fingerprint` were written ahead, beside the content check (lib/build/search-documents.ts), Pagefind
 * reads those (`ahead` is then true).
 */
export async function updateSearchIndex(options: { distDir: string; fingerprint?: string }): Promise<IndexStats & { ahead: boolean }> {
  const out = join(process.env.NEXT_OUTPUT === 'export' ? 'out' : options.distDir, 'pagefind');
  const ahead = options.fingerprint ? searchDocumentsFile(options.fingerprint) : undefined;
  if (ahead && existsSync(ahead)) return { ...(await indexDocumentsFile(ahead, out)), ahead: true };
  return { ...(await writeSiteSearchIndex(out, undefined, { previous: latestContentSnapshot() })), ahead: false };
}

const AHEAD = ' (its documents written beside the check)';

/** The build's line for its search step (scripts/build.ts), which the bench reads back (readSearchStepLine). */
export function searchStepLine(index: IndexStats & { ahead: boolean }): string {
  const seconds = (index.ms / 1000).toFixed(1);
  return `  Search index: ${index.pages} pages, ${index.files} files in ${plural(index.bundles, 'bundle')}, ${(index.bytes / 1024).toFixed(0)} KiB, ${seconds} s${index.ahead ? AHEAD : ''}\n`;
}

/** From a build's output, its search step's time (ms, to the tenth of a second it prints) and whether Pagefind read documents written ahead; undefined without the line. */
export function readSearchStepLine(output: string): { ms: number; ahead: boolean } | undefined {
  for (const line of output.split('\n')) {
    const m = /^ {2}Search index: \d+ pages, \d+ files in \d+ bundles?, \d+ KiB, (\d+(?:\.\d)?) s(.*)$/.exec(line);
    if (m) return { ms: Math.round(Number(m[1]) * 1000), ahead: m[2] === AHEAD };
  }
  return undefined;
}
