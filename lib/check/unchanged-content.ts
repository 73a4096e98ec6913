/** The last check's report, kept with the stat of every content file, so that a check of unchanged content reads none of them. */
import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { digest } from '../content/digest-cache';
import { RACY_MS } from '../content/file-hashes';
import { checkStore, scanVersion } from './check-store';

/*
 * Why: a check of content that nothing touched since the last check (the build after a build, `npm run
 * check` run twice, a publish of nothing) still took each article's kept part from the disk, one file each,
 * and put the cross-file rules together again: 6.4-9.4 s at 10,000 articles, 11.5 s in the bench's
 * no-change build (bench/README.md, "The check of unchanged content"). Its answer is a function of the
 * content folder's files and the checker's code, so it is kept under both, as build tools keep a step's
 * output under its inputs:
 * - the files: every file the check lists (lib/content/list-files.ts), each by its path and its stat
 *   (size, modification and change times in nanoseconds, inode), the same identity lib/content/file-hashes.ts
 *   trusts for a file's bytes. A file added, removed, renamed or written again changes it;
 * - the code: the store's folder and the key are those of the checker's version (lib/check/check-store.ts);
 * - the folder: its absolute path and its name as the messages show it.
 * A file changed less than RACY_MS before its stat was taken may change again without its times moving
 * (file-hashes.ts, git's "racily clean"): then the report is not kept, and the next check runs in full.
 * The state is taken before the check reads anything, so a file written during a check changes it.
 */

/** The state of a content folder, taken before a check reads it. */
export interface ContentState {
  /** Where it is kept: the folder and the checker's version. */
  slot: string;
  /** Every file's path and stat, hashed. */
  files: string;
  /** False when a file was written too recently (or could not be read): its report is not kept. */
  trusted: boolean;
}

const store = checkStore('.report');

/** The state of the files `paths` (relative to `dir`, as listed), shown in messages as `shown`; `now` is the clock. */
export function contentState(dir: string, paths: readonly string[], shown: string, now: number = Date.now()): ContentState {
  const hash = createHash('sha1');
  let trusted = true;
  for (const path of paths) {
    try {
      const st = statSync(/*turbopackIgnore: true*/ join(dir, path), { bigint: true });
      hash.update(`${path}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}\0${st.ino}\n`);
      // The change time moves with every write (and is never set back): its tick is the one that can race.
      if (Number(st.ctimeNs / 1_000_000n) >= now - RACY_MS) trusted = false;
    } catch {
      hash.update(`${path}\0gone\n`);
      trusted = false;
    }
  }
  const slot = digest(scanVersion(), `unchanged-content\0${resolve(dir)}\0${shown}`);
  return { slot, files: hash.digest('base64url'), trusted };
}

/** The report kept for exactly this state, or undefined. */
export function keptReport<R>(state: ContentState): R | undefined {
  const bytes = store.getBytes(state.slot);
  if (!bytes) return undefined;
  try {
    const kept = deserialize(bytes) as { files: string; report: R };
    return kept.files === state.files ? kept.report : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `report` for `state`, unless a file was too recent to trust. V8's serialization keeps the problems' values as they are. */
export function keepReport<R>(state: ContentState, report: R): void {
  if (state.trusted) store.put(state.slot, serialize({ files: state.files, report }));
}
