/** The build's snapshot of the loaded content: written once beside the check, read by each of `next build`'s page workers instead of the files, and its articles by a later search index from the content alone. */
import { deserialize, getHeapStatistics, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { ContentBuilder } from '../content/builder';
import type { Article, Content } from '../content/types';
import { scanVersion } from '../check/check-store';

/*
 * Why: at 10,000 articles each page worker of `next build` read and validated every file again (about 35 s
 * of one core, and 1.3–1.6 GiB at the end of it, mostly garbage of the parse), and so did the worker that
 * writes the search documents beside the check. That worker now also writes what it loaded, in V8's
 * serialization format (node:v8, the structured clone of worker messages), and the page workers take it
 * from there: `next build`'s "Collecting page data" went from 51–56 s to 17–22 s with page workers as
 * processes, 21–29 s as the threads they now are (bench/README.md, "A snapshot of the content for the page
 * workers" and the section after it).
 *
 * What it relies on:
 * - The snapshot is kept under the build's fingerprint (lib/build/inputs.ts: the code, the content and the
 *   environment `next build` reads), so it is only read by a build of the very content and code that made
 *   it; scripts/build.ts names it to `next build` in CONTENT_SNAPSHOT. The search index from the content
 *   alone (scripts/search-index.ts) takes from the last one only the articles of files whose hash, folder,
 *   registries' resolution and checker's code are the same (readSnapshotArticles); a server reads the files.
 * - The serialization keeps shared objects shared (a driver's reference is one object in a thousand
 *   results) but not strings: each occurrence comes back as a string of its own. Reading interns them
 *   again, which takes the heap back near what the files make (2 s at 10,000 articles).
 * - Content holds no class instances, only plain objects, arrays, maps and sets, which the serialization
 *   gives back as they were (tests/unit/content-snapshot.test.ts compares them, prototypes included), and
 *   one function, `resolve`, which is made again from the registries' files (small) and checked against
 *   the snapshot's: another resolution means other registries, and the files are read instead.
 */

interface Snapshot {
  version: 1;
  /** ContentBuilder.resolution of the registries the content was read with. */
  resolution: string;
  content: Omit<Content, 'resolve'>;
  /**
   * Each article's file (its path in the content directory) and the hash of its text, in the order of
   * `content.articles`, and the checker's code version (scanVersion) that read them: what a later load
   * needs to take the articles of unchanged files from here (readSnapshotArticles).
   */
  files?: [path: string, hash: string][];
  code?: string;
}

/**
 * Writes `content` (read with registries whose resolution is `resolution`) to `file`, whole or not at all;
 * with `byPath` (the loader's articles by path, with their files' hashes), what readSnapshotArticles reads.
 */
export function writeContentSnapshot(file: string, content: Content, resolution: string, byPath?: ReadonlyMap<string, { hash: string; article: Article }>): void {
  const { resolve: _resolve, ...rest } = content;
  const snapshot: Snapshot = { version: 1, resolution, content: rest };
  if (byPath) {
    const fileOf = new Map<Article, [string, string]>();
    for (const [path, { hash, article }] of byPath) fileOf.set(article, [path, hash]);
    const files = content.articles.map((a) => fileOf.get(a));
    if (files.every((f) => f !== undefined)) {
      snapshot.files = files;
      snapshot.code = scanVersion();
    }
  }
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, serialize(snapshot));
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Where writeHeldHeap keeps, beside the snapshot `file`, what a process holding its content and graph needs. */
export const heldHeapFile = (file: string) => file.replace(/\.v8$/, '') + '.heap';

/**
 * Records beside the snapshot `file` the heap this thread uses after a full collection, in MiB: called
 * where the content and its graph are loaded and nothing else is held (the documents' worker), it is what
 * each of `next build`'s page workers will hold besides the pages' code, and scripts/build.ts bounds their
 * heap by it.
 */
export function writeHeldHeap(file: string): void {
  collectGarbage();
  writeFileSync(heldHeapFile(file), `${Math.ceil(getHeapStatistics().used_heap_size / 2 ** 20)}\n`);
}

/**
 * The content of the snapshot `file`, with `resolve` made from `registries` (a builder over the raw
 * registries now on disk); or, when it cannot serve (missing, unreadable, another version, other
 * registries), the reason, and the caller reads the files.
 */
export function readContentSnapshot(file: string, registries: () => ContentBuilder): { content: Content } | { reason: string } {
  return oneAtATime(`${file}.lock`, () => readSnapshot(file, registries));
}

/** The snapshot in `file` if this code can read it, else the reason. */
function openSnapshot(file: string): Snapshot | { reason: string } {
  let snapshot: Snapshot;
  try {
    snapshot = deserialize(readFileSync(/*turbopackIgnore: true*/ file)) as Snapshot;
  } catch (error) {
    return { reason: `cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  return snapshot?.version === 1 ? snapshot : { reason: 'was written by another version of this code' };
}

function readSnapshot(file: string, registries: () => ContentBuilder): { content: Content } | { reason: string } {
  const snapshot = openSnapshot(file);
  if ('reason' in snapshot) return snapshot;
  const builder = registries();
  if (builder.resolution !== snapshot.resolution) return { reason: 'was read with other registries' };
  internStrings(snapshot.content);
  collectGarbage();
  const { resolve } = builder.content();
  return { content: { ...snapshot.content, resolve } };
}

/**
 * The articles of the snapshot `file` by path, with their files' hashes and the resolution they were read
 * with, for a load that takes the articles of unchanged files from there instead of reading them again
 * (readOneByOne's `previous`, as a server's reload does): the search index from the content alone, after a
 * publish changed some of it. Or the reason it cannot serve: unreadable, without its files, or written by
 * other code than this process's (another normaliser makes other articles). At 10,000 articles it reads in
 * about 8 s, where reading and normalising every article took 23-25 s (bench/README.md).
 */
export function readSnapshotArticles(file: string): { resolution: string; byPath: Map<string, { hash: string; article: Article }> } | { reason: string } {
  const snapshot = openSnapshot(file);
  if ('reason' in snapshot) return snapshot;
  if (!snapshot.files || snapshot.files.length !== snapshot.content.articles.length) return { reason: 'does not list its files' };
  if (snapshot.code !== scanVersion()) return { reason: 'was written by other code' };
  internStrings(snapshot.content.articles);
  const byPath = new Map<string, { hash: string; article: Article }>();
  const { articles } = snapshot.content;
  snapshot.files.forEach(([path, hash], i) => byPath.set(path, { hash, article: articles[i]! }));
  return { resolution: snapshot.resolution, byPath };
}

/** A lock older than this was left by a reader that stopped: a read takes about 15 s at 10,000 articles. */
const STALE_LOCK_MS = 60_000;

/**
 * `read()` while holding the lock file `lock` (created exclusively, removed after), waiting for it while
 * another thread or process holds it. `next build`'s page workers start together: reading the snapshot
 * at once, each holding the file's buffer and the strings made twice until they are interned, they made
 * the build's peak at 10,000 articles (2,966 MiB, "collecting page data"; bench/README.md); one after the
 * other, those are held once. A lock older than STALE_LOCK_MS is taken over; without a lock (the folder
 * cannot be written) it reads at once.
 */
export function oneAtATime<T>(lock: string, read: () => T): T {
  const sleep = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return read();
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { force: true });
      } catch {
        // Released meanwhile: try again.
      }
      Atomics.wait(sleep, 0, 0, 100);
    }
  }
  try {
    return read();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Makes equal strings one string again throughout `root`, in place (object properties, array items and map
 * values; map keys and set members are left as they are, which are few), and with those of `pool`, which
 * it adds to. Long strings (bodies, summaries) are seldom repeated and are left alone.
 */
export function internStrings(root: object, pool = new Map<string, string>()): void {
  const seen = new Set<object>([root]);
  const stack: object[] = [root];
  const intern = (s: string): string => {
    if (s.length > 64) return s;
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  /** Queues an object not seen yet. */
  const queue = (value: unknown): void => {
    if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      stack.push(value);
    }
  };
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const value: unknown = o[i];
        if (typeof value === 'string') o[i] = intern(value);
        else queue(value);
      }
    } else if (o instanceof Map) {
      for (const [key, value] of o) {
        if (typeof value === 'string') o.set(key, intern(value));
        else queue(value);
      }
    } else if (o instanceof Set) {
      for (const value of o) queue(value);
    } else if (!(o instanceof Date)) {
      const record = o as Record<string, unknown>;
      for (const key in record) {
        const value = record[key];
        if (typeof value === 'string') record[key] = intern(value);
        else queue(value);
      }
    }
  }
}

/**
 * A full collection now. After a snapshot is read, the strings the deserialisation made twice, and the
 * file's buffer, are garbage once interned, and V8 would otherwise keep their pages until the heap nears
 * its limit, well into the rendering that follows. writeHeldHeap measures after one. `gc` is exposed for
 * this call.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
