import { join } from 'node:path';
import { getGraph, type Graph } from '../graph';
import { searchRecords } from '../search/documents';
import { writeSearchIndex, type IndexStats } from '../search/indexer';

/**
 * The search index's part in a build (lib/search/indexer.ts, Pagefind): after `next build`, before the
 * pointer switches (a killed indexing leaves the previous build serving). A publish runs the same through
 * scripts/search-index.ts while the servers reload, and moves it into place once they serve. The index is made from the content and its graph (lib/search/documents.ts),
 * so it covers every page, prerendered or rendered on demand. A server build writes it into
 * `<distDir>/pagefind`, served by app/pagefind; a static export into out/pagefind. Pagefind cannot update
 * an index in place, so a publish writes it whole again.
 */
export async function updateSearchIndex(options: { distDir: string; graph?: Graph }): Promise<IndexStats> {
  const root = process.env.NEXT_OUTPUT === 'export' ? 'out' : options.distDir;
  return writeSearchIndex(searchRecords(options.graph ?? getGraph()), join(root, 'pagefind'));
}
