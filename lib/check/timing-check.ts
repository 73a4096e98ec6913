/** The content check's official timing: each folder read against the registries (or taken from the check's cache), then taken by the builder after the articles. */
import type { ContentBuilder, TimingEntry } from '../content/builder';
import { locate } from '../content/locate';
import { readTimingPaths, timingFolderKey, type TimingGroups } from '../content/timing/folders';
import { timingHash } from '../content/timing/laps-cache';
import type { Problem, SourceFile } from '../content/types';
import { keepTiming, keptTiming, timingKey } from './check-cache';

/**
 * Each timing folder: timing.yaml and the CSV files beside it, read and checked against the registries
 * (ContentBuilder.readTiming, which changes nothing), or, with `cached` (as for checkArticles), taken from
 * the check's cache when its files are the same. `hashOf` gives a file's timingHash without reading it
 * when it can (lib/content/file-hashes.ts); a kept folder's CSV files are then never read.
 * timing.yaml's source is kept for the problems.
 */
export function readTimings(
  builder: ContentBuilder,
  groups: TimingGroups,
  bytes: (path: string) => Uint8Array | string,
  dir: string,
  sources: Map<string, SourceFile>,
  cached?: string,
  hashOf?: (path: string) => string | undefined,
): TimingFolderRead[] {
  const reads: TimingFolderRead[] = [];
  for (const paths of groups.byFolder.values()) {
    const problems: Problem[] = [];
    const files = new Map<string, Uint8Array | string>();
    const bytesOf = (path: string) => files.get(path) ?? files.set(path, bytes(path)).get(path)!;
    const text = (path: string) => {
      const b = bytesOf(path);
      return typeof b === 'string' ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
    };
    const key = cached !== undefined ? timingKey(cached, dir, timingFolderKey(paths, (path) => hashOf?.(path) ?? timingHash(bytesOf(path)))) : undefined;
    const kept = key !== undefined ? keptTiming(key) : undefined;
    if (kept) {
      // Only a folder with a timing.yaml and no problem is kept: its source for the rules across files.
      const file = `${dir}/${paths.yaml}`;
      const yamlText = text(paths.yaml!);
      sources.set(file, { file, text: yamlText, yamlText, yamlFirstLine: 1 });
      reads.push({ entry: kept, problems });
      continue;
    }
    const read = readTimingPaths(dir, paths, text, problems);
    if (read.source) sources.set(read.source.file, read.source);
    const entry = read.folder ? builder.readTiming(read.folder) : undefined;
    if (entry && key !== undefined && paths.yaml && problems.length === 0 && entry.problems.length === 0) keepTiming(key, entry);
    reads.push({ entry, problems });
  }
  return reads;
}

/** A timing folder as readTimings read it: what the builder takes, and the problems of reading it. */
export interface TimingFolderRead {
  entry?: TimingEntry;
  problems: Problem[];
}

/** The timing folders' reads taken by the builder, in order, their problems located. */
export function takeTimings(builder: ContentBuilder, reads: readonly TimingFolderRead[], sources: Map<string, SourceFile>, problems: Problem[]): void {
  for (const read of reads) {
    if (read.entry) builder.takeTiming(read.entry);
    for (const p of builder.drain()) read.problems.push(p);
    for (const p of locate(read.problems, sources)) problems.push(p);
  }
}
