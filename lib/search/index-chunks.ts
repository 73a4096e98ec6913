/**
 * Pagefind's word index re-cut into smaller chunks, so that a query downloads less of it.
 *
 * Why: a search downloads, for each word of the query and each index it merges (every bundle's every
 * language, lib/search/bundles.ts), the one chunk of that index whose word range holds the word. Pagefind
 * cuts its chunks at about 20,000 postings (its `chunk_index(word_map, 20000)`, with a "TODO: parameterize"
 * and no option), about 15 KiB gzip each, so each index costs a query about 15 KiB whatever the word: at
 * 10,000 articles six indexes made 90 KiB of the 308 KB of one query, and a Dutch index of 588 pages cost
 * as much as an English one of 3,500. Cut at CHUNK_POSTINGS instead, a query loads the postings of its
 * word and little else, and the metadata grows by a line per chunk (bench/README.md, "One query's index chunks").
 *
 * What of Pagefind this relies on (checked on every file, so that an upgrade that changes it stops the
 * index with this module's name rather than shipping a search that finds nothing):
 * - `pagefind-entry.json` names each language's metadata file, `pagefind.<hash>.pf_meta`.
 * - Metadata and index chunks are gzip of `pagefind_dcd` followed by CBOR (Pagefind's Rust structs
 *   encoded by minicbor as arrays). The metadata is an array whose third item is its chunks
 *   (`[version, pages, chunks, filters, sorts, …]`), each chunk `[from, to, hash]` naming
 *   `index/<hash>.pf_index`; an index chunk is `[words]`, each word `[word, pages]`, each page
 *   `[page number, locations, …]`, the words in Pagefind's sort order.
 * - The search (pagefind_web's `request_indexes`) loads, for a word, the first chunk with
 *   `from <= word <= to`, else the first whose bounds, cut to the word's length, hold it; Pagefind names
 *   the bounds between two chunks by the shortest prefixes that tell their last and first words apart
 *   (its `get_prefixes`), and chunkBounds does the same.
 * Only the chunks and the metadata that lists them are rewritten: pages, filters, sorts and fragments,
 * and so every page id, stay Pagefind's.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Encoder, decode } from 'cbor-x';

/** Postings per chunk (a page's locations plus one, as Pagefind counts them): 4-5 KiB gzip on the bench's corpus, against 15. */
export const CHUNK_POSTINGS = 3000;

/** A file of a Pagefind index, as its API's getFiles gives it. */
export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

const HEADER = Buffer.from('pagefind_dcd');
/** Plain CBOR arrays, strings and integers, as minicbor writes them (no cbor-x records or tags). */
const cbor = new Encoder({ useRecords: false, tagUint8Array: false });

type Word = [string, unknown[], ...unknown[]];
type MetaChunk = [string, string, string];

const shapeError = (path: string, what: string) =>
  new Error(`search index: Pagefind's ${path} is not in the shape lib/search/index-chunks.ts knows (${what}); check that module against the installed Pagefind`);

function unpack(file: PagefindFile): unknown {
  const raw = gunzipSync(file.content);
  if (!raw.subarray(0, HEADER.length).equals(HEADER)) throw shapeError(file.path, 'no pagefind_dcd header');
  return decode(raw.subarray(HEADER.length));
}

const pack = (value: unknown): Uint8Array => gzipSync(Buffer.concat([HEADER, cbor.encode(value)]));

/** Postings of a word as Pagefind counts them for a chunk's size: each page's locations, plus one. */
const postings = (word: Word) => (word[1] as [number, unknown[]][]).reduce((n, page) => n + page[1].length + 1, 0);

/**
 * Words cut into chunks of at most `max` postings; a word with more stays whole, alone. No cut falls
 * before a word that extends the one before it ("tovildor", "tovildors"), so a name and the longer forms
 * that follow it, which a search finds by prefix in the chunk it loads, stay in one chunk. (Only the word
 * just before counts: keeping every word with all its extensions would glue "a" to every word after it.)
 */
