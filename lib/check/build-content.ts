/** Validates a whole content set in memory: every article and registry file, the rules across files and the session conflicts. */
import { ContentBuilder, type BuildOptions } from '../content/builder';
import type { RawRegistryDocument } from '../content/registry';
import type { Content, Problem, RawArticle } from '../content/types';
import type { TimingFolder } from '../content/timing/edition';
import { sessionConflictProblems, type ConflictCache } from './session-conflicts';

/**
 * Validates and resolves all content at once. Returns every problem found (errors and warnings);
 * `content` holds only the articles that are valid.
 */
export function buildContent(
  rawArticles: readonly RawArticle[],
  rawRegistries: readonly RawRegistryDocument[],
  options: BuildOptions & { timing?: readonly TimingFolder[] } = {},
): { content: Content; problems: Problem[] } {
  const builder = new ContentBuilder(rawRegistries, options);
  for (const raw of rawArticles) builder.add(raw, options.bodies?.get(raw.file));
  for (const folder of options.timing ?? []) builder.addTiming(folder);
  return finishContent(builder);
}

/**
 * ContentBuilder.finish() with the session conflicts. `reread` gives the article of a file again when
 * the builder did not keep the articles (the check): the reports of a session shared by several files
 * are compared then.
 */
export function finishContent(
  builder: ContentBuilder,
  reread?: (file: string) => RawArticle | undefined,
  cache?: ConflictCache,
): { content: Content; problems: Problem[] } {
  return builder.finish(sessionConflictProblems(builder.sessionFacts(), reread, cache));
}
