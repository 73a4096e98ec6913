import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DigestStore } from '@/lib/content/digest-cache';
import { checkStore } from '@/lib/check/check-store';

/**
 * A store with a code version keeps its files in that version's folder, and its first write removes the
 * folders of the other versions (lib/content/digest-cache.ts): the check's kept parts of an earlier code
 * would otherwise stay forever, unreadable (lib/check/check-store.ts).
 */
const root = mkdtempSync(join(tmpdir(), 'digest-versions-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a versioned digest store', () => {
  it("keeps each version's files apart, and its first write removes the other versions' folders", () => {
    process.env.VERSIONED_TEST_DIR = root;
    try {
      const plain = new DigestStore('unused', 'VERSIONED_TEST_DIR', '.store');
      const a = new DigestStore('unused', 'VERSIONED_TEST_DIR', '.part', () => 'code A');
      plain.put('kept-whatever-the-version', 'fingerprints');
      a.put('a1', 'one of A');
      expect(a.get('a1')).toBe('one of A');
      expect(a.dir()).toMatch(/[/\\]v-[0-9a-f]{16}$/);
      expect(readdirSync(root).filter((n) => n.startsWith('v-'))).toHaveLength(1);

      const b = new DigestStore('unused', 'VERSIONED_TEST_DIR', '.part', () => 'code B');
      expect(b.dir()).not.toBe(a.dir());
      expect(b.get('a1')).toBeUndefined();
      expect(existsSync(a.pathOf('a1'))).toBe(true);
      b.put('b1', 'one of B');
      expect(existsSync(a.pathOf('a1'))).toBe(false);
      expect(readdirSync(root).filter((n) => n.startsWith('v-'))).toEqual([b.dir().split(/[/\\]/).pop()]);
      expect(b.get('b1')).toBe('one of B');
      expect(plain.get('kept-whatever-the-version')).toBe('fingerprints');
    } finally {
      delete process.env.VERSIONED_TEST_DIR;
    }
  });

  it('removes, at its first write, its own files from the folders of the time before versions, and no other store\'s', () => {
    const base = join(root, 'legacy');
    process.env.VERSIONED_TEST_DIR = base;
    try {
      // As a check before 7 December 2026 left them: parts in two-character folders beside the stat stores.
      const plain = new DigestStore('unused', 'VERSIONED_TEST_DIR', '.store');
      plain.put('file-hashes', 'stat store');
      for (const [folder, file] of [['fi', 'fiOld.part'], ['Ab', 'AbOld.part'], ['Ab', 'AbOld.scan'], ['x_', 'x_Old.part']] as const) {
        mkdirSync(join(base, folder), { recursive: true });
        writeFileSync(join(base, folder, file), 'old');
      }
      const part = new DigestStore('unused', 'VERSIONED_TEST_DIR', '.part', () => 'code C');
      part.put('c1', 'one of C');
      const left = readdirSync(base, { recursive: true }).map(String).filter((f) => !f.startsWith('v-')).sort();
      // Its own old files are gone, and a folder left empty; the stat store and another store's old file stay.
      expect(left).toEqual(['Ab', join('Ab', 'AbOld.scan'), 'fi', join('fi', 'file-hashes.store')]);
      expect(plain.get('file-hashes')).toBe('stat store');
      expect(part.get('c1')).toBe('one of C');
      // The other store's turn: its first write removes its own.
      new DigestStore('unused', 'VERSIONED_TEST_DIR', '.scan', () => 'code C').put('c2', 'scan of C');
      expect(readdirSync(base).filter((n) => !n.startsWith('v-')).sort()).toEqual(['fi']);
    } finally {
      delete process.env.VERSIONED_TEST_DIR;
    }
  });

  it("puts the check's stores in one folder, that of the check's code version", () => {
    const previous = process.env.CHECK_CACHE_DIR;
    process.env.CHECK_CACHE_DIR = join(root, 'check');
    try {
      const dirs = ['.article', '.timing', '.json', '.scan'].map((ext) => checkStore(ext).dir());
      expect(new Set(dirs).size).toBe(1);
      expect(dirs[0]).toMatch(/check[/\\]v-[0-9a-f]{16}$/);
    } finally {
      if (previous === undefined) delete process.env.CHECK_CACHE_DIR;
      else process.env.CHECK_CACHE_DIR = previous;
    }
  });
});
