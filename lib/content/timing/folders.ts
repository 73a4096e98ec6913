/** Finds the timing folders among a content directory's files and reads each one: timing.yaml's YAML and the CSV files beside it. */
import { readYaml } from '../yaml';
import type { Problem, SourceFile } from '../types';
import type { TimingFolder } from './edition';
import { timingHash } from './laps-cache';

/** One folder's files, as paths inside the content directory (`timing/<event-id>/<year>/…`). */
export interface TimingPaths {
  folder: string;
  yaml?: string;
  csvs: string[];
}

/** Groups the files classified `timing` and `timing-file` (lib/content/classify.ts) by folder. */
export class TimingGroups {
  readonly byFolder = new Map<string, TimingPaths>();
  add(path: string, type: 'timing' | 'timing-file'): void {
    const folder = path.slice(0, path.lastIndexOf('/'));
    let g = this.byFolder.get(folder);
    if (!g) this.byFolder.set(folder, (g = { folder, csvs: [] }));
    if (type === 'timing') g.yaml = path;
    else g.csvs.push(path);
  }
}

/**
 * Reads one folder (`read` gives a file's text by its path inside the content directory). Undefined
 * when timing.yaml cannot be read as YAML (its problems are added). `source` locates timing.yaml's
 * problems by field path.
 */
export function readTimingPaths(prefix: string, paths: TimingPaths, read: (path: string) => string, problems: Problem[]): { folder?: TimingFolder; source?: SourceFile } {
  const yamlPath = paths.yaml ?? `${paths.folder}/timing.yaml`;
  const file = `${prefix}/${yamlPath}`;
  const files = new Map<string, string>();
  for (const csv of paths.csvs) files.set(csv.slice(csv.lastIndexOf('/') + 1), read(csv));
  if (paths.yaml === undefined) return { folder: { file, data: undefined, files, missing: true } };
  const text = read(paths.yaml);
  const source: SourceFile = { file, text, yamlText: text, yamlFirstLine: 1 };
  const yaml = readYaml(text);
  if (!yaml.ok) {
    for (const e of yaml.errors) {
      problems.push({ file, path: '(file)', message: `the YAML cannot be read at column ${e.column}: ${e.message}`, line: e.line, column: e.column, hint: e.hint, severity: 'error' });
    }
    return { source };
  }
  return { folder: { file, data: yaml.data, files }, source };
}

/**
 * What a timing folder's content is known by: its files' paths and the hash of each one's bytes
 * (timingHash). A server keeps a folder's report under it, and takes it again while it is the same.
 */
export function timingFolderKey(paths: TimingPaths, hashOf: (path: string) => string): string {
  const files = [...(paths.yaml ? [paths.yaml] : []), ...paths.csvs].sort();
  return timingHash(files.map((f) => `${f}\0${hashOf(f)}`).join('\n'));
}
