/** The build's search documents, written ahead beside the content check and kept under the build's fingerprint for its search step. */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDocumentsFile } from '../search/site-index';

/*
 * Why ahead: the search step after `next build` spent about as long reading the content and building its
 * graph in a worker (about 50 s at 10,000 articles) as Pagefind spent indexing. Beside the content check,
 * once the compile of new bodies has ended, one of the two cores is idle until the check ends: the
 * documents are written there (scripts/build.ts) and the search step only runs Pagefind.
 *
 * Their key is the build's fingerprint (lib/build/inputs.ts: the code, the content and the environment
 * that `next build` reads), so a search step only ever takes documents made from what it indexes; without
 * them (another fingerprint, or a build of `--only next` alone) it writes them itself, as before.
 */

/** Where the documents are kept, beside the other caches hosts keep between builds (SEARCH_DOCUMENTS_DIR overrides). */
export const searchDocumentsDir = () => process.env.SEARCH_DOCUMENTS_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'search');

/** The file of the documents made from the inputs whose fingerprint is `fingerprint`. */
export const searchDocumentsFile = (fingerprint: string) => join(searchDocumentsDir(), `documents-${fingerprint}.jsonl`);

/**
 * Writes the documents of `fingerprint`, unless they are there, and removes those of other fingerprints
 * (one build's documents are kept: about 65 MiB at 10,000 articles). The file appears whole or not at all.
 * `signal` stops the work (the check failed). Rejects when the content cannot be read, which the check
 * reports in its own words.
 */
export async function prepareSearchDocuments(fingerprint: string, signal?: AbortSignal): Promise<{ documents: number; ms: number } | 'kept'> {
  const file = searchDocumentsFile(fingerprint);
  if (existsSync(file)) return 'kept';
  const t0 = performance.now();
  const dir = searchDocumentsDir();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const documents = await writeDocumentsFile(tmp, signal);
    for (const name of readdirSync(dir)) if (/^documents-[0-9a-f]+\.jsonl$/.test(name)) rmSync(join(dir, name), { force: true });
    renameSync(tmp, file);
    return { documents, ms: performance.now() - t0 };
  } finally {
    rmSync(tmp, { force: true });
  }
}
