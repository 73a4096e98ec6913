/**
 * Cutting the site's search documents into several Pagefind bundles of bounded size, each indexed by its own
 * Pagefind process one after the other (lib/search/indexer.ts), and the manifest that lists them for the
 * search page (public/search.js), which merges them all.
 *
 * Pagefind's process holds the whole of its index while writing it: about 250 KiB per document, 2.6 GiB for
 * the 10,000 articles of a large site in one process. Cut into bundles of at most BUNDLE_BYTES of document
 * HTML (cutBundles), the build's peak is one bundle's, and the number of bundles grows with the content.
 *
 * Layout of `pagefind/`: the first bundle is the directory itself (its pagefind.js, worker and WebAssembly
 * are the ones the search page loads), the others are `bundle-1/`, `bundle-2/`, … holding only what
 * Pagefind's mergeIndex reads (entry, metadata, index, fragments, filters); `bundles.json` lists them all.
 */

/** The manifest, beside the first bundle's files. */
export const MANIFEST_FILE = 'bundles.json';

/** One bundle as the manifest lists it. */
export interface BundleEntry {
  /** Its directory relative to `pagefind/`: '' for the first, else `bundle-<n>/`. */
  path: string;
  /** Its pages by language (as its pagefind-entry.json counts them). */
  languages: Record<string, number>;
}

export interface BundleManifest {
  bundles: BundleEntry[];
}

/**
 * Document HTML per bundle. Measured on the 16,059 documents of 10,000 articles: 5 bundles, whose Pagefind
 * processes peaked at 771, 753, 750, 645 and 310 MiB (one process over all of them: 2.6 to 3.0 GiB), and
 * a query for the busiest driver's name loaded 428 KiB (326 KiB from one bundle): each bundle adds its
 * metadata and an index chunk per language. Smaller bundles lower the peak and raise the query's cost.
 */
export const BUNDLE_BYTES = 12 * 1024 * 1024;

/** The limit: `SEARCH_BUNDLE_BYTES` (a positive whole number of bytes) if set, else BUNDLE_BYTES. */
export function bundleBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SEARCH_BUNDLE_BYTES;
  if (raw === undefined || raw === '') return BUNDLE_BYTES;
  if (!/^[1-9][0-9]*$/.test(raw.trim())) throw new Error(`SEARCH_BUNDLE_BYTES: expected a positive whole number of bytes, got "${raw}"`);
  return Number(raw.trim());
}

/** The directory of the `n`th bundle (from 0), relative to `pagefind/`, with its trailing slash ('' for the first). */
export const bundlePath = (n: number) => (n === 0 ? '' : `bundle-${n}/`);

/** Of a bundle's files, those mergeIndex reads: the others (scripts, styles, WebAssembly) are the first bundle's. */
export function mergedFile(path: string): boolean {
  const p = path.split('\\').join('/');
  return p === 'pagefind-entry.json' || /^pagefind\.[^/]+\.pf_meta$/.test(p) || /^(index|fragment|filter)\//.test(p);
}

/**
 * The records `keep` accepts, cut into bundles of at most `max` characters of HTML (a single record may pass
 * it alone), each of one language while the language has a bundle's worth: the search page merges every
 * bundle in each of its languages, and each such index costs a query its metadata and an index chunk, so
 * fewer languages per bundle make a query lighter. A language's records are held until its bundle is full;
 * what is left of each language at the end is put together, largest first, into as few bundles as fit.
 */
export async function* cutBundles<R extends { html: string }>(
  records: Iterable<R> | AsyncIterable<R>,
  keep: (r: R) => boolean,
  language: (r: R) => string,
  max: number,
): AsyncGenerator<R[]> {
  const open = new Map<string, { records: R[]; size: number }>();
  for await (const r of records) {
    if (!keep(r)) continue;
    const lang = language(r);
    let bucket = open.get(lang);
    if (!bucket) open.set(lang, (bucket = { records: [], size: 0 }));
    if (bucket.size > 0 && bucket.size + r.html.length > max) {
      yield bucket.records;
      bucket.records = [];
      bucket.size = 0;
    }
    bucket.records.push(r);
    bucket.size += r.html.length;
  }
  let batch: R[] = [];
  let size = 0;
  for (const bucket of [...open.values()].filter((b) => b.size > 0).sort((a, b) => b.size - a.size)) {
    if (size > 0 && size + bucket.size > max) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(...bucket.records);
    size += bucket.size;
  }
  if (batch.length > 0) yield batch;
}
