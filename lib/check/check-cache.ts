/** The check's cache of each article's and each timing folder's part of the check, kept by digest so that an unchanged file is not read again. */
import { deserialize, serialize } from 'node:v8';
import type { ArticleContribution, TimingEntry } from '../content/builder';
import { digest } from '../content/digest-cache';
import type { Occurrence } from '../content/normalize';
import type { PhotoUse } from '../content/photo-check';
import { checkStore, scanVersion } from './check-store';

/**
 * A warm check at 10,000 articles read and normalised every article again (22 of 38 s of one thread:
 * the frontmatter's YAML, its normalisation, the photos' second reading) though only the rules across
 * files need the whole content (bench/README.md, "The check's cache of each article"). What one article
 * adds to the check depends on that file alone and on the registries only through the resolution of
 * names (ContentBuilder.resolution: every spelling's id, each event's series and circuit), so it is kept
 * under the digest of: the checker's code version (its source, and the MDX parser's packages whose scans
 * it holds), that resolution, the article's path as shown and its content hash. Any edit of one of those
 * is a new key; a registry edit that renames nothing (a nationality, a birth date) keeps every article.
 * Only articles without any problem are kept: a file with a problem is read again each time, and its
 * messages come from the rules themselves. One small JSON file per article, `.article`, in the check's
 * cache folder (`.next/cache/check`, CHECK_CACHE_DIR overrides).
 */
const store = checkStore('.article');
const timingStore = checkStore('.timing');

/** What is kept of one article: its contribution, and the photos it names (lib/content/photo-check.ts). */
export interface KeptArticle {
  contribution: ArticleContribution;
  photos: PhotoUse[];
}

/** The key of an article's part of the check, under registries that resolve names as `resolution` says. */
export const articleKey = (resolution: string, file: string, hash: string): string => digest(scanVersion(), `${resolution}\0${file}\0${hash}`);

/** A name's use as kept: kind, id, as written, field path (and line); its file is the article's. */
type KeptOccurrence = [kind: Occurrence['kind'], id: string, written: string, path: string, line?: number];

/** Whether the cache holds a part under `key` (damaged or not). */
export const isKept = (key: string): boolean => store.has(key);

/** The kept part of the check under `key`, or undefined (never kept, or a damaged file). */
export function keptArticle(key: string): KeptArticle | undefined {
  const text = store.get(key);
  if (text === undefined) return undefined;
  try {
    const kept = JSON.parse(text) as { contribution: Omit<ArticleContribution, 'occurrences'> & { occurrences: KeptOccurrence[] }; photos: PhotoUse[] };
    const { file } = kept.contribution;
    const occurrences = kept.contribution.occurrences.map(([kind, id, written, path, line]): Occurrence => (line === undefined ? { kind, id, written, file, path } : { kind, id, written, file, path, line }));
    return { contribution: { ...kept.contribution, occurrences }, photos: kept.photos };
  } catch {
    return undefined;
  }
}

/** Keeps an article's part of the check (its names' uses without their file, nine tenths of its size otherwise). */
export function keepArticle(key: string, kept: KeptArticle): void {
  const occurrences = kept.contribution.occurrences.map((o): KeptOccurrence => (o.line === undefined ? [o.kind, o.id, o.written, o.path] : [o.kind, o.id, o.written, o.path, o.line]));
  store.put(key, JSON.stringify({ contribution: { ...kept.contribution, occurrences }, photos: kept.photos }));
}

/**
 * A timing folder's part of the check (ContentBuilder.readTiming, 3.9 of the 6.8 s the timing took in a warm
 * check at 10,000 articles), kept the same way: under the checker's code version, the resolution, the
 * content folder as shown (the entry names its files by it), and the folder's key (its files' paths and
 * the hashes of their bytes, timingFolderKey). Only folders without any problem. V8's serialization,
 * which keeps the report's values as they are.
 */
export const timingKey = (resolution: string, shownDir: string, folderKey: string): string => digest(scanVersion(), `${resolution}\0${shownDir}\0${folderKey}`);

export function keptTiming(key: string): TimingEntry | undefined {
  const bytes = timingStore.getBytes(key);
  if (bytes === undefined) return undefined;
  try {
    return deserialize(bytes) as TimingEntry;
  } catch {
    return undefined;
  }
}

export function keepTiming(key: string, entry: TimingEntry): void {
  timingStore.put(key, serialize(entry));
}
