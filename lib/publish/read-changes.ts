/**
 * What a publish's prepare reads from disk (lib/publish/prepare.ts): every content file, each article's
 * hash, the registries, the official timing folders, and the raw frontmatter of only the articles whose
 * text changed (all of them when a registry edit changed what articles take from the registries). Runs in a worker thread
 * (lib/publish/read-worker.ts), or in slices on the server's thread when no worker can start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentBuilder } from '../content/builder';
import { classify, unknownFileProblem } from '../content/classify';
import { contentHash } from '../content/digest-cache';
import { listContentFiles } from '../content/list-files';
import { readArticle, readRegistry } from '../content/read-files';
import type { RawRegistryDocument } from '../content/registry';
import type { TimingFolder } from '../content/timing/edition';
import { readTimingPaths, TimingGroups } from '../content/timing/folders';
import type { Problem, RawArticle } from '../content/types';
import type { Steps } from '../graph/steps';

export interface ReadInput {
  /** The content directory, and how messages name it (`content`). */
  dir: string;
  prefix: string;
  /** What the served content was read with: its registries' resolution and each article file's hash. */
  resolution?: string;
  hashes: [path: string, hash: string][];
  /** In the worker: give up (undefined) rather than send every article when all must be read again. */
  onlyChanges?: boolean;
}

export interface ReadChanges {
  registries: RawRegistryDocument[];
  /** Every article file in order; `raw` only for those read again (changed, or all when `reparsed`). */
  articles: { path: string; hash: string; raw?: RawArticle }[];
  /** The official timing folders, read (lib/content/timing/folders.ts). */
  timing: TimingFolder[];
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
  for (const path of articlePaths) {
    const text = read(path);
    const hash = contentHash(text);
    if (known.get(path) === hash) articles.push({ path, hash });
    else {
      const doc = readArticle(`${prefix}/${path}`, path, text, problems);
      // A file that does not parse is left out, with its problem, as the check does.
      if (doc.raw) articles.push({ path, hash, raw: doc.raw });
    }
    yield;
  }
  const timing: TimingFolder[] = [];
  for (const group of groups.byFolder.values()) {
    const folder = readTimingPaths(prefix, group, read, problems).folder;
    if (folder) timing.push(folder);
    yield;
  }
  return { registries, articles, timing, problems, reparsed };
}
