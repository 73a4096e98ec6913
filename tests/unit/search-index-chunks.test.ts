import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cbor-x';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundPrefixes, CHUNK_POSTINGS, cutWords, recutIndexChunks, type PagefindFile } from '@/lib/search/index-chunks';
import { indexFiles } from '@/lib/search/indexer';

type Word = [string, [number, number[], ...unknown[]][]];

/** A Pagefind file's CBOR, read here with the library alone (gzip, the `pagefind_dcd` header, CBOR). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Pagefind's CBOR, shaped as the tests read it
function read(file: PagefindFile | undefined): any {
  if (!file) throw new Error('no such file');
  const raw = gunzipSync(file.content);
  expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return decode(raw.subarray(12));
}
const byPath = (files: readonly PagefindFile[]) => new Map(files.map((f) => [f.path, f]));
const entryOf = (files: readonly PagefindFile[]) =>
  JSON.parse(Buffer.from(byPath(files).get('pagefind-entry.json')!.content).toString()) as { languages: Record<string, { hash: string; page_count: number }> };

/** A language's metadata and its words in chunk order, with each chunk's bounds and words. */
function wordIndex(files: readonly PagefindFile[], language: string) {
  const files_ = byPath(files);
  const meta = read(files_.get(`pagefind.${entryOf(files).languages[language]!.hash}.pf_meta`));
  const chunks = (meta[2] as [string, string, string][]).map(([from, to, hash]) => ({ from, to, hash, words: read(files_.get(`index/${hash}.pf_index`))[0] as Word[] }));
  return { meta, chunks, words: chunks.flatMap((c) => c.words) };
}

/** Code-point order, as Rust compares strings. */
const cmp = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};
const cut = (s: string, n: number) => [...s].slice(0, n).join('');
/**
 * The chunk Pagefind's search loads for a word (pagefind_web's request_indexes): the first whose bounds
 * hold it, else the first whose bounds, cut to the word's length, hold it (a bound is a prefix of a word).
 */
const chunkFor = (chunks: ReturnType<typeof wordIndex>['chunks'], word: string) => {
  const n = [...word].length;
  return (
    chunks.find((c) => cmp(word, c.from) >= 0 && cmp(word, c.to) <= 0) ??
    chunks.find((c) => cmp(cut(word, [...c.from].length), cut(c.from, n)) >= 0 && cmp(cut(word, [...c.to].length), cut(c.to, n)) <= 0)
  );
};
const postings = (w: Word) => w[1].reduce((n, p) => n + p[1].length + 1, 0);

