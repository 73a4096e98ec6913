/**
 * The search index: Pagefind over one small HTML document per page (lib/search/documents.ts).
 *
 * Only documents that mark their content with `data-pagefind-body` are indexed. Each is indexed in the
 * language of that content: Pagefind reads `<html lang>`; a document carries its content's language there,
 * and for any other HTML the copy handed to Pagefind takes the `lang` of the `data-pagefind-body` element
 * (a Dutch article is stemmed as Dutch).
 *
 * Used by scripts/search-index.ts after `next build` and `next build` with `output: 'export'`. The site's
 * documents are cut into several bundles, one Pagefind process each (lib/search/bundles.ts). Pagefind
 * cannot update an index, so a publish adds a small further bundle of what it changed instead
 * (lib/search/delta.ts), which the search page merges with these.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import * as pagefind from 'pagefind';
import { bundleBytes, bundlePath, cutBundles, MANIFEST_FILE, mergedFile, type BundleManifest } from './bundles';
import { recutIndexChunks } from './index-chunks';
import { tsxWorker, underTsx } from '../tsx-worker';

/** One page: its URL path ("/drivers/pipo-derani") and the HTML Pagefind reads for it. */
export interface HtmlRecord {
  url: string;
  html: string;
}

export interface IndexStats {
  /** Pages indexed (pages without `data-pagefind-body` are skipped). */
  pages: number;
  /** Languages, with their page counts. */
  languages: Record<string, number>;
  /** Pagefind's files and bytes written into the index directory. */
  files: number;
  bytes: number;
  ms: number;
  /** Pagefind bundles written (lib/search/bundles.ts); 1 for a publish's delta. */
  bundles: number;
}

const BODY_TAG = /<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body\b[^>]*>/i;
const LANG_ATTR = /\slang="([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)"/;

/** The page's language as Pagefind should index it: the `lang` of its `data-pagefind-body` element, else of `<html>`. */
export function contentLanguage(html: string): string | undefined {
  const body = BODY_TAG.exec(html)?.[0];
  const lang = (body && LANG_ATTR.exec(body)?.[1]) ?? LANG_ATTR.exec(/<html\b[^>]*>/i.exec(html)?.[0] ?? '')?.[1];
  return lang?.toLowerCase();
}

/** The HTML handed to Pagefind: `<html lang>` set to the content's language. */
export function withContentLanguage(html: string): string {
  const lang = contentLanguage(html);
  if (!lang) return html;
  return html.replace(/<html\b[^>]*>/i, (tag) => (LANG_ATTR.test(tag) ? tag.replace(LANG_ATTR, ` lang="${lang}"`) : tag.replace(/^<html/i, `<html lang="${lang}"`)));
}

export function isIndexable(html: string): boolean {
  return BODY_TAG.test(html);
}

/** Puts the bundle at `from` in the place of the one at `to` (two renames: served is the old or the new). */
export function moveIntoPlace(from: string, to: string): void {
  const old = `${to}.old-${process.pid}`;
  if (existsSync(to)) renameSync(to, old);
  renameSync(from, to);
  rmSync(old, { recursive: true, force: true });
}

/** Where a bundle keeps what the browser never reads (the route serves no dot-named file). */
export const STATE_DIR = '.state';
/** The bundle's page ids by URL (`{ "/drivers/x": ["en_01597b7"] }`), written beside every bundle. */
export const IDS_FILE = 'ids.json';
/** The hash of each document the bundle indexed, by URL (documentHash), written beside every bundle. */
export const HASHES_FILE = 'hashes.json';

/** A document's hash: a publish's delta leaves out a document that is the one the bundle already holds. */
export const documentHash = (html: string) => createHash('sha1').update(html).digest('base64url');

/**
 * The page ids of a bundle's files, by URL: a Pagefind result's `id` is its page's fragment hash, the
 * name of its `fragment/<id>.pf_fragment` (gzip of `pagefind_dcd` + JSON with the page's `url`). Grouped
 * fragments (one file holding several, by id) are read too.
 */
function pageIds(files: readonly { path: string; content: Uint8Array }[]): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  const add = (url: string, id: string) => (ids[url] ??= []).push(id);
  for (const f of files) {
    const m = /^fragment\/(.+)\.pf_fragment$/.exec(f.path.split('\\').join('/'));
    if (!m) continue;
    let text = gunzipSync(f.content).toString('utf8');
    if (text.startsWith('pagefind_dcd')) text = text.slice('pagefind_dcd'.length);
    const data = JSON.parse(text) as { url?: string } | Record<string, { url?: string }>;
    if (typeof data.url === 'string') add(data.url, m[1]!);
    else for (const [id, frag] of Object.entries(data as Record<string, { url?: string }>)) if (typeof frag?.url === 'string') add(frag.url, id);
  }
  return ids;
}

