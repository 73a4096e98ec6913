/** The one per-file digest cache: a file's content hash, the code version of what is kept for it, and the stores in .next/cache that keep it. */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * Who keeps what, by a file's digest:
 * - the check: each edition's session conflicts, by the content hashes of its reports, under the check's
 *   code version (lib/check/conflict-cache.ts), each body's scan (lib/check/body-scan-cache.ts), and each
 *   article's and timing folder's own part of the check, by its content hash and the registries'
 *   resolution of names (lib/check/check-cache.ts), all in .next/cache/check, in a folder of the check's
 *   code version (lib/check/check-store.ts), the other versions' removed;
 * - the build's compile step, a publish and the server: each compiled article body, by the body's digest
 *   under the compiler's version (lib/content/mdx-store.ts, in .next/cache/mdx);
 * - a publish and a server's reload: each article's content hash, to take the articles of unchanged files
 *   from the served content (lib/publish/read-changes.ts, lib/served/production-loader.ts; in memory, the
 *   running build being the code version);
 * - the check, a publish's read and the build's fingerprint: each content file's hashes under its stat, so
 *   that an unchanged file is not read to be hashed (lib/content/file-hashes.ts, in .next/cache/check).
 *
 * The code version depends on whose code makes the kept output:
 * - sourceVersion, a hash of the project's own modules, when the project's code makes it (the check): every
 *   edit of those modules is a new version without anyone remembering to bump a number. It needs the
 *   sources on disk, which the check has (it runs under tsx).
 * - packageVersion, the installed versions of packages plus a constant bumped by hand, when libraries make
 *   it (mdx-bundler compiles the bodies; the constant covers the project's options): the server reads that
 *   store from a bundle, where the project's sources are not at hand.
 */

/** The content hash of a file's text (or of its bytes, the same hash for UTF-8): sha1, base64url (27 characters). */
export const contentHash = (text: string | Uint8Array): string => createHash('sha1').update(text).digest('base64url');

/** The digest of a text under a code version: sha256 of both, hex. */
export const digest = (codeVersion: string, text: string): string =>
  createHash('sha256').update(codeVersion).update('\0').update(text).digest('hex');

const versions = new Map<string, string>();

/** The code version of the `.ts` modules in `dirs` (folders of `root`): a hash of their names and source. */
export function sourceVersion(root: string, dirs: readonly string[]): string {
  const id = `${root}\n${dirs.join('\n')}`;
  let version = versions.get(id);
  if (version) return version;
  const hash = createHash('sha256');
  for (const sub of dirs) {
    for (const name of readdirSync(/*turbopackIgnore: true*/ join(root, sub)).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(`${sub}/${name}\n`).update(readFileSync(/*turbopackIgnore: true*/ join(root, sub, name)));
    }
  }
  version = hash.digest('hex');
  versions.set(id, version);
  return version;
}

/** The code version of what `packages` make: `name@version` of each as installed (or `absent`), then `constant`. */
export function packageVersion(packages: readonly string[], constant: string): string {
  const id = `${packages.join(' ')}\n${constant}`;
  let version = versions.get(id);
  if (version) return version;
  const installed = packages.map((name) => {
    const file = join(process.cwd(), 'node_modules', name, 'package.json');
    const found = existsSync(/*turbopackIgnore: true*/ file)
      ? (JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as { version: string }).version
      : 'absent';
    return `${name}@${found}`;
  });
  version = `${installed.join(' ')} ${constant}`;
  versions.set(id, version);
  return version;
}

/** The folders of a store without a version: the first two characters of its keys (pathOf). */
const LEGACY_FOLDER = /^[A-Za-z0-9_-]{2}$/;

/**
 * A store in `.next/cache/<name>` (the variable `override` names another folder), which hosts keep between
 * builds like Next's own cache: one file per key, `<first two characters>/<key><extension>`, written under a
 * temporary name and renamed, so no reader ever sees half a file.
 */
export class DigestStore {
  /** The base folders, versions and extensions this process has pruned (prune). */
  private static pruned = new Set<string>();

  /**
   * With `version`, the store's files are in a folder of that code version, `v-<16 hex digits>`, and its
   * first write in a process removes the other `v-` folders beside it: stores that share a folder must
   * share their version.
   */
  constructor(
    private readonly name: string,
    private readonly override: string,
    private readonly extension: string,
    private readonly version?: () => string,
  ) {}

  /** The store's folder, without its version's. */
  private base(): string {
    // turbopackIgnore: next build would otherwise trace the whole cache directory into every route.
    return process.env[this.override] ?? join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', this.name);
  }

  /** The last version seen and its folder: the folder is asked for at every read. */
  private folder?: [version: string, folder: string];

  private versionFolder(): string | undefined {
    if (!this.version) return undefined;
    const version = this.version();
    if (this.folder?.[0] !== version) this.folder = [version, `v-${createHash('sha256').update(version).digest('hex').slice(0, 16)}`];
    return this.folder[1];
  }

  dir(): string {
    const folder = this.versionFolder();
    return folder ? join(this.base(), folder) : this.base();
  }

  /** Removes the other versions' folders and this store's files from before versions, once per process, folder and extension. */
  private prune(): void {
    const folder = this.versionFolder();
    const base = this.base();
    const key = `${base}\0${folder}\0${this.extension}`;
    if (!folder || DigestStore.pruned.has(key)) return;
    DigestStore.pruned.add(key);
    for (const entry of readdirSync(/*turbopackIgnore: true*/ base, { withFileTypes: true })) {
      const name = entry.name;
      if (!entry.isDirectory()) continue;
      try {
        if (/^v-[0-9a-f]{16}$/.test(name) && name !== folder) rmSync(/*turbopackIgnore: true*/ join(base, name), { recursive: true, force: true });
        else if (LEGACY_FOLDER.test(name)) this.pruneLegacy(join(base, name));
      } catch {
        // Another process removing it too, or writing into it: this process's next write tries again.
        DigestStore.pruned.delete(key);
      }
    }
  }

  /**
   * Removes this store's files (by its extension) from a folder where stores kept them before they had a
   * version's folder (before 7 December 2026), and the folder once empty: an unversioned store's files
   * there (the stat stores' `.store`) stay.
   */
  private pruneLegacy(dir: string): void {
    const names = readdirSync(/*turbopackIgnore: true*/ dir);
    for (const name of names) if (name.endsWith(this.extension)) rmSync(/*turbopackIgnore: true*/ join(dir, name), { force: true });
    if (readdirSync(/*turbopackIgnore: true*/ dir).length === 0) rmSync(/*turbopackIgnore: true*/ dir, { recursive: true, force: true });
  }

  /** The file that keeps `key`. */
  pathOf(key: string): string {
    return join(this.dir(), key.slice(0, 2), `${key}${this.extension}`);
  }

  has(key: string): boolean {
    return existsSync(/*turbopackIgnore: true*/ this.pathOf(key));
  }

  /** The text kept under `key`, or undefined. */
  get(key: string): string | undefined {
    return this.getBytes(key)?.toString('utf8');
  }

  /** The bytes kept under `key`, or undefined. */
  getBytes(key: string): Buffer | undefined {
    try {
      return readFileSync(/*turbopackIgnore: true*/ this.pathOf(key));
    } catch {
      return undefined;
    }
  }

  /** Keeps `text` (or bytes) under `key`; with `once`, a key already kept is never written again. */
  put(key: string, text: string | Uint8Array, opts: { once?: boolean } = {}): void {
    const path = this.pathOf(key);
    if (opts.once && existsSync(/*turbopackIgnore: true*/ path)) return;
    mkdirSync(/*turbopackIgnore: true*/ dirname(path), { recursive: true });
    this.prune();
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(/*turbopackIgnore: true*/ tmp, text);
    renameSync(/*turbopackIgnore: true*/ tmp, path);
  }
}
