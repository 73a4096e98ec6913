/** The production loader: reads and validates the content from disk one article at a time, reusing the articles of unchanged files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finishContent } from '../check/build-content';
import { keptTiming, timingKey } from '../check/check-cache';
import { diskConflictCache } from '../check/conflict-cache';
import type { ConflictCache } from '../check/session-conflicts';
import { ContentBuilder, type TimingEntry } from '../content/builder';
import { classify, unknownFileProblem } from '../content/classify';
import { contentHash } from '../content/digest-cache';
import { FileHashes } from '../content/file-hashes';
import { contentDir, displayDir, listContentFiles } from '../content/list-files';
import { ContentError } from '../content/problems';
import { readArticle, readRegistry } from '../content/read-files';
import { internStrings } from './content-snapshot';
import type { RawRegistryDocument } from '../content/registry';
import type { Article, Content, Problem } from '../content/types';
import { readTimingPaths, timingFolderKey, TimingGroups } from '../content/timing/folders';
import { timingHash } from '../content/timing/laps-cache';

/**
 * The content of a production process: every file from disk, validated; articles of unchanged files reused
 * from `previous`. With `checkCaches`, what the content check kept is taken where it holds (checkCaches).
 */
export function readProductionContent(previous?: KeptArticles, options: { checkCaches?: boolean } = {}): { content: Content; kept: KeptArticles } {
  const dir = contentDir();
  const disk = { paths: listContentFiles(dir), read: (path: string) => readFileSync(/*turbopackIgnore: true*/ join(dir, path), 'utf8') };
  const { content, problems, kept } = readOneByOne(disk, displayDir(dir), previous, options.checkCaches ? checkCaches(dir) : undefined);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  return { content, kept };
}

/** A builder over the registries on disk alone, no article read: what a content snapshot takes `resolve` from (lib/served/content-snapshot.ts). */
export function registriesFromDisk(): ContentBuilder {
  const dir = contentDir();
  const prefix = displayDir(dir);
  const registries: RawRegistryDocument[] = [];
  for (const path of listContentFiles(dir)) {
    const kind = classify(path);
    if (kind.type !== 'registry') continue;
    const read = readRegistry(`${prefix}/${path}`, path, kind.kind, readFileSync(/*turbopackIgnore: true*/ join(dir, path), 'utf8'), []);
    if (read.raw) registries.push(read.raw);
  }
  return new ContentBuilder(registries);
}

/**
 * What the content check kept (lib/check/check-cache.ts, lib/check/conflict-cache.ts), for a loader in a
 * process that runs the check's own code, whose version the check's keys hold: the build's search
 * documents and `scripts/search-index.ts` (under tsx), never Next's bundles. Each official timing folder's
 * reading is taken by its files' hashes, known by their stat (lib/content/file-hashes.ts), so an
 * unchanged folder's CSV files are not read; each edition's session conflicts by its reports' hashes. At
 * 10,000 articles the load after a check took 17.0–21.5 s with them, 26.5–29.3 s without (bench/README.md).
 * Nothing is written to them.
 */
export interface CheckCaches {
  /** A file's timingHash by its path in the content directory. */
  hashOf: (path: string) => string;
  timing: (resolution: string, prefix: string, folderKey: string) => TimingEntry | undefined;
  conflicts: (resolution: string) => ConflictCache;
}

function checkCaches(dir: string): CheckCaches {
  const hashes = FileHashes.open();
  // A kept reading is deserialised: equal names made one string again, as a reading of the files shares them.
  const pool = new Map<string, string>();
  return {
    hashOf: (path) => hashes.sha256(join(dir, path)),
    timing: (resolution, prefix, folderKey) => {
      const entry = keptTiming(timingKey(resolution, prefix, folderKey));
      if (entry) internStrings(entry, pool);
      return entry;
    },
    // Read only: the check writes what it works out.
    conflicts: (resolution) => ({ ...diskConflictCache(resolution), put: () => undefined }),
  };
}

