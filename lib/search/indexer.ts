/**
 * The search index: Pagefind over one small HTML document per page (lib/search/documents.ts).
 *
 * Only documents that mark their content with `data-pagefind-body` are indexed. Each is indexed in the
 * language of that content: Pagefind reads `<html lang>`; a document carries its content's language there,
 * and for any other HTML the copy handed to Pagefind takes the `lang` of the `data-pagefind-body` element
 * (a Dutch article is stemmed as Dutch).
 *
 * Used by scripts/search-index.ts after `next build` and `next build` with `output: 'export'`, and by a
 * publish, which re-indexes the whole site (Pagefind has no incremental update).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';

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
  /** Files and bytes written into the index directory. */
  files: number;
  bytes: number;
  ms: number;
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

/**
 * Indexes `records` and writes the Pagefind bundle to `outputPath` (e.g. `.next/pagefind`, `out/pagefind`).
 * The bundle is written beside it first and then renamed into place, so a running site serves either the
 * old index or the new one, never half of each.
 */
export async function writeSearchIndex(records: Iterable<HtmlRecord>, outputPath: string): Promise<IndexStats> {
  const t0 = performance.now();
  const { errors, index } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
  const languages: Record<string, number> = {};
  let pages = 0;
  let files = 0;
  let bytes = 0;
  try {
    for (const r of records) {
      if (!isIndexable(r.html)) continue;
      const added = await index.addHTMLFile({ url: r.url, content: withContentLanguage(r.html) });
      if (added.errors.length) throw new Error(`search index: ${r.url}: ${added.errors.join('; ')}`);
      const lang = contentLanguage(r.html) ?? 'unknown';
      languages[lang] = (languages[lang] ?? 0) + 1;
      pages++;
    }
    if (pages === 0) throw new Error('search index: no page carries data-pagefind-body; nothing to index');
    const built = await index.getFiles();
    if (built.errors.length) throw new Error(`search index: ${built.errors.join('; ')}`);
    const tmp = `${outputPath}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    for (const f of built.files) {
      const file = join(tmp, f.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, f.content);
      files++;
      bytes += f.content.byteLength;
    }
    moveIntoPlace(tmp, outputPath);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  return { pages, languages, files, bytes, ms: Math.round(performance.now() - t0) };
}
