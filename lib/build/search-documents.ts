/** The build's search documents and content snapshot, written ahead beside the content check and kept under the build's fingerprint for `next build`. */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDocumentsFile } from '../search/site-index';
import { contentSnapshotFile, searchDocumentsDir, searchDocumentsFile } from './ahead-files';

/*
 * Why ahead: the search step after `next build` spent about as long reading the content and building its
 * graph in a worker (about 50 s at 10,000 articles) as Pagefind spent indexing. Beside the content check,
 * once the compile of new bodies has ended, one of the two cores is idle until the check ends: the
 * documents are written there (scripts/build.ts) and the search step only runs Pagefind.
 *
 * Their key is the build's fingerprint (lib/build/inputs.ts: the code, the content and the environment
 * that `next build` reads), so a search step only ever takes documents made from what it indexes; without
 * them (another fingerprint, or a build of `--only next` alone) it writes them itself, as before.
 *
 * The worker that writes them has loaded the content to do so: it writes that content too, as a snapshot
 * that `next build`'s page workers read instead of the files (lib/served/content-snapshot.ts), kept in the
 * same folder under the same fingerprint.
 */

/**
 * Writes the documents and the content snapshot of `fingerprint`, unless they are there, and removes
 * those of other fingerprints (one build's are kept: about 65 + 220 MiB at 10,000 articles). Each file
 * appears whole or not at all.
 * `signal` stops the work (the check failed). Rejects when the content cannot be read, which the check
 * reports in its own words.
 */
export async function prepareSearchDocuments(fingerprint: string, signal?: AbortSignal): Promise<{ documents: number; ms: number } | 'kept'> {
  const file = searchDocumentsFile(fingerprint);
  const snapshot = contentSnapshotFile(fingerprint);
  if (existsSync(file) && existsSync(snapshot)) return 'kept';
  const t0 = performance.now();
  const dir = searchDocumentsDir();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const documents = await writeDocumentsFile(tmp, signal, snapshot);
    for (const name of readdirSync(dir)) {
      if (/^(?:documents-[0-9a-f]+\.jsonl|content-[0-9a-f]+\.(?:v8|heap))$/.test(name) && !name.includes(fingerprint)) rmSync(join(dir, name), { force: true });
    }
    renameSync(tmp, file);
    return { documents, ms: performance.now() - t0 };
  } finally {
    // The worker writes the snapshot under the same process id (lib/served/content-snapshot.ts); a worker
    // stopped while writing leaves its temporary file.
    for (const left of [tmp, `${snapshot}.${process.pid}.tmp`]) rmSync(left, { force: true });
  }
}