/** What indexFiles returns: one index's files and counts. */
export type IndexedFiles = Awaited<ReturnType<typeof indexFiles>>;

/** The documents of `records` that carry `data-pagefind-body`, indexed into a new Pagefind index: its files and counts. */
export async function indexFiles(records: Iterable<HtmlRecord> | AsyncIterable<HtmlRecord>, options: { allowEmpty?: boolean; hashes?: Record<string, string> } = {}) {
  const { errors, index } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
  const languages: Record<string, number> = {};
  let pages = 0;
  try {
    for await (const r of records) {
      if (!isIndexable(r.html)) continue;
      if (options.hashes) options.hashes[r.url] = documentHash(r.html);
      const added = await index.addHTMLFile({ url: r.url, content: withContentLanguage(r.html) });
      if (added.errors.length) throw new Error(`search index: ${r.url}: ${added.errors.join('; ')}`);
      const lang = contentLanguage(r.html) ?? 'unknown';
      languages[lang] = (languages[lang] ?? 0) + 1;
      pages++;
    }
    if (pages === 0) {
      if (options.allowEmpty) return { pages, languages, files: [] };
      throw new Error('search index: no page carries data-pagefind-body; nothing to index');
    }
    const built = await index.getFiles();
    if (built.errors.length) throw new Error(`search index: ${built.errors.join('; ')}`);
    // Pagefind's word index in smaller chunks: a query downloads less of it (lib/search/index-chunks.ts).
    return { pages, languages, files: recutIndexChunks(built.files) };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** Writes `files` (paths relative to `dir`) into `dir`; their count and bytes. */
function writeFiles(dir: string, files: readonly { path: string; content: Uint8Array | string }[]): { files: number; bytes: number } {
  let bytes = 0;
  for (const f of files) {
    const file = join(dir, f.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, f.content);
    bytes += typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength;
  }
  return { files: files.length, bytes };
}

/**
 * Indexes `records` and writes the Pagefind bundles to `outputPath` (e.g. `.next/pagefind`, `out/pagefind`):
 * cut by size and language (cutBundles, at most `maxBytes` of document HTML each), each indexed by its own
 * Pagefind process (searchProcesses() of them at once), listed in `bundles.json` in the order cut; with the page ids and
 * document hashes by URL of all of them in `.state/` (a publish's delta, lib/search/delta.ts, reads them)
 * and an empty `delta/superseded.json`.
 * The bundles are written beside it first and then renamed into place as one directory, so a running site
 * serves either the old set or the new one, never a mix.
 */
export async function writeSearchIndex(
  records: Iterable<HtmlRecord> | AsyncIterable<HtmlRecord>,
  outputPath: string,
  options: {
    maxBytes?: number;
    /** Fewer Pagefind processes while the records' maker still holds a core and its memory (writeSiteSearchIndex). */
    narrow?: Narrowing;
  } = {},
): Promise<IndexStats> {
  const t0 = performance.now();
  const maxBytes = options.maxBytes ?? bundleBytes();
  const hashes: Record<string, string> = {};
  const ids: Record<string, string[]> = {};
  const languages: Record<string, number> = {};
  const manifest: BundleManifest = { bundles: [] };
  const written = { pages: 0, files: 0, bytes: 0 };
  const tmp = `${outputPath}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    const language = (r: HtmlRecord) => contentLanguage(r.html) ?? 'unknown';
    // Pagefind indexes on one core: the bundles go to `processes` of them at once, in worker threads (each
    // thread loads Pagefind's API, which keeps one process per module instance), and are written in order.
    const processes = underTsx() ? searchProcesses() : 1;
    const slots = bundleSlots(processes, options.narrow);
    const running: Promise<{ built: IndexedFiles; hashes: Record<string, string> }>[] = [];
    let done = 0;
    const writeNext = async () => {
      const { built, hashes: bundleHashes } = await running[done]!;
      delete running[done];
      Object.assign(hashes, bundleHashes);
      const path = bundlePath(done++);
      const w = writeFiles(join(tmp, path), path ? built.files.filter((f) => mergedFile(f.path)) : built.files);
      Object.assign(ids, pageIds(built.files));
      for (const [l, n] of Object.entries(built.languages)) languages[l] = (languages[l] ?? 0) + n;
      manifest.bundles.push({ path, languages: built.languages });
      written.pages += built.pages;
      written.files += w.files;
      written.bytes += w.bytes;
    };
    try {
      for await (const batch of cutBundles(records, (r) => isIndexable(r.html), language, maxBytes)) {
        running.push(processes > 1 ? indexInWorker(batch) : indexHere(batch));
        while (running.length - done >= slots.limit()) if (await slots.oldestEnds(running[done]!)) await writeNext();
      }
      while (done < running.length) await writeNext();
    } finally {
      // On a failure, let the other bundles' processes end before the temporary folder goes.
      await Promise.allSettled(running);
    }
    if (manifest.bundles.length === 0) throw new Error('search index: no page carries data-pagefind-body; nothing to index');
    writeFiles(tmp, [
      { path: MANIFEST_FILE, content: JSON.stringify(manifest) },
      { path: join(STATE_DIR, IDS_FILE), content: JSON.stringify(ids) },
      { path: join(STATE_DIR, HASHES_FILE), content: JSON.stringify(hashes) },
      // No publish yet: an empty delta list (lib/search/delta.ts), which the search page reads at once; a 404
      // there was a console error on /search before any publish.
      { path: join('delta', 'superseded.json'), content: JSON.stringify({ ids: [], languages: [] }) },
    ]);
    moveIntoPlace(tmp, outputPath);
    return {
      pages: written.pages,
      languages,
      bundles: manifest.bundles.length,
      files: written.files,
      bytes: written.bytes,
      ms: Math.round(performance.now() - t0),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Handlers that settle to `value` whether a promise fulfils or rejects. */
const settled = <T>(value: T): [() => T, () => T] => [() => value, () => value];

/** Pagefind processes at once (`processes`) while `widened` has not settled; then searchProcesses(). */
export interface Narrowing {
  processes: number;
  widened: Promise<unknown>;
}

/**
 * How many bundles writeSearchIndex indexes at once: `processes`, or `narrow.processes` (at least one)
 * until `narrow.widened` settles. `oldestEnds(oldest)` waits for the oldest running bundle to settle (true:
 * write it, which makes room) or, while narrowed, for the widening, whichever comes first (false: the limit
 * has grown).
 */
export function bundleSlots(processes: number, narrow?: Narrowing) {
  let widened = !narrow || processes <= 1;
  const widen = () => {
    widened = true;
  };
  void narrow?.widened.then(widen, widen);
  return {
    limit: () => (widened ? processes : Math.max(1, Math.min(processes, narrow!.processes))),
    oldestEnds: (oldest: Promise<unknown>): Promise<boolean> =>
      widened ? oldest.then(...settled(true)) : Promise.race([oldest.then(...settled(true)), narrow!.widened.then(...settled(false))]),
  };
}

/** Pagefind processes at once for the site's bundles: one per core, at most 2 (SEARCH_INDEX_PROCESSES overrides); each holds up to about 0.8 GiB. */
export function searchProcesses(env: Record<string, string | undefined> = process.env): number {
  const set = Number(env.SEARCH_INDEX_PROCESSES);
  return Number.isInteger(set) && set > 0 ? set : Math.min(2, availableParallelism());
}

/** indexFiles of one bundle in this thread, with its documents' hashes. */
async function indexHere(records: HtmlRecord[]): Promise<{ built: IndexedFiles; hashes: Record<string, string> }> {
  const hashes: Record<string, string> = {};
  return { built: await indexFiles(records, { hashes }), hashes };
}

/** indexFiles of one bundle in a worker thread (lib/search/index-worker.ts), with its documents' hashes. */
function indexInWorker(records: HtmlRecord[]): Promise<{ built: IndexedFiles; hashes: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const worker = tsxWorker(new URL('./index-worker.ts', import.meta.url), records);
    let result: { built?: IndexedFiles; hashes?: Record<string, string>; error?: string } | undefined;
    worker.once('message', (m: typeof result) => {
      result = m;
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result?.built) resolve({ built: result.built, hashes: result.hashes ?? {} });
      else reject(new Error(result?.error ?? `a search index worker stopped with exit code ${code}`));
    });
  });
}

/**
 * Indexes `records` into a bundle at `tmp` (not moved into place), allowing none: for a publish's delta.
 * Returns its stats and page ids.
 */
export async function writeIndexAt(records: Iterable<HtmlRecord>, tmp: string): Promise<IndexStats & { ids: Record<string, string[]> }> {
  const t0 = performance.now();
  const { pages, languages, files } = await indexFiles(records, { allowEmpty: true });
  const written = writeFiles(tmp, files);
  return { pages, languages, ...written, bundles: 1, ids: pageIds(files), ms: Math.round(performance.now() - t0) };
}