/**
 * The articles of the last content read, by path, with the hash of each file's text, and what they took
 * from the registries (ContentBuilder.resolution): a reload takes an unchanged file's article from there
 * instead of parsing it again (ContentBuilder.reuse) while that is unchanged too. The articles are those
 * the served content holds: the map costs little memory.
 */
export interface KeptArticles {
  resolution: string;
  byPath: Map<string, { hash: string; article: Article }>;
  /** Each official timing folder as read (ContentBuilder.readTiming), by folder, under its key (timingFolderKey). */
  timing?: Map<string, { key: string; entry: TimingEntry }>;
}

/**
 * Production: the registries first, then one article at a time, each file's text and raw YAML let go
 * as soon as it is normalised. Reading every file before normalising any held about 2 GB per build
 * worker at 10,000 articles, for the few seconds all workers load at once. `source` lists and reads the
 * files: the disk here, files in memory in the check's property test. With `previous` (a server's
 * reload) the articles of unchanged files are taken from it, unless a registry edit changed what
 * articles take from the registries (a name, an alias, an event's series or circuit).
 */
export function readOneByOne(
  source: { paths: readonly string[]; read: (path: string) => string },
  prefix: string,
  previous?: KeptArticles,
  caches?: CheckCaches,
): { content: Content; problems: Problem[]; kept: KeptArticles } {
  const problems: Problem[] = [];
  const { paths, read: readText } = source;
  const registries: RawRegistryDocument[] = [];
  const articlePaths: string[] = [];
  const timing = new TimingGroups();
  for (const path of paths) {
    const kind = classify(path);
    const file = `${prefix}/${path}`;
    if (kind.type === 'unknown') problems.push(unknownFileProblem(file, kind));
    else if (kind.type === 'registry') {
      const read = readRegistry(file, path, kind.kind, readText(path), problems);
      if (read.raw) registries.push(read.raw);
    } else if (kind.type === 'article') articlePaths.push(path);
    else if (kind.type === 'timing' || kind.type === 'timing-file') timing.add(path, kind.type);
  }
  const builder = new ContentBuilder(registries);
  const kept: KeptArticles = { resolution: builder.resolution, byPath: new Map(), timing: new Map() };
  const known = previous?.resolution === kept.resolution ? previous.byPath : undefined;
  for (const path of articlePaths) {
    const file = `${prefix}/${path}`;
    const text = readText(path);
    const hash = contentHash(text);
    const before = known?.get(path);
    // The same text at the same place (a snapshot of another content folder names its files by that one).
    if (before?.hash === hash && before.article.file === file) {
      builder.reuse(before.article);
      kept.byPath.set(path, before);
      continue;
    }
    const read = readArticle(file, path, text, problems);
    const article = read.raw ? builder.add(read.raw, undefined, { hash }) : undefined;
    if (article) kept.byPath.set(path, { hash, article });
  }
  // Official timing: small once read (its laps are summarised, and cached by the files' hashes).
  for (const group of timing.byFolder.values()) {
    const texts = new Map<string, string>();
    const text = (path: string) => texts.get(path) ?? texts.set(path, readText(path)).get(path)!;
    const key = timingFolderKey(group, caches ? caches.hashOf : (path) => timingHash(text(path)));
    const known = caches?.timing(builder.resolution, prefix, key);
    if (known) {
      builder.takeTiming(known);
      kept.timing!.set(group.folder, { key, entry: known });
      continue;
    }
    const read = readTimingPaths(prefix, group, text, problems);
    if (!read.folder) continue;
    const entry = builder.readTiming(read.folder);
    builder.takeTiming(entry);
    kept.timing!.set(group.folder, { key, entry });
  }
  const built = finishContent(builder, undefined, caches?.conflicts(builder.resolution));
  return { content: built.content, problems: [...problems, ...built.problems], kept };
}

