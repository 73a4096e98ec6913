import { join } from 'node:path';
import { htmlRecordsFromDir, writeSearchIndex, type IndexStats } from '../search/indexer';

/**
 * The search index's part in a build and a publish (lib/search/indexer.ts, Pagefind): after `next build`,
 * before the pointer switches (a killed indexing leaves the previous build serving), and after a publish
 * has revalidated the pages. A server build indexes the pages in its dist dir (prerendered, and those
 * rendered on demand since) into `<distDir>/pagefind`, served by app/pagefind; a static export indexes
 * out/ into out/pagefind. Pagefind cannot update an index in place, so a publish writes it whole again.
 */
export async function updateSearchIndex(options: { distDir: string; files?: readonly string[] }): Promise<IndexStats> {
  const exported = process.env.NEXT_OUTPUT === 'export';
  const root = exported ? 'out' : options.distDir;
  return writeSearchIndex(htmlRecordsFromDir(exported ? root : join(root, 'server', 'app')), join(root, 'pagefind'));
}
