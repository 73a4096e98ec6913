import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileHashes, fileHashesPath, RACY_MS } from '@/lib/content/file-hashes';

/*
 * The hashes of content files kept under their stat (lib/content/file-hashes.ts): a run after the store was
 * saved takes an unchanged file's hash without reading it, and reads it again after any write, even one
 * that keeps its size and sets its modification time back, after a replace by rename, and when the file
 * was written too close to the moment it was hashed. The hashes are computed here with node:crypto.
 */
const root = mkdtempSync(join(tmpdir(), 'file-hashes-'));
let previous: string | undefined;
beforeAll(() => {
  previous = process.env.CHECK_CACHE_DIR;
  process.env.CHECK_CACHE_DIR = join(root, 'cache');
});
afterAll(() => {
  if (previous === undefined) delete process.env.CHECK_CACHE_DIR;
  else process.env.CHECK_CACHE_DIR = previous;
  rmSync(root, { recursive: true, force: true });
});

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const HOUR_AGO = new Date(Date.now() - 3600_000);

/** A file written with `text`, its times set an hour back (an old file, not a racy one). */
function oldFile(name: string, text: string): string {
  const full = join(root, name);
  writeFileSync(full, text);
  utimesSync(full, HOUR_AGO, HOUR_AGO);
  return full;
}

/** One run: a store opened, `ask` asked of it, the store saved; its counts. */
function run(ask: (h: FileHashes) => void): { read: number; trusted: number } {
  const hashes = FileHashes.open();
  ask(hashes);
  hashes.save();
  return { ...hashes.counts };
}

describe('file hashes kept under their stat', () => {
  it('gives the files\' hashes, and takes an unchanged file\'s from the store without reading it', () => {
    const a = oldFile('a.mdx', 'first article\n');
    const b = oldFile('b.csv', 'NUMBER;LAP\n7;1\n');
    const seen: string[] = [];
    expect(run((h) => seen.push(h.sha1(a), h.sha256(b)))).toEqual({ read: 2, trusted: 0 });
    expect(seen).toEqual([sha1('first article\n'), sha256('NUMBER;LAP\n7;1\n')]);
    seen.length = 0;
    expect(run((h) => seen.push(h.sha1(a), h.sha256(b)))).toEqual({ read: 0, trusted: 2 });
    expect(seen).toEqual([sha1('first article\n'), sha256('NUMBER;LAP\n7;1\n')]);
    // The other hash of a trusted file is made once, then kept beside the first.
    expect(run((h) => seen.push(h.sha256(a)))).toEqual({ read: 1, trusted: 0 });
    expect(run((h) => seen.push(h.sha1(a), h.sha256(a)))).toEqual({ read: 0, trusted: 2 });
    expect(seen.slice(2)).toEqual([sha256('first article\n'), sha1('first article\n'), sha256('first article\n')]);
  });

  it('reads a file again after a write of the same size whose modification time was set back', () => {
    const a = oldFile('same-size.mdx', 'date: 2017-06-15\n');
    run((h) => h.sha1(a));
    const before = statSync(a);
    writeFileSync(a, 'date: 2017-13-45\n');
    utimesSync(a, before.atime, before.mtime);
    expect(statSync(a).size).toBe(before.size);
    expect(statSync(a).mtimeMs).toBe(before.mtimeMs);
    let hash = '';
    expect(run((h) => (hash = h.sha1(a)))).toEqual({ read: 1, trusted: 0 });
    expect(hash).toBe(sha1('date: 2017-13-45\n'));
  });

  it('reads a file again once it was replaced by a rename, with the same size and times', () => {
    const a = oldFile('renamed.mdx', 'one\n');
    run((h) => h.sha1(a));
    const other = oldFile('renamed.mdx.tmp', 'two\n');
    renameSync(other, a);
    let hash = '';
    expect(run((h) => (hash = h.sha1(a)))).toEqual({ read: 1, trusted: 0 });
    expect(hash).toBe(sha1('two\n'));
  });

  it('does not trust a file modified less than RACY_MS before it was hashed: it is read again next time', () => {
    const full = join(root, 'racy.mdx');
    writeFileSync(full, 'just written\n');
    expect(Date.now() - statSync(full).mtimeMs).toBeLessThan(RACY_MS);
    expect(run((h) => h.sha1(full))).toEqual({ read: 1, trusted: 0 });
    expect(run((h) => h.sha1(full))).toEqual({ read: 1, trusted: 0 });
    // Set an hour back (as though it had been written long before it was hashed): its stat changed, it is
    // read once more, then trusted.
    utimesSync(full, HOUR_AGO, HOUR_AGO);
    expect(run((h) => h.sha1(full))).toEqual({ read: 1, trusted: 0 });
    expect(run((h) => h.sha1(full))).toEqual({ read: 0, trusted: 1 });
  });

  it('keeps what is made of a file under its name, made again once the file changes; a missing file is never kept', () => {
    const photo = oldFile('photo.jpg', 'not really a JPEG');
    let made = 0;
    const header = (h: FileHashes, full: string) => h.kept(full, 'photo', () => ({ made: ++made, size: statSync(full).size }));
    const seen: unknown[] = [];
    expect(run((h) => seen.push(header(h, photo)))).toEqual({ read: 1, trusted: 0 });
    expect(run((h) => seen.push(header(h, photo), h.sha1(photo)))).toEqual({ read: 1, trusted: 1 });
    expect(seen.slice(0, 2)).toEqual([{ made: 1, size: 17 }, { made: 1, size: 17 }]);
    expect(seen[2]).toBe(sha1('not really a JPEG'));
    oldFile('photo.jpg', 'a JPEG after all, longer');
    expect(run((h) => seen.push(header(h, photo)))).toEqual({ read: 1, trusted: 0 });
    expect(seen[3]).toEqual({ made: 2, size: 24 });
    const missing = join(root, 'missing.jpg');
    expect(run((h) => seen.push(h.kept(missing, 'photo', () => 'missing'), h.kept(missing, 'photo', () => 'still missing')))).toEqual({ read: 0, trusted: 0 });
    expect(seen.slice(4)).toEqual(['missing', 'still missing']);
  });

  it('reads every file when the store is damaged, and keeps only the files asked for in the last run', () => {
    const a = oldFile('kept.mdx', 'kept\n');
    const b = oldFile('dropped.mdx', 'dropped\n');
    run((h) => (h.sha1(a), h.sha1(b)));
    expect(run((h) => h.sha1(a))).toEqual({ read: 0, trusted: 1 });
    expect(Object.keys((JSON.parse(readFileSync(fileHashesPath(), 'utf8')) as { files: object }).files)).toEqual([a]);
    writeFileSync(fileHashesPath(), '{"format": 1, "files": [');
    expect(run((h) => h.sha1(a))).toEqual({ read: 1, trusted: 0 });
    expect(run((h) => h.sha1(a))).toEqual({ read: 0, trusted: 1 });
  });
});
