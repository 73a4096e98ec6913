/**
 * What a publish's worker thread hands to the server (lib/publish/prepare.ts): the content files read
 * (read-changes.ts), and what changed already checked there, as plain data: the changed articles
 * normalised, the changed timing folders read and summarised, the rules across files applied to them. The server's thread then
 * only takes them, with the unchanged ones from what it serves, and builds the graph. The result goes
 * over in batches (`batches`), so that the server copies a little at a time between requests.
 */
import { finishContent } from '../check/build-content';
import { ContentBuilder, type TimingEntry } from '../content/builder';
import type { RawRegistryDocument } from '../content/registry';
import type { Article, Problem } from '../content/types';
import type { Steps } from '../graph/steps';
import { readChangeSteps, type ReadInput } from './read-changes';

export interface PreparedChanges {
  registries: RawRegistryDocument[];
  /** Every article file that parses, in order; `article` for those read again (changed, or all when `reparsed`). */
  articles: { path: string; hash: string; article?: Article }[];
  /** Every official timing folder, in order, with its key; `changed` when read again, then `entry` unless it could not be read. */
  timing: { folder: string; key: string; changed: boolean; entry?: TimingEntry }[];
  problems: Problem[];
  /** True when the registries changed what articles take from them: every file was read again. */
  reparsed: boolean;
}

/** Reads the content (readChangeSteps) and checks what changed; yields after each file. */
export function* prepareChangeSteps(input: ReadInput): Steps<PreparedChanges> {
  const read = (yield* readChangeSteps({ ...input, onlyChanges: false }))!;
  // Slugs are checked on the server's thread, which sees every article.
  const builder = new ContentBuilder(read.registries, { checkSlugs: false });
  // The registries' own problems: the server's builder finds them again.
  builder.drain();
  const articles: PreparedChanges['articles'] = [];
  for (const { path, hash, raw } of read.articles) {
    if (!raw) articles.push({ path, hash });
    else {
      const article = builder.add(raw);
      // An article with errors is left out; its problems go with the others.
      if (article) articles.push({ path, hash, article });
    }
    yield;
  }
  const timing: PreparedChanges['timing'] = [];
  for (const { folder, key, changed, read: files } of read.folders) {
    if (!changed || !files) timing.push({ folder, key, changed });
    else {
      const entry = builder.readTiming(files);
      builder.takeTiming(entry);
      timing.push({ folder, key, changed, entry });
    }
    yield;
  }
  // The session conflicts and the rules across files, here, over what was read again (everything after
  // a registry edit): the server's thread only takes the result. The publish's check applies them to
  // the whole content before anything is served.
  const problems = [...read.problems, ...finishContent(builder).problems];
  return { registries: read.registries, articles, timing, problems, reparsed: read.reparsed };
}

/** One message of the worker: a part of PreparedChanges' lists, or (`last`) the rest of it. */
export type PreparedBatch =
  | { articles: PreparedChanges['articles']; timing: PreparedChanges['timing']; last?: undefined }
  | { last: Omit<PreparedChanges, 'articles' | 'timing'> };

/** Objects of a batch, about: an article or a timing entry is one, a file that is unchanged almost none. */
const BATCH_WEIGHT = 100;

/** `prepared` cut into batches of about BATCH_WEIGHT objects to copy, the scalars last. */
export function* batches(prepared: PreparedChanges): Generator<PreparedBatch> {
  let batch = { articles: [] as PreparedChanges['articles'], timing: [] as PreparedChanges['timing'] };
  let weight = 0;
  const add = (w: number) => {
    weight += w;
    if (weight < BATCH_WEIGHT) return undefined;
    const full = batch;
    batch = { articles: [], timing: [] };
    weight = 0;
    return full;
  };
  for (const a of prepared.articles) {
    batch.articles.push(a);
    const full = add(a.article ? 1 : 0.01);
    if (full) yield full;
  }
  for (const t of prepared.timing) {
    batch.timing.push(t);
    // A folder's report has a few hundred objects (a classification of 60 cars, a laps summary).
    const full = add(t.entry ? 10 : 0.01);
    if (full) yield full;
  }
  if (batch.articles.length || batch.timing.length) yield batch;
  const { articles: _a, timing: _t, ...rest } = prepared;
  yield { last: rest };
}

/** Puts batches back together, as the server receives them. */
export class PreparedAssembler {
  private readonly articles: PreparedChanges['articles'] = [];
  private readonly timing: PreparedChanges['timing'] = [];
  /** Takes one batch; the whole once the last has come. */
  take(batch: PreparedBatch): PreparedChanges | undefined {
    if (batch.last) return { ...batch.last, articles: this.articles, timing: this.timing };
    for (const a of batch.articles) this.articles.push(a);
    for (const t of batch.timing) this.timing.push(t);
    return undefined;
  }
}
