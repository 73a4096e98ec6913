/** Each content file's hashes, kept with the file's stat so that a check or a publish of unchanged files reads none of their bytes. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { contentHash, DigestStore } from './digest-cache';
import { timingHash } from './timing/laps-cache';

/*
 * Why: the check's cache keeps each file's part by the hash of its bytes (lib/check/check-cache.ts), so a
 * warm check of 10,000 articles still read and hashed every byte of the content (770 MiB with the official
 * timing: 7.3-7.6 s before, 5.5-6.3 s without it, bench/README.md), and a publish's read did the same on
 * the server. Git's
 * index answers the same question without reading: a file whose size, modification and change times and
 * inode are those seen when it was hashed has the same bytes. The change time cannot be set back by a
 * program (`touch -d`, `cp -p`, `tar` and `rsync -t` restore the modification time, never the change time),
 * and a file replaced by a rename has another inode.
 *
 * One case remains, git's "racily clean" file: written again within the same tick of the file system's
 * clock, just after it was hashed, its times may not move. So a file modified less than RACY_MS before it
 * was hashed is not trusted: the next run reads and hashes it again (and then trusts it).
 *
 * The store is one JSON file, `file-hashes.store`, in the check's cache folder (`.next/cache/check`,
 * CHECK_CACHE_DIR overrides), written whole under a temporary name and renamed. It holds the files this
 * run asked for, by absolute path: two processes that save at once lose only each other's new entries,
 * which cost a read next time.
 */

/** A modification this close to (or after) the moment of hashing leaves the hash untrusted next time. */
export const RACY_MS = 2000;

/** Bumped when an entry's shape changes: a store of another format is ignored. */
const FORMAT = 1;

type Kind = 'sha1' | 'sha256';
const HASH: Record<Kind, (bytes: Uint8Array) => string> = { sha1: contentHash, sha256: timingHash };

/** size, mtime (ns), ctime (ns), inode, when it was hashed (ms since the epoch), then the hashes made. */
type Entry = [size: string, mtimeNs: string, ctimeNs: string, ino: string, hashedAtMs: number, hashes: Partial<Record<Kind, string>>];

const identity = (st: BigIntStats): [string, string, string, string] => [String(st.size), String(st.mtimeNs), String(st.ctimeNs), String(st.ino)];

/** The store's file (exported for the tests). */
export const fileHashesPath = (): string => join(new DigestStore('check', 'CHECK_CACHE_DIR', '').dir(), 'file-hashes.store');

export class FileHashes {
  /** Files whose bytes were read to hash them, and files whose hash was taken from the store. */
  readonly counts = { read: 0, trusted: 0 };
  private readonly used = new Map<string, Entry>();

  private constructor(
    private readonly known: Map<string, Entry>,
    private readonly path: string,
  ) {}

  /** The hashes kept in the store (none when it is missing or damaged). */
  static open(): FileHashes {
    const path = fileHashesPath();
    let known = new Map<string, Entry>();
    try {
      const data = JSON.parse(readFileSync(/*turbopackIgnore: true*/ path, 'utf8')) as { format: number; files: Record<string, Entry> };
      if (data.format === FORMAT && data.files && typeof data.files === 'object') known = new Map(Object.entries(data.files));
    } catch {
      // No store yet, or a damaged one: every file is read.
    }
    return new FileHashes(known, path);
  }

  /** The file's content hash (lib/content/digest-cache.ts contentHash), its bytes read only when its stat changed. */
  sha1(full: string): string {
    return this.hash(full, 'sha1');
  }

  /** The file's timing hash (lib/content/timing/laps-cache.ts timingHash), likewise. */
  sha256(full: string): string {
    return this.hash(full, 'sha256');
  }

  private hash(full: string, kind: Kind): string {
    const st = statSync(/*turbopackIgnore: true*/ full, { bigint: true });
    const id = identity(st);
    const entry = this.used.get(full) ?? this.known.get(full);
    const trusted = entry !== undefined && id.every((v, i) => v === entry[i]) && Number(st.mtimeNs / 1_000_000n) < entry[4] - RACY_MS;
    const kept = trusted ? entry[5][kind] : undefined;
    if (entry !== undefined && kept !== undefined) {
      this.used.set(full, entry);
      this.counts.trusted++;
      return kept;
    }
    const at = Date.now();
    const bytes = readFileSync(/*turbopackIgnore: true*/ full);
    this.counts.read++;
    const value = HASH[kind](bytes);
    // Under the stat taken before the read: a change during the read gives another stat next time.
    this.used.set(full, trusted ? [...id, entry[4], { ...entry[5], [kind]: value }] : [...id, at, { [kind]: value }]);
    return value;
  }

  /** Writes the hashes of the files asked for in this run, whole or not at all. */
  save(): void {
    if (this.used.size === 0) return;
    const tmp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(/*turbopackIgnore: true*/ join(this.path, '..'), { recursive: true });
      writeFileSync(/*turbopackIgnore: true*/ tmp, JSON.stringify({ format: FORMAT, files: Object.fromEntries(this.used) }));
      renameSync(/*turbopackIgnore: true*/ tmp, this.path);
    } catch {
      // A store that cannot be written costs a read of every file next time, nothing else.
      rmSync(/*turbopackIgnore: true*/ tmp, { force: true });
    }
  }
}
