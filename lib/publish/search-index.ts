/**
 * The search index's part in a build and a publish: the readers engineer's Pagefind module (issue 10
 * hands the index to it). Until that module lands this hook does nothing and says so once, so that the
 * build and publish already call it at the right moment: after `next build`, before the pointer switches
 * (a killed indexing leaves the previous build serving), and after a publish has revalidated the pages.
 */
export async function updateSearchIndex(_options: { distDir: string; files?: readonly string[] }): Promise<'skipped'> {
  return 'skipped';
}
