/**
 * What a publish's prepare reads from disk (lib/publish/prepare.ts): every content file, each article's
 * hash, the registries, each official timing folder's key, and the raw frontmatter of only the articles
 * and the timing folders whose files changed (all of them when a registry edit changed what they take
 * from the registries). Runs in a worker thread
 * (lib/publish/read-worker.ts), or in slices on the server's thread when no worker can start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentBuilder } from '../content/builder';
import { classify, unknownFileProblem } from '../content/classify';
import { contentHash } from '../content/digest-cache';
import { FileHashes } from '../content/file-hashes';
import { listContentFiles } from '../content/list-files';
import { readArticle, readRegistry } from '../content/read-files';
import type { RawRegistryDocument } from '../content/registry';
import type { TimingFolder } from '../content/timing/edition';
import { readTimingPaths, timingFolderKey, TimingGroups } from '../content/timing/folders';
import type { Problem, RawArticle } from '../content/types';
import type { Steps } from '../graph/steps';

export interface ReadInput {
  /** The content directory, and how messages name it (`content`). */
  dir: string;
  prefix: string;
  /** What the served content was read with: its registries' resolution and each article file's hash. */
  resolution?: string;
  hashes: [path: string, hash: string][];
  /** Each official timing folder's key (timingFolderKey) in the served content: a folder with the same key is not read again. */
  timingKeys?: [folder: string, key: string][];
  /** In the worker: give up (undefined) rather than send every article when all must be read again. */
  onlyChanges?: boolean;
}

export interface ReadChanges {
  registries: RawRegistryDocument[];
  /** Every article file in order; `raw` only for those read again (changed, or all when `reparsed`). */
  articles: { path: string; hash: string; raw?: RawArticle }[];
  /** The official timing folders read again (lib/content/timing/folders.ts): those not known by their key (all when `reparsed`). */
  timing: TimingFolder[];
  /** Every official timing folder in order, with its key, and what was read of it when it was read again. */
  folders: { folder: string; key: string; changed: boolean; read?: TimingFolder }[];
  problems: Problem[];
  /** True when the registries changed what articles take from them: every article was read again. */
  reparsed: boolean;
}

/** readChanges in steps: it yields after each file (lib/graph/steps.ts). */
export function* readChangeSteps(input: ReadInput): Steps<ReadChanges | undefined> {
  const { dir, prefix } = input;
  const problems: Problem[] = [];
  const registries: RawRegistryDocument[] = [];
  const articlePaths: string[] = [];
  const groups = new TimingGroups();
  const read = (path: string) => readFileSync(/*turbopackIgnore: true*/ join(dir, path), 'utf8');
  for (const path of listContentFiles(dir)) {
    const kind = classify(path);
    const file = `${prefix}/${path}`;
    if (kind.type === 'unknown') problems.push(unknownFileProblem(file, kind));
    else if (kind.type === 'registry') {
      const doc = readRegistry(file, path, kind.kind, read(path), problems);
      if (doc.raw) registries.push(doc.raw);
      yield;
    } else if (kind.type === 'article') articlePaths.push(path);
    else if (kind.type === 'timing' || kind.type === 'timing-file') groups.add(path, kind.type);
  }
  const reparsed = new ContentBuilder(registries).resolution !== input.resolution;
  // Every article copied to the server's thread would cost it about what parsing them there does.
  if (reparsed && input.onlyChanges) return undefined;
  const known = new Map(reparsed ? [] : input.hashes);
  const articles: ReadChanges['articles'] = [];
  // A file whose stat is that of the last check is not read (lib/content/file-hashes.ts). The publish's
  // check, which runs meanwhile, writes that store: this read only reads it.
  const hashes = FileHashes.open();
  for (const path of articlePaths) {
    const before = known.get(path);
    if (before !== undefined && hashes.sha1(join(dir, path)) === before) articles.push({ path, hash: before });
    else {
      const text = read(path);
      const hash = contentHash(text);
      const doc = readArticle(`${prefix}/${path}`, path, text, problems);
      // A file that does not parse is left out, with its problem, as the check does.
      if (doc.raw) articles.push({ path, hash, raw: doc.raw });
    }
    yield;
  }
  const timing: TimingFolder[] = [];
  const folders: ReadChanges['folders'] = [];
  const knownFolders = new Map(reparsed ? [] : (input.timingKeys ?? []));
  for (const group of groups.byFolder.values()) {
    // The text of a folder's files (megabytes for a 24-hour race) is read only when the folder is read again.
    const key = timingFolderKey(group, (path) => hashes.sha256(join(dir, path)));
    yield;
    if (knownFolders.get(group.folder) === key) folders.push({ folder: group.folder, key, changed: false });
    else {
      const folder = readTimingPaths(prefix, group, read, problems).folder;
      if (folder) timing.push(folder);
      folders.push({ folder: group.folder, key, changed: true, read: folder });
    }
    yield;
  }
  return { registries, articles, timing, folders, problems, reparsed };
}