// Sixty pages: a word on every page ("endurance", more postings than a chunk at the limit below), names
// that extend one another ("tovildor", "tovildorix"), words with diacritics, and a few hundred others.
const vocabulary = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 1000}x${String.fromCharCode(97 + (i % 26))}`);
const pages = Array.from({ length: 60 }, (_, p) => {
  const words = ['endurance', p % 3 === 0 ? 'tovildor' : 'tovildorix', p % 2 ? 'jörg' : 'jürgen', ...vocabulary.filter((_, i) => (i + p) % 9 === 0)];
  return { url: `/p/${p}`, content: `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Page ${p}</h1><p>${words.join(' ')}. ${words.slice(0, 20).join(' ')}.</p></main></body></html>` };
});

let original: PagefindFile[];
beforeAll(async () => {
  const { index } = await pagefind.createIndex({});
  for (const page of pages) await index!.addHTMLFile(page);
  original = (await index!.getFiles()).files;
  await index!.deleteIndex();
});
afterAll(() => pagefind.close());

describe("Pagefind's word index re-cut into smaller chunks", () => {
  const MAX = 120;

  it('keeps every word and its postings, in order, in chunks of at most the limit (a larger word alone)', () => {
    const before = wordIndex(original, 'en');
    expect(before.chunks.length).toBe(1); // Pagefind's own cut: 20,000 postings
    const recut = recutIndexChunks(original, MAX);
    const after = wordIndex(recut, 'en');
    expect(after.words).toEqual(before.words);
    expect(after.chunks.length).toBeGreaterThan(5);
    // A chunk passes the limit only with a word that extends the word before it, never parted from it.
    for (const chunk of after.chunks) {
      let size = 0;
      chunk.words.forEach((w, i) => {
        if (i > 0 && size + postings(w) > MAX) expect(w[0].startsWith(chunk.words[i - 1]![0]), chunk.words.map((x) => x[0]).join(' ')).toBe(true);
        size += postings(w);
      });
    }
    // "endurance", on every page, is stemmed "endur".
    const endurance = after.chunks.find((c) => c.words.some((w) => w[0] === 'endur'))!;
    expect(endurance.words.map((w) => w[0])).toEqual(['endur']);
    expect(postings(endurance.words[0]!)).toBeGreaterThan(MAX);
  });

  it("bounds each chunk so that Pagefind's lookup finds every word in its own chunk, and a word with its extensions", () => {
    const { chunks, words } = wordIndex(recutIndexChunks(original, MAX), 'en');
    for (const w of words) expect(chunkFor(chunks, w[0])?.words.some((x) => x[0] === w[0]), w[0]).toBe(true);
    const tovildor = chunkFor(chunks, 'tovildor')!;
    expect(tovildor.words.map((w) => w[0])).toEqual(expect.arrayContaining(['tovildor', 'tovildorix']));
    // No chunk's bounds overlap the next's.
    for (let i = 0; i + 1 < chunks.length; i++) expect(cmp(chunks[i]!.to, chunks[i + 1]!.from), `${chunks[i]!.to} | ${chunks[i + 1]!.from}`).toBeLessThan(0);
  });

  it('rewrites only the chunks and the metadata that lists them, and the entry that names it', () => {
    const recut = recutIndexChunks(original, MAX);
    const before = wordIndex(original, 'en').meta;
    const after = wordIndex(recut, 'en').meta;
    expect(after.length).toBe(before.length);
    after.forEach((item: unknown, i: number) => i !== 2 && expect(item).toEqual(before[i]));
    expect(entryOf(recut).languages.en!.page_count).toBe(60);
    expect(entryOf(recut).languages.en!.hash).not.toBe(entryOf(original).languages.en!.hash);
    const unchanged = (f: PagefindFile) => !/^(index\/|pagefind\..*\.pf_meta$|pagefind-entry\.json$)/.test(f.path);
    expect(recut.filter(unchanged)).toEqual(original.filter(unchanged));
    // Every chunk file is listed, under the first 7 hex digits of its hash, and nothing else is left.
    const listed = wordIndex(recut, 'en').chunks.map((c) => `index/${c.hash}.pf_index`).sort();
    expect(recut.filter((f) => f.path.startsWith('index/')).map((f) => f.path).sort()).toEqual(listed);
    expect(listed.every((p) => /^index\/en_[0-9a-f]{7,}\.pf_index$/.test(p))).toBe(true);
    expect(recut.filter((f) => f.path.endsWith('.pf_meta'))).toHaveLength(1);
  });

  it('cuts words at the limit and names bounds by their shortest distinct prefixes, by character', () => {
    const w = (word: string, n: number): Word => [word, [[0, Array.from({ length: n - 1 }, (_, i) => i)]]];
    expect(cutWords([w('a', 3), w('b', 3), w('c', 3)], 6).map((c) => c.map((x) => x[0]))).toEqual([['a', 'b'], ['c']]);
    expect(cutWords([w('a', 3), w('big', 50), w('c', 3)], 6).map((c) => c.map((x) => x[0]))).toEqual([['a'], ['big'], ['c']]);
    expect(cutWords([w('tov', 5), w('tovildor', 5), w('tovildors', 5), w('u', 5)], 6).map((c) => c.map((x) => x[0]))).toEqual([['tov', 'tovildor', 'tovildors'], ['u']]);
    expect(boundPrefixes('tov', 'tovildor')).toEqual(['tov', 'tovi']);
    expect(boundPrefixes('apple', 'banana')).toEqual(['a', 'b']);
    expect(boundPrefixes('jörg', 'jürgen')).toEqual(['jö', 'jü']);
  });

  it('is what the site indexes with, at its own limit', async () => {
    const built = await indexFiles(pages.map((p) => ({ url: p.url, html: p.content })));
    const { chunks } = wordIndex(built.files, 'en');
    expect(CHUNK_POSTINGS).toBeLessThan(20_000);
    // Pagefind wrote one chunk of these pages (the first test); the site's index has more, none over the limit but a single word.
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) if (c.words.length > 1) expect(c.words.reduce((n, w) => n + postings(w), 0)).toBeLessThanOrEqual(CHUNK_POSTINGS);
    expect(wordIndex(built.files, 'en').words).toEqual(wordIndex(original, 'en').words);
  });

  it('stops with the file and this module named when Pagefind writes another shape', () => {
    const meta = `pagefind.${entryOf(original).languages.en!.hash}.pf_meta`;
    const broken = original.map((f) => (f.path === meta ? { path: f.path, content: new Uint8Array(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0xa0])]))) } : f));
    expect(() => recutIndexChunks(broken, MAX)).toThrow(
      `search index: Pagefind's ${meta} is not in the shape lib/search/index-chunks.ts knows (not [version, pages, chunks, …]); check that module against the installed Pagefind`,
    );
    const noHeader = original.map((f) => (f.path === meta ? { path: f.path, content: new Uint8Array(gzipSync(Buffer.from('cbor'))) } : f));
    expect(() => recutIndexChunks(noHeader, MAX)).toThrow(`search index: Pagefind's ${meta} is not in the shape lib/search/index-chunks.ts knows (no pagefind_dcd header)`);
  });
});
