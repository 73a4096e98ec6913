/** Where the build keeps what its check phase writes ahead for `next build`: the search documents and the content snapshot (lib/build/search-documents.ts). */
import { join } from 'node:path';

/** Where the documents are kept, beside the other caches hosts keep between builds (SEARCH_DOCUMENTS_DIR overrides). */
export const searchDocumentsDir = () => process.env.SEARCH_DOCUMENTS_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'search');

/** The file of the documents made from the inputs whose fingerprint is `fingerprint`. */
export const searchDocumentsFile = (fingerprint: string) => join(searchDocumentsDir(), `documents-${fingerprint}.jsonl`);

/** The content snapshot made from the inputs whose fingerprint is `fingerprint`. */
export const contentSnapshotFile = (fingerprint: string) => join(searchDocumentsDir(), `content-${fingerprint}.v8`);
