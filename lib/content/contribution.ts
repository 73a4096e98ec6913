/** What one article adds to the content, worked out from its file alone (ContentBuilder.contribute): its own problems, the names it uses, its sessions. */
import { internalProblem } from './builder-problems';
import { resolveClass } from './classes';
import { flat } from './intern';
import type { BodyScan, NameUse } from './mdx';
import { toId } from './names';
import { normalizeArticle, type Occurrence } from './normalize';
import type { Resolver } from './registry';
import { resultsProblems } from './results-tag-rules';
import { sessionKeys, sessionSlug } from './session-identity';
import type { EditionSessionInfo, TimingTag } from './timing-tag-rules';
import type { Article, EntityKind, Problem, RawArticle } from './types';

/** Longer descriptions are cut off in search results. */
const SEARCH_SNIPPET_LENGTH = 160;

/**
 * Which edition and session identity keys an article's sessions have: enough to find the sessions
 * reported twice. With the hash of the file's text when the check knows it (for ConflictCache).
 */
export type SessionReport = [file: string, edition: string, keys: string[], hash?: string];

/** What one article adds to a ContentBuilder (contributionOf): plain data, which the check keeps by the article's digest. */
export interface ArticleContribution {
  file: string;
  slug: string;
  /** Its own problems, in the order the rules find them. */
  problems: Problem[];
  /** The first use of each name in the file. */
  occurrences: Occurrence[];
  /** Its sessions' identity keys, when it is valid and has sessions. */
  report?: SessionReport;
  /** Its sessions by edition (`<event id>/<year>`), for the timing tags. */
  sessions: [edition: string, info: EditionSessionInfo][];
  bodyNames: NameUse[];
  timingTags: TimingTag[];
}

/**
 * What one article adds to a ContentBuilder: the file's own problems, the names it uses, its sessions.
 * It depends on the article's file (name and text), the body's scan and the registries' resolution of
 * names only, so the check can keep it by those (lib/check/check-cache.ts) and replay it. `build`: the
 * article is normalised for the site, not only checked.
 */
export function contributionOf(
  raw: RawArticle,
  body: BodyScan | undefined,
  hints: { placeholders?: boolean; hash?: string },
  resolver: Resolver,
  build: boolean,
): { contribution: ArticleContribution; article?: Article } {
  const problems: Problem[] = [];
  let publishable = true;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw.slug)) {
    publishable = false;
    problems.push({
      file: raw.file,
      path: '(file name)',
      message: `"${raw.slug}" cannot be a page address: use lower-case letters, digits and dashes only`,
      value: raw.slug,
      hint: `rename the file to ${toId(raw.slug) || 'a-name'}.mdx`,
      severity: 'error',
    });
  }
  let result: ReturnType<typeof normalizeArticle>;
  try {
    result = normalizeArticle(raw, resolver, { build, placeholders: hints.placeholders });
  } catch (error) {
    // A bug in the checker must not hide the other files' problems, nor print a stack trace.
    result = { problems: [internalProblem(raw.file, error)], occurrences: [] };
  }
  for (const p of result.problems) problems.push(p);
  // The first use of each name in this file: only those can be the first of the content, and a later
  // one in the same file never makes a driver appear in several files.
  const occurrences: Occurrence[] = [];
  const seen = new Map<EntityKind, Set<string>>();
  for (const o of result.occurrences) {
    if (!o.id) continue;
    let ids = seen.get(o.kind);
    if (!ids) seen.set(o.kind, (ids = new Set()));
    if (ids.has(o.id)) continue;
    ids.add(o.id);
    occurrences.push(o);
  }
  const sessions = result.problems.length === 0 && publishable ? sessionsOf(raw, resolver, hints.hash) : { sessions: [] };
  const description = raw.data.description;
  if (result.problems.length === 0 && typeof description === 'string' && description.trim().length > SEARCH_SNIPPET_LENGTH) {
    problems.push({
      file: raw.file,
      path: 'description',
      message: `is ${description.trim().length} characters long; search engines cut it at about ${SEARCH_SNIPPET_LENGTH}`,
      hint: 'put the essential words first, or shorten it',
      severity: 'warning',
    });
  }
  const contribution: ArticleContribution = { file: raw.file, slug: raw.slug, problems, occurrences, ...sessions, bodyNames: [], timingTags: [] };
  if (body) {
    for (const p of body.problems) problems.push(p);
    problems.push(...resultsProblems(raw, body.results));
    contribution.bodyNames = body.names;
    const edition = body.timing?.length ? editionOf(raw, resolver) : undefined;
    contribution.timingTags = (body.timing ?? []).map((use) => ({ file: raw.file, edition, use }));
  }
  return { contribution, article: result.article && publishable ? result.article : undefined };
}

/** `<event id>/<year>` of an article's frontmatter, read defensively (it may be invalid). */
function editionOf(raw: RawArticle, resolver: Resolver): string | undefined {
  const { event, date } = raw.data as { event?: { name?: unknown; year?: unknown }; date?: unknown };
  if (!event || typeof event.name !== 'string') return undefined;
  const year = typeof event.year === 'number' ? event.year : Number(String(date instanceof Date ? date.toISOString() : date).slice(0, 4));
  return `${resolver.resolve('events', event.name)}/${year}`;
}

/** The session identities of a valid article (not its results), for sessionConflicts(), and its sessions for the timing tags. */
function sessionsOf(raw: RawArticle, resolver: Resolver, hash: string | undefined): Pick<ArticleContribution, 'report' | 'sessions'> {
  const sessions: ArticleContribution['sessions'] = [];
  const { event, results, date } = raw.data as { event?: { name?: unknown; year?: unknown }; results?: unknown; date?: unknown };
  if (!event || typeof event.name !== 'string' || !Array.isArray(results)) return { sessions };
  const year = typeof event.year === 'number' ? event.year : Number(String(date instanceof Date ? date.toISOString() : date).slice(0, 4));
  const edition = `${resolver.resolve('events', event.name)}/${year}`;
  const keys: string[] = [];
  for (const r of results as Record<string, unknown>[]) {
    const ref = typeof r.id === 'string' ? flat(toId(r.id)) : undefined;
    // Copies of the strings (flat): a name cut out of the article's text would keep the whole text in memory.
    const head = { name: flat(String(r.session).trim()), type: r.type as 'race', at: typeof r.at === 'string' ? flat(r.at.trim()) : undefined, provisional: r.provisional === true, ref };
    for (const key of sessionKeys(head)) keys.push(key);
    const classes = (Array.isArray(r.classes) ? (r.classes as { class?: unknown }[]) : []).flatMap((c) => (typeof c?.class === 'string' ? [resolveClass(c.class)] : []));
    sessions.push([edition, { ...head, slug: sessionSlug(head), names: [head.name], classes: classes.map((c) => flat(c.id)), classNames: classes.map((c) => flat(c.name)), laps: false }]);
  }
  if (keys.length === 0) return { sessions };
  return { report: hash === undefined ? [raw.file, edition, keys] : [raw.file, edition, keys, hash], sessions };
}
