/** Each content file's hashes (and a photo's header), kept with the file's stat so that a check or a publish of unchanged files reads none of their bytes. */
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
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
 * A store is one JSON file, `<name>.store`, a DigestStore in the check's cache folder (`.next/cache/check`,
 * CHECK_CACHE_DIR overrides), written whole under a temporary name and renamed. It holds the files the
 * last run asked for, by their path as the caller names it (CONTENT_DIR joined with the file's, relative
 * to the project like the store itself unless CONTENT_DIR is absolute): two processes that saved one store
 * at once would lose only each other's new entries, which cost a read next time.
 */

/** A modification this close to (or after) the moment of hashing leaves the hash untrusted next time. */
export const RACY_MS = 2000;

/** Bumped when an entry's shape changes: a store of another format is ignored. */
const FORMAT = 1;

/** size, mtime (ns), ctime (ns), inode, when it was read (ms since the epoch), then what was made of it by name. */
type Entry = [size: string, mtimeNs: string, ctimeNs: string, ino: string, readAtMs: number, made: Record<string, unknown>];

const identity = (st: BigIntStats): [string, string, string, string] => [String(st.size), String(st.mtimeNs), String(st.ctimeNs), String(st.ino)];

const stores = new DigestStore('check', 'CHECK_CACHE_DIR', '.store');

/** The file of the store `name` (exported for the tests). */
export const fileHashesPath = (name = 'file-hashes'): string => stores.pathOf(name);

export class FileHashes {
  /** What was made again (its file read), and what was taken from the store. */
  readonly counts = { read: 0, trusted: 0 };
  private readonly used = new Map<string, Entry>();

  private constructor(
    private readonly known: Map<string, Entry>,
    private readonly name: string,
  ) {}

  /**
   * What the store `name` keeps (nothing when it is missing or damaged). Each store has one writer at a
   * time: the check's (`file-hashes`), which a publish's read on the server only reads, and the build
   * fingerprint's (`fingerprint-hashes`, lib/build/inputs.ts), which runs beside the check.
   */
  static open(name = 'file-hashes'): FileHashes {
    let known = new Map<string, Entry>();
    try {
      const data = JSON.parse(stores.get(name) ?? '') as { format: number; files: Record<string, Entry> };
      if (data.format === FORMAT && data.files && typeof data.files === 'object') known = new Map(Object.entries(data.files));
    } catch {
      // No store yet, or a damaged one: every file is read.
    }
    return new FileHashes(known, name);
  }

  /** The file's content hash (lib/content/digest-cache.ts contentHash), its bytes read only when its stat changed. */
  sha1(full: string): string {
    return this.kept(full, 'sha1', () => contentHash(readFileSync(/*turbopackIgnore: true*/ full)));
  }

  /** The file's timing hash (lib/content/timing/laps-cache.ts timingHash), likewise. */
  sha256(full: string): string {
    return this.kept(full, 'sha256', () => timingHash(readFileSync(/*turbopackIgnore: true*/ full)));
  }

  /**
   * What `make` makes of the file (JSON: a hash, a photo's header), kept under `what`: made again only when
   * the file's stat changed. A file that cannot be stat'ed (missing) gives `make()`, not kept.
   */
  kept<T>(full: string, what: string, make: () => T): T {
    let st: BigIntStats;
    try {
      st = statSync(/*turbopackIgnore: true*/ full, { bigint: true });
    } catch {
      return make();
    }
    const id = identity(st);
    const entry = this.used.get(full) ?? this.known.get(full);
    const trusted = entry !== undefined && id.every((v, i) => v === entry[i]) && Number(st.mtimeNs / 1_000_000n) < entry[4] - RACY_MS;
    if (trusted && what in entry[5]) {
      this.used.set(full, entry);
      this.counts.trusted++;
      return entry[5][what] as T;
    }
    const at = Date.now();
    const value = make();
    this.counts.read++;
    // Under the stat taken before the read: a change during the read gives another stat next time.
    this.used.set(full, trusted ? [...id, entry[4], { ...entry[5], [what]: value }] : [...id, at, { [what]: value }]);
    return value;
  }

  /** Writes what was asked for in this run, whole or not at all. */
  save(): void {
    if (this.used.size === 0) return;
    try {
      stores.put(this.name, JSON.stringify({ format: FORMAT, files: Object.fromEntries(this.used) }));
    } catch {
      // A store that cannot be written costs a read of every file next time, nothing else.
    }
  }
}