export function cutWords(words: readonly Word[], max: number): Word[][] {
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let size = 0;
  for (const word of words) {
    const n = postings(word);
    const previous = chunk[chunk.length - 1];
    if (previous && size + n > max && !word[0].startsWith(previous[0])) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(word);
    size += n;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** The shortest prefixes of `a` and `b` that tell them apart, in characters (Pagefind's get_prefixes). */
export function boundPrefixes(a: string, b: string): [string, string] {
  const x = [...a];
  const y = [...b];
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return [x.slice(0, common + 1).join(''), y.slice(0, common + 1).join('')];
}

/** Each chunk's `[from, to]`: its first and last words, shortened at each bound between two chunks. */
export function chunkBounds(chunks: readonly Word[][]): [string, string][] {
  const bounds = chunks.map((c): [string, string] => [c[0]![0], c[c.length - 1]![0]]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [to, from] = boundPrefixes(bounds[i]![1], bounds[i + 1]![0]);
    bounds[i]![1] = to;
    bounds[i + 1]![0] = from;
  }
  return bounds;
}

/** A name of `hash`'s first 7 hex digits (as Pagefind's), longer while it is taken. */
function uniqueName(prefix: string, hex: string, taken: Set<string>): string {
  let n = 7;
  while (taken.has(`${prefix}${hex.slice(0, n)}`) && n < hex.length) n++;
  const name = `${prefix}${hex.slice(0, n)}`;
  taken.add(name);
  return name;
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * An index's files with each language's word index cut into chunks of at most `max` postings: new chunk
 * files named by their content's hash, a new metadata file listing them, and the entry pointing at it. The
 * other files are returned as they were.
 */
export function recutIndexChunks(files: readonly PagefindFile[], max = CHUNK_POSTINGS): PagefindFile[] {
  const byPath = new Map(files.map((f) => [f.path.split('\\').join('/'), f]));
  const entryFile = byPath.get('pagefind-entry.json');
  if (!entryFile) throw shapeError('pagefind-entry.json', 'missing');
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as { languages?: Record<string, { hash?: unknown }> };
  if (!entry.languages || typeof entry.languages !== 'object') throw shapeError('pagefind-entry.json', 'no languages');
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${String(info.hash)}.pf_meta`;
    const metaFile = byPath.get(metaPath);
    if (!metaFile) throw shapeError(metaPath, `missing, named by pagefind-entry.json for "${language}"`);
    const meta = unpack(metaFile);
    if (!Array.isArray(meta) || typeof meta[0] !== 'string' || !Array.isArray(meta[1]) || !Array.isArray(meta[2])) throw shapeError(metaPath, 'not [version, pages, chunks, …]');
    const words: Word[] = [];
    for (const chunk of meta[2] as unknown[]) {
      if (!Array.isArray(chunk) || chunk.length !== 3 || !chunk.every((s) => typeof s === 'string')) throw shapeError(metaPath, 'a chunk that is not [from, to, hash]');
      const path = `index/${(chunk as MetaChunk)[2]}.pf_index`;
      const file = byPath.get(path);
      if (!file) throw shapeError(path, `missing, listed by ${metaPath}`);
      const index = unpack(file);
      if (!Array.isArray(index) || index.length !== 1 || !Array.isArray(index[0])) throw shapeError(path, 'not [words]');
      for (const word of index[0] as unknown[]) {
        if (!Array.isArray(word) || typeof word[0] !== 'string' || !Array.isArray(word[1]) || !word[1].every((p) => Array.isArray(p) && typeof p[0] === 'number' && Array.isArray(p[1]))) {
          throw shapeError(path, 'a word that is not [word, [[page, locations], …]]');
        }
        words.push(word as Word);
      }
      byPath.delete(path);
    }
    const chunks = cutWords(words, max);
    const bounds = chunkBounds(chunks);
    const taken = new Set<string>();
    const metaChunks: MetaChunk[] = chunks.map((chunk, i) => {
      const content = pack([chunk]);
      const name = uniqueName(`${language}_`, sha(content), taken);
      byPath.set(`index/${name}.pf_index`, { path: `index/${name}.pf_index`, content });
      return [bounds[i]![0], bounds[i]![1], name];
    });
    const metaContent = pack(meta.map((item, i) => (i === 2 ? metaChunks : item)));
    const metaHash = `${language}_${sha(metaContent).slice(0, language.length + 8)}`;
    byPath.delete(metaPath);
    byPath.set(`pagefind.${metaHash}.pf_meta`, { path: `pagefind.${metaHash}.pf_meta`, content: metaContent });
    info.hash = metaHash;
  }
  byPath.set('pagefind-entry.json', { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify(entry)) });
  return [...byPath.values()];
}
