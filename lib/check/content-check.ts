/** The content check (`npm run check`, the build, a publish): every file read and validated, in worker threads for a large corpus, every problem at once. */
import { plural } from '../plural';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { tsxWorker, underTsx } from '../tsx-worker';
import { checkPhotos, type PhotoUse } from '../content/photo-check';
import { readTimings, takeTimings } from './timing-check';
import { articleKeys, checkArticles, readInput, type ArticleKey, type CheckInput } from './article-check';
import { imagesDir, isPhotoName, readPhoto, type PhotoRead } from '../content/photos';
import { diskConflictCache } from './conflict-cache';
import { finishContent } from './build-content';
import type { ConflictCache } from './session-conflicts';
import { ContentBuilder, type BuilderState } from '../content/builder';
import { duplicateSlugProblem } from '../content/builder-problems';
import { classify, unknownFileProblem } from '../content/classify';
import { contentDir, displayDir, listContentFiles } from '../content/list-files';
import { locate } from '../content/locate';
import { formatProblem } from '../content/problems';
import { readArticle, readRegistry, type ContentFile, type SourceFile } from '../content/read-files';
import type { RawRegistryDocument } from '../content/registry';
import type { Problem } from '../content/types';
import { TimingGroups } from '../content/timing/folders';
import { FileHashes } from '../content/file-hashes';
import { contentState, keepReport, keptReport } from './unchanged-content';

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  articles: number;
  files: number;
  /** True when no content file changed since the last check: this is its report (lib/check/unchanged-content.ts). */
  unchanged?: boolean;
}

export interface CheckOptions {
  /**
   * Worker threads for the articles: by default one per idle CPU (at most 4, and only when two or more
   * are idle) for 2,000 files or more when the check runs under tsx (`npm run check`), none otherwise.
   * The CHECK_WORKERS variable overrides it.
   */
  workers?: number;
  /**
   * Worker threads by the cores alone, not by how busy they are: the build, whose compile runs beside the
   * check anyway, and whose machine's load average still counts whatever ran the minute before.
   */
  allCores?: boolean;
  /**
   * Keep the session conflicts of each edition by the hashes of its reports (lib/check/conflict-cache.ts)
   * and each body's scan by its digest (lib/check/body-scan-cache.ts): true by default for the content
   * directory; false checks everything again.
   */
  cache?: boolean;
  /**
   * Answer with the last check's report when no content file changed since, reading none of them, and keep
   * this report for the next check (lib/check/unchanged-content.ts): `npm run check` and `npm run build`.
   * Off by default, and with `cache: false`.
   */
  reuseReport?: boolean;
  /** The clock (ms since the epoch) for reuseReport's rule on files written just before the check: the tests move it. */
  now?: () => number;
}

export type { CheckInput } from './article-check';

/** Reads and validates the whole content directory in this thread; the same rules as the build, every problem at once. */
export function checkContent(dir: string = contentDir()): CheckReport {
  const { inputs, shown } = listInputs(dir);
  return withPhotos(checkInputs(inputs, shown), inputs, dir, shown);
}

/**
 * The report with the problems of the photos (lib/content/photo-check.ts) added, in the report's order.
 * With `hashes`, a photo's header is kept by the file's stat (lib/content/file-hashes.ts): an unchanged
 * photo is not read.
 */
