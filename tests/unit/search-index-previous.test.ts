import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { createRequire } from 'node:module';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The search index from the content alone (scripts/search-index.ts, a publish whose changes outgrew the
 * delta) takes the articles of files unchanged since the last build from its content snapshot
 * (lib/served/content-snapshot.ts, readSnapshotArticles) instead of reading and normalising them again.
 * What it loads is what a load of the files gives; a changed file is read again; a snapshot of other code,
 * or of another content folder, serves nothing.
 */
const root = mkdtempSync(join(tmpdir(), 'search-previous-'));
const dir = join(root, 'content');
cpSync(join(process.cwd(), 'content'), dir, { recursive: true });
process.env.CONTENT_DIR = dir;
process.env.CHECK_CACHE_DIR = join(root, 'check-cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const { ContentBuilder } = await import('@/lib/content/builder');
const { contentHash } = await import('@/lib/content/digest-cache');
const { readSnapshotArticles, writeContentSnapshot } = await import('@/lib/served/content-snapshot');
const { readProductionContent } = await import('@/lib/served/production-loader');
const { latestContentSnapshot } = await import('@/lib/build/ahead-files');

const ARTICLE = 'articles/2021-portimao-qualifying-alpine-first-pole.mdx';
const plain = () => ({ ...readProductionContent().content, resolve: undefined });

/** A snapshot of the content now, as the build's documents worker writes it. */
function snapshot(name: string): string {
  const { content, kept } = readProductionContent();
  const file = join(root, name);
  writeContentSnapshot(file, content, kept.resolution, kept.byPath);
  return file;
}

/** A load with the snapshot's articles as the previous ones, as the documents worker makes it. */
function loadAfter(file: string) {
  const previous = readSnapshotArticles(file);
  if (!('byPath' in previous)) throw new Error(`the snapshot did not serve: ${previous.reason}`);
  return { ...readProductionContent(previous).content, resolve: undefined };
}

describe('the search index from the content alone, after a build', () => {
  it("lists each article's file and hash, and loads the same content without normalising an unchanged article", () => {
    const file = snapshot('same.v8');
    const read = readSnapshotArticles(file);
    if (!('byPath' in read)) throw new Error(read.reason);
    const paths = readdirSync(join(dir, 'articles')).map((f) => `articles/${f}`);
    expect([...read.byPath.keys()].sort()).toEqual(paths.sort());
    for (const path of paths) expect(read.byPath.get(path)!.hash, path).toBe(contentHash(readFileSync(join(dir, path), 'utf8')));
    const normalised = vi.spyOn(ContentBuilder.prototype, 'add');
    const loaded = loadAfter(file);
    expect(normalised).not.toHaveBeenCalled();
    normalised.mockRestore();
    expect(loaded).toEqual(plain());
  });

  it('reads again an article whose file changed since the snapshot', () => {
    const file = snapshot('before-edit.v8');
    const path = join(dir, ARTICLE);
    const text = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, text.replace(/^title: .*$/m, 'title: "Alpine on pole at Portimão, edited"'));
      const normalised = vi.spyOn(ContentBuilder.prototype, 'add');
      const loaded = loadAfter(file);
      expect(normalised).toHaveBeenCalledTimes(1);
      normalised.mockRestore();
      expect(loaded.articles.map((a) => a.title)).toContain('Alpine on pole at Portimão, edited');
      expect(loaded).toEqual(plain());
    } finally {
      writeFileSync(path, text);
    }
  });

  it('serves nothing from a snapshot of other code, of another version or without its files; and reads again the files of another content folder', () => {
    const file = snapshot('code.v8');
    const raw = deserialize(readFileSync(file)) as { code: string; files?: unknown };
    writeFileSync(join(root, 'other-code.v8'), serialize({ ...raw, code: `${raw.code} changed` }));
    expect(readSnapshotArticles(join(root, 'other-code.v8'))).toEqual({ reason: 'was written by other code' });
    writeFileSync(join(root, 'no-files.v8'), serialize({ ...raw, files: undefined }));
    expect(readSnapshotArticles(join(root, 'no-files.v8'))).toEqual({ reason: 'does not list its files' });
    writeFileSync(join(root, 'version.v8'), serialize({ ...raw, version: 2 }));
    expect(readSnapshotArticles(join(root, 'version.v8'))).toEqual({ reason: 'was written by another version of this code' });
    expect(readSnapshotArticles(join(root, 'missing.v8'))).toMatchObject({ reason: expect.stringMatching(/^cannot be read \(ENOENT/) });
    // The same files elsewhere: each article names its file by its folder, so none is taken.
    const other = join(root, 'content-copy');
    cpSync(dir, other, { recursive: true });
    process.env.CONTENT_DIR = other;
    try {
      const normalised = vi.spyOn(ContentBuilder.prototype, 'add');
      const loaded = loadAfter(file);
      expect(normalised).toHaveBeenCalledTimes(loaded.articles.length);
      normalised.mockRestore();
      expect(loaded).toEqual(plain());
    } finally {
      process.env.CONTENT_DIR = dir;
    }
  });

  it("finds the newest content snapshot in the build's documents folder, or none", () => {
    const documents = join(root, 'find');
    process.env.SEARCH_DOCUMENTS_DIR = documents;
    try {
      expect(latestContentSnapshot()).toBeUndefined();
      mkdirSync(documents);
      const older = join(documents, `content-${'1'.repeat(64)}.v8`);
      const newer = join(documents, `content-${'2'.repeat(64)}.v8`);
      for (const f of [older, newer, join(documents, `documents-${'3'.repeat(64)}.jsonl`), join(documents, `content-${'4'.repeat(64)}.heap`)]) writeFileSync(f, '');
      utimesSync(older, new Date('2026-12-08T01:00:00Z'), new Date('2026-12-08T01:00:00Z'));
      utimesSync(newer, new Date('2026-12-08T02:00:00Z'), new Date('2026-12-08T02:00:00Z'));
      expect(latestContentSnapshot()).toBe(newer);
      utimesSync(older, new Date('2026-12-08T03:00:00Z'), new Date('2026-12-08T03:00:00Z'));
      expect(latestContentSnapshot()).toBe(older);
    } finally {
      delete process.env.SEARCH_DOCUMENTS_DIR;
    }
  });

  it('scripts/search-index.ts, given the snapshot, writes the same bundle as without it', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const run = (out: string, documents: string) =>
      spawnSync(process.execPath, [tsx, 'scripts/search-index.ts', '--out', out], {
        cwd: resolve(__dirname, '..', '..'),
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: dir, SEARCH_DOCUMENTS_DIR: documents },
      });
    const documents = join(root, 'documents');
    cpSync(snapshot('x.v8'), join(documents, `content-${'a'.repeat(64)}.v8`));
    const path = join(dir, ARTICLE);
    const text = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, text.replace(/^title: .*$/m, 'title: "Alpine on pole at Portimão, edited"'));
      const withSnapshot = run(join(root, 'with'), documents);
      const without = run(join(root, 'without'), join(root, 'no-documents'));
      expect(withSnapshot.stderr).toBe('');
      expect(withSnapshot.status).toBe(0);
      expect(without.status, without.stderr).toBe(0);
      const files = (d: string) => readdirSync(d, { recursive: true, encoding: 'utf8' }).sort();
      expect(files(join(root, 'with'))).toEqual(files(join(root, 'without')));
      // The page ids by URL may be listed in another order (a map: its readers look URLs up); every other file is the same bytes.
      for (const f of files(join(root, 'without')).filter((f) => /\.(pf_fragment|pf_meta|pf_index|json)$/.test(f) && !f.endsWith('ids.json'))) {
        expect(readFileSync(join(root, 'with', f)).equals(readFileSync(join(root, 'without', f))), f).toBe(true);
      }
      const ids = (d: string) => Object.entries(JSON.parse(readFileSync(join(root, d, '.state', 'ids.json'), 'utf8')) as Record<string, string[]>).sort(([a], [b]) => (a < b ? -1 : 1));
      expect(ids('with')).toEqual(ids('without'));
      expect(ids('with').map(([url]) => url)).toContain('/articles/2021-portimao-qualifying-alpine-first-pole');
    } finally {
      writeFileSync(path, text);
    }
  }, 120_000);
});
