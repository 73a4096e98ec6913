/** The content check's articles: each one read and checked (ContentBuilder.contribute), or taken from the check's cache when unchanged; its photos and located problems. */
import { readFileSync } from 'node:fs';
import type { ContentBuilder } from '../content/builder';
import { contentHash } from '../content/digest-cache';
import type { FileHashes } from '../content/file-hashes';
import { locate } from '../content/locate';
import { scanBody } from '../content/mdx';
import { articlePhotoUses, type PhotoUse } from '../content/photo-check';
import { PLACEHOLDER } from '../content/placeholders';
import { readArticle } from '../content/read-files';
import type { Problem, SourceFile } from '../content/types';
import { supersede } from '../content/yaml-traps';
import { keptScan } from './body-scan-cache';
import { articleKey, isKept, keepArticle, keptArticle } from './check-cache';

/** A file to check: its path inside the content directory, its path as shown, and where its text is. */
export interface CheckInput {
  path: string;
  file: string;
  /** On disk, or given in memory. */
  full?: string;
  text?: string;
}

export const readInput = (input: CheckInput): string => input.text ?? readFileSync(input.full!, 'utf8');

/**
 * Each article's key in the check's cache (lib/check/check-cache.ts), and whether the cache holds it. A
 * file on disk is hashed by `hashes`, which reads it only when its stat changed (lib/content/file-hashes.ts).
 */
export function articleKeys(articles: readonly CheckInput[], resolution: string, hashes: FileHashes): ArticleKey[] {
  return articles.map((input) => {
    const key = articleKey(resolution, input.file, input.text !== undefined ? contentHash(input.text) : hashes.sha1(input.full!));
    return { key, kept: isKept(key) };
  });
}

export interface ArticleKey {
  key: string;
  kept: boolean;
}

/**
 * Checks a slice of the articles with `builder`: each one is read, checked, its problems located while
 * its text is at hand, then let go, so memory stays flat however many articles there are. The photos
 * each names go to `out.photos`. With `cached` (the builder's resolution of names), an article without
 * problems is kept in the check's cache (lib/check/check-cache.ts) and, unchanged, taken from there,
 * and a body's scan is taken from the cache when the body was scanned before. `keys`, when the caller
 * has them (articleKeys), spare hashing the files again.
 */
export function checkArticles(
  builder: ContentBuilder,
  articles: readonly CheckInput[],
  out: { problems: Problem[]; photos: PhotoUse[] },
  cached?: string,
  keys?: readonly ArticleKey[],
): void {
  const scan = cached !== undefined ? keptScan : scanBody;
  for (const [i, input] of articles.entries()) {
    const fileProblems: Problem[] = [];
    const known = keys?.[i];
    // A kept article is known by its bytes' hash: its text is not even decoded.
    const bytes = cached !== undefined && !known?.kept ? (input.text ?? readFileSync(input.full!)) : undefined;
    const bytesHash = bytes !== undefined ? contentHash(bytes) : undefined;
    const key = known?.key ?? (bytesHash !== undefined ? articleKey(cached!, input.file, bytesHash) : undefined);
    const kept = key !== undefined && known?.kept !== false ? keptArticle(key) : undefined;
    let source: SourceFile | undefined;
    let text = '';
    if (kept) {
      builder.replay(kept.contribution);
      for (const use of kept.photos) out.photos.push(use);
    } else {
      text = typeof bytes === 'string' ? bytes : bytes ? bytes.toString('utf8') : readInput(input);
      const hash = bytesHash ?? contentHash(text);
      const read = readArticle(input.file, input.path, text, fileProblems);
      source = read.source;
      const raw = read.raw;
      if (raw) {
        const placeholders = read.source.yamlText === undefined || read.source.yamlText.includes(PLACEHOLDER);
        const body = scan(raw.file, raw.bodyRaw, read.source.bodyLine ?? 1);
        const { contribution } = builder.contribute(raw, body, { placeholders, hash });
        builder.replay(contribution);
        const photos = articlePhotoUses(input.file, raw.data, body.figures);
        for (const use of photos) out.photos.push(use);
        if (key !== undefined && fileProblems.length === 0 && contribution.problems.length === 0) keepArticle(key, { contribution, photos });
      }
    }
    for (const p of builder.drain()) fileProblems.push(p);
    if (fileProblems.length > 0) {
      source ??= readArticle(input.file, input.path, kept ? readInput(input) : text, []).source;
      const located = source;
      out.problems.push(...locate(supersede(fileProblems), (file) => (file === input.file ? located : undefined)));
    }
  }
}