function withPhotos({ report, photos: uses }: Checked, inputs: readonly CheckInput[], dir: string, shown: string, hashes?: FileHashes): CheckReport {
  // The articles' photos were found as the check read them; an article is read again only to locate a problem.
  const again = readAgain(inputs);
  const header = (src: string, images: string): PhotoRead => (hashes && isPhotoName(src) ? hashes.kept(join(images, src), 'photo', () => readPhoto(src, images)) : readPhoto(src, images));
  const photos = checkPhotos(inputs, imagesDir(dir), `${shown}/images`, { uses, source: (file) => again(file)?.source }, header);
  if (photos.length === 0) return report;
  const problems = sortProblems([...report.problems, ...photos]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { ...report, problems, errors, warnings: problems.length - errors };
}

/**
 * checkContent, spread over worker threads when the corpus is large, with the conflicts cache (see
 * CheckOptions). `npm run check`, `npm run build` and `npm run publish` use it.
 */
export async function checkContentParallel(dir: string = contentDir(), options: CheckOptions = {}): Promise<CheckReport> {
  const { inputs, shown } = listInputs(dir);
  // Nothing changed since the last check: its report, without reading a file.
  const state = !options.reuseReport || options.cache === false ? undefined : contentState(dir, inputs.map((i) => i.path), shown, (options.now ?? Date.now)());
  const kept = state && keptReport<CheckReport>(state);
  if (kept) return { ...kept, unchanged: true };
  const cache = options.cache === false ? undefined : (registries: string) => diskConflictCache(registries);
  const sorted = sortInputs(inputs);
  const problems = [...sorted.unknown];
  const started = startBuilder(sorted, shown, problems);
  // Workers only for the articles the cache does not hold: none when nothing changed, or for a publish.
  // Each file's hash from its stat where it is unchanged since the last check (lib/content/file-hashes.ts).
  const hashes = cache ? FileHashes.open() : undefined;
  const keys = hashes ? articleKeys(sorted.articles, started.builder.resolution, hashes) : undefined;
  const workers = workerCount(keys ? keys.filter((k) => !k.kept).length : sorted.articles.length, options);
  const checked = workers > 1 ? await runCheckParallel(sorted, problems, started, shown, workers, cache, hashes) : runCheck(sorted, problems, started, shown, cache, keys, hashes);
  const report = withPhotos(checked, inputs, dir, shown, hashes);
  hashes?.save();
  if (state) keepReport(state, report);
  return report;
}

/** The conflicts cache for registries that resolve names as the argument says (ContentBuilder.resolution). */
type CacheFor = (registries: string) => ConflictCache;

/** A check's report, and the photos its articles name (their problems are found after it). */
interface Checked {
  report: CheckReport;
  photos: PhotoUse[];
}

function listInputs(dir: string): { inputs: CheckInput[]; shown: string } {
  const shown = displayDir(dir);
  if (!existsSync(dir)) throw new Error(`there is no content folder ${shown} (CONTENT_DIR=${process.env.CONTENT_DIR ?? ''})`);
  return { inputs: listContentFiles(dir).map((path) => ({ path, file: `${shown}/${path}`, full: join(dir, path) })), shown };
}

/** The same check on files given in memory (`path` inside the content directory, e.g. `articles/x.mdx`). */
export function checkFiles(files: readonly ContentFile[], shownDir = 'content'): CheckReport {
  return checkInputs(
    files.map((f) => ({ path: f.path, file: `${shownDir}/${f.path}`, text: f.text })),
    shownDir,
  ).report;
}

/** The whole check of `inputs` in this thread, without the caches. */
function checkInputs(inputs: readonly CheckInput[], shown: string): Checked {
  const sorted = sortInputs(inputs);
  const problems = [...sorted.unknown];
  return runCheck(sorted, problems, startBuilder(sorted, shown, problems), shown);
}

/** Worker threads for `articles` to read (see CheckOptions.workers). */
function workerCount(articles: number, options: CheckOptions): number {
  const env = process.env.CHECK_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  if (options.workers !== undefined) return options.workers;
  if (articles < 2000 || !underTsx()) return 0;
  if (options.allCores) return Math.min(4, availableParallelism());
  // Each worker loads the checker again (about a second of CPU): only worth it with cores to spare.
  const idle = Math.floor(availableParallelism() - loadavg()[0]! + 0.5);
  return idle >= 2 ? Math.min(4, idle) : 0;
}

interface Sorted {
  unknown: Problem[];
  registries: CheckInput[];
  articles: CheckInput[];
  /** The official timing folders, and the inputs by path. */
  timing: TimingGroups;
  timingInputs: Map<string, CheckInput>;
  files: number;
}

function sortInputs(inputs: readonly CheckInput[]): Sorted {
  const out: Sorted = { unknown: [], registries: [], articles: [], timing: new TimingGroups(), timingInputs: new Map(), files: 0 };
  for (const input of [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const kind = classify(input.path);
    if (kind.type === 'ignored') continue;
    out.files++;
    if (kind.type === 'unknown') {
      out.unknown.push(unknownFileProblem(input.file, kind));
    } else if (kind.type === 'article') out.articles.push(input);
    else if (kind.type === 'timing' || kind.type === 'timing-file') {
      out.timing.add(input.path, kind.type);
      out.timingInputs.set(input.path, input);
    } else out.registries.push(input);
  }
  return out;
}

function readRegistries(inputs: readonly CheckInput[], problems: Problem[]) {
  const sources = new Map<string, SourceFile>();
  const registries: RawRegistryDocument[] = [];
  for (const input of inputs) {
    const kind = classify(input.path);
    if (kind.type !== 'registry') continue;
    const text = readInput(input);
    const read = readRegistry(input.file, input.path, kind.kind, text, problems);
    sources.set(input.file, read.source);
    if (read.raw) registries.push(read.raw);
  }
  return { sources, registries };
}

/** Two articles with the same file name, in different folders. */
function slugProblems(articles: readonly CheckInput[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const input of articles) {
    const slug = input.path.slice(input.path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
    const other = seen.get(slug);
    if (other === undefined) seen.set(slug, input.file);
    else problems.push(duplicateSlugProblem(input.file, slug, other));
  }
  return problems;
}

/** A timing file's bytes (or its text, when given in memory) by its path. */
const timingBytes =
  (sorted: Sorted) =>
  (path: string): Uint8Array | string => {
    const input = sorted.timingInputs.get(path)!;
    return input.text ?? readFileSync(input.full!);
  };

/** A timing file's hash by `hashes` (lib/content/file-hashes.ts), when it is on disk. */
const timingHashes =
  (sorted: Sorted, hashes: FileHashes | undefined) =>
  (path: string): string | undefined => {
    const input = sorted.timingInputs.get(path)!;
    return hashes && input.text === undefined ? hashes.sha256(input.full!) : undefined;
  };

/** Registry files first (every article is resolved against them), then the articles and the timing, then cross-document rules. */
function runCheck(sorted: Sorted, problems: Problem[], { builder, sources }: Started, dir: string, cacheFor?: CacheFor, keys?: readonly ArticleKey[], hashes?: FileHashes): Checked {
  const photos: PhotoUse[] = [];
  const cached = cacheFor !== undefined ? builder.resolution : undefined;
  checkArticles(builder, sorted.articles, { problems, photos }, cached, keys);
  takeTimings(builder, readTimings(builder, sorted.timing, timingBytes(sorted), dir, sources, cached, timingHashes(sorted, hashes)), sources, problems);
  return { report: finishCheck(builder, sorted, sources, problems, cacheFor?.(builder.resolution)), photos };
}

/** The check's builder, with the registries read (their problems added) and the registries' sources. */
interface Started {
  builder: ContentBuilder;
  sources: Map<string, SourceFile>;
  registries: RawRegistryDocument[];
}

function startBuilder(sorted: Sorted, dir: string, problems: Problem[]): Started {
  const registryProblems: Problem[] = [];
  const { sources, registries } = readRegistries(sorted.registries, registryProblems);
  const builder = new ContentBuilder(registries, { contentDir: dir, keepArticles: false, checkSlugs: false });
  registryProblems.push(...builder.drain());
  for (const p of locate(registryProblems, sources)) problems.push(p);
  for (const p of slugProblems(sorted.articles)) problems.push(p);
  return { builder, sources, registries };
}

function finishCheck(builder: ContentBuilder, sorted: Sorted, sources: Map<string, SourceFile>, problems: Problem[], cache?: ConflictCache): CheckReport {
  // Cross-document problems point into files already let go: read those again, once each.
  const again = readAgain(sorted.articles);
  const reread = (file: string): SourceFile | undefined => sources.get(file) ?? again(file)?.source;
  // (a loop, not push(...list): a large corpus can have more problems than a call takes arguments)
  for (const p of locate(finishContent(builder, (file) => again(file)?.raw, cache).problems, reread)) problems.push(p);
  sortProblems(problems);
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { problems, errors, warnings: problems.length - errors, articles: sorted.articles.length, files: sorted.files };
}

/**
 * An article read again, once per file: its source to locate the problems found in it after it was let
 * go, its raw article for the rules across files that look at it again (session conflicts).
 */
function readAgain(inputs: readonly CheckInput[]): (file: string) => ReturnType<typeof readArticle> | undefined {
  const byFile = new Map(inputs.map((i) => [i.file, i]));
  const read = new Map<string, ReturnType<typeof readArticle> | undefined>();
  return (file) => {
    if (!read.has(file)) {
      const input = byFile.get(file);
      read.set(file, input ? readArticle(input.file, input.path, readInput(input), []) : undefined);
    }
    return read.get(file);
  };
}

/** By file, errors first, then by line and column. */
function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** What a worker is given (lib/check/check-worker.ts) and what it sends back. */
export interface WorkerTask {
  dir: string;
  registries: RawRegistryDocument[];
  articles: CheckInput[];
  /** checkArticles's `cached`. */
  cached?: string;
}
export interface WorkerResult {
  problems: Problem[];
  photos: PhotoUse[];
  state: BuilderState;
}

/** The articles in consecutive slices, one per worker; the states are merged in order, so the result is the same. */
async function runCheckParallel(sorted: Sorted, problems: Problem[], { builder, sources, registries }: Started, dir: string, workers: number, cacheFor?: CacheFor, hashes?: FileHashes): Promise<Checked> {
  const photos: PhotoUse[] = [];
  const size = Math.ceil(sorted.articles.length / workers);
  const slices = Array.from({ length: workers }, (_, i) => sorted.articles.slice(i * size, (i + 1) * size)).filter((s) => s.length);
  const cached = cacheFor !== undefined ? builder.resolution : undefined;
  const running = Promise.all(slices.map((articles) => runWorker({ dir, registries, articles, cached })));
  // The timing folders are read meanwhile; the builder takes them after the articles, as runCheck does.
  const timing = readTimings(builder, sorted.timing, timingBytes(sorted), dir, sources, cached, timingHashes(sorted, hashes));
  const results = await running;
  for (const r of results) {
    for (const p of r.problems) problems.push(p);
    for (const use of r.photos) photos.push(use);
    builder.importState(r.state);
  }
  takeTimings(builder, timing, sources, problems);
  return { report: finishCheck(builder, sorted, sources, problems, cacheFor?.(builder.resolution)), photos };
}

/** About `--max-semi-space-size=32`, which cut the check's CPU time by a fifth on the 10,000-article corpus. */
const YOUNG_GENERATION_MB = 96;

function runWorker(task: WorkerTask): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    // A larger young generation: parsing allocates many short-lived objects, and with the default size
    // the garbage collector takes a fifth of the time.
    const worker = tsxWorker(new URL('./check-worker.ts', import.meta.url), task, { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB });
    worker.once('message', (result: WorkerResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a check worker stopped with exit code ${code}`));
    });
  });
}


/** Prints the problems grouped by file, then a one-line summary. */
export function printReport(report: CheckReport, out: NodeJS.WritableStream, opts: { quiet?: boolean } = {}): void {
  let current = '';
  let hidden = 0;
  const lines: string[] = [];
  for (const p of report.problems) {
    if (opts.quiet && p.severity === 'warning') {
      hidden++;
      continue;
    }
    if (p.file !== current) {
      current = p.file;
      lines.push('', p.file);
    }
    lines.push(`  ${formatProblem(p)}`);
  }
  const warnings = report.warnings ? `, ${plural(report.warnings, 'warning')}${hidden ? ' (hidden by --quiet)' : ''}` : '';
  lines.push(
    '',
    report.errors > 0
      ? `✖ ${plural(report.errors, 'error')}${warnings} in ${plural(report.files, 'file')} (${plural(report.articles, 'article')}). Nothing is published until the errors are fixed.`
      : `✔ ${plural(report.files, 'file')} checked (${plural(report.articles, 'article')}): no errors${warnings}.`,
  );
  if (report.warnings && !opts.quiet && report.errors === 0) {
    lines.push('Warnings do not stop publication; `npm run check -- --quiet` hides them.');
  }
  out.write(`${lines.join('\n')}\n`);
}
