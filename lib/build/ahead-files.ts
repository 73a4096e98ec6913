/** Where the build keeps what its check phase writes ahead for `next build`: the search documents and the content snapshot (lib/build/search-documents.ts). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where the documents are kept, beside the other caches hosts keep between builds (SEARCH_DOCUMENTS_DIR overrides). */
export const searchDocumentsDir = () => process.env.SEARCH_DOCUMENTS_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'search');

/** The file of the documents made from the inputs whose fingerprint is `fingerprint`. */
export const searchDocumentsFile = (fingerprint: string) => join(searchDocumentsDir(), `documents-${fingerprint}.jsonl`);

/** The content snapshot made from the inputs whose fingerprint is `fingerprint`. */
export const contentSnapshotFile = (fingerprint: string) => join(searchDocumentsDir(), `content-${fingerprint}.v8`);

/**
 * The newest content snapshot kept (the last build's: lib/build/search-documents.ts keeps one), whatever
 * its fingerprint, or undefined: a load of other content takes from it the articles of unchanged files
 * (lib/served/content-snapshot.ts, readSnapshotArticles).
 */
export function latestContentSnapshot(): string | undefined {
  const dir = searchDocumentsDir();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^content-[0-9a-f]+\.v8$/.test(n));
  } catch {
    return undefined;
  }
  let newest: { file: string; at: number } | undefined;
  for (const name of names) {
    const file = join(dir, name);
    try {
      const at = statSync(file).mtimeMs;
      if (!newest || at > newest.at) newest = { file, at };
    } catch {
      // Removed meanwhile by a build that kept another: not a snapshot to read.
    }
  }
  return newest?.file;
}
