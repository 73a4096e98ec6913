/** The session conflict check: two reports of one session that disagree, found by the graph's session merge (lib/graph/session-merge.ts). */
import { createHash } from 'node:crypto';
import type { SessionFacts } from '../content/builder';
import type { Article, Problem, RawArticle } from '../content/types';
import { buildSessions, type Conflict } from '../graph/session-merge';

/**
 * Where the check keeps the session conflicts of each edition's reports (lib/check/conflict-cache.ts),
 * so that a check reads again only the reports of the editions whose files changed. `salt` stands for
 * everything else the result depends on: the checker's code and the registries.
 */
export interface ConflictCache {
  salt: string;
  get(key: string): Problem[] | undefined;
  put(key: string, problems: readonly Problem[]): void;
}

/**
 * The conflicts among the reports of every session reported by more than one file. `reread` gives the
 * article of a file again when the builder did not keep the articles (the check); a builder that kept them
 * (a production load) gives its own. Only the reports of a shared session are compared, and with `cache`
 * only those of an edition whose reports changed.
 */
export function sessionConflictProblems(
  facts: SessionFacts,
  reread?: (file: string) => RawArticle | undefined,
  cache?: ConflictCache,
): Problem[] {
  const files = facts.shared;
  if (files.size === 0) return [];
  const { eventName } = facts;
  const timingOf = new Map(facts.timing.map((t) => [t.file, t]));
  // The official timing of the editions whose reports are compared (always kept: one report per edition).
  const conflicts = (articles: readonly Article[], timingFiles: readonly string[]) =>
    buildSessions(articles, eventName, timingFiles.flatMap((f) => timingOf.get(f) ?? [])).conflicts.map(conflictProblem);
  const timingIn = (list: Iterable<string>) => [...list].filter((f) => timingOf.has(f));
  if (facts.articles && !cache) return conflicts(facts.articles.filter((a) => files.has(a.file)), timingIn(files.keys()));
  // The builder's own articles where it kept them (a production load), else each file read again.
  const kept = facts.articles ? new Map(facts.articles.map((a) => [a.file, a])) : undefined;
  const normalized = (list: readonly string[]) => {
    const articles: Article[] = [];
    for (const file of [...list].sort()) {
      const known = kept?.get(file);
      if (known) {
        articles.push(known);
        continue;
      }
      const raw = reread?.(file);
      if (!raw) continue;
      const article = facts.normalize(raw);
      if (article) articles.push(article);
    }
    return articles;
  };
  if (!cache) return conflicts(normalized([...files.keys()]), timingIn(files.keys()));
  // Sessions are an edition's: its reports are compared among themselves, and kept by the hashes of
  // their files, so only an edition with a changed, added or removed report is read again.
  const hashes = new Map(facts.reports.map(([file, , , hash]) => [file, hash]));
  const editions = new Map<string, string[]>();
  for (const [file, edition] of files) (editions.get(edition) ?? editions.set(edition, []).get(edition)!).push(file);
  const problems: Problem[] = [];
  for (const [edition, list] of editions) {
    const sorted = [...list].sort();
    const known = sorted.every((f) => hashes.get(f) !== undefined);
    const eventId = edition.slice(0, edition.lastIndexOf('/'));
    const key = known ? conflictKey(cache.salt, edition, eventName(eventId), sorted.map((f) => `${f}\0${hashes.get(f)}`)) : undefined;
    const before = key ? cache.get(key) : undefined;
    const found = before ?? conflicts(normalized(sorted), timingIn(sorted));
    if (key && !before) cache.put(key, found);
    for (const p of found) problems.push(p);
  }
  return problems;
}

/** The key of an edition's conflicts: the salt, the edition, its event's name and its reports' files and hashes. */
function conflictKey(salt: string, edition: string, eventName: string, files: readonly string[]): string {
  return createHash('sha256').update([salt, edition, eventName, ...files].join('\n')).digest('hex');
}

/** Two reports of one session that give the same car different facts. */
export function conflictProblem(c: Conflict): Problem {
  return {
    file: c.other.file,
    path: c.other.path,
    ...(c.other.line !== undefined ? { line: c.other.line } : {}),
    message: `${c.car} has ${c.field} ${c.other.value} here, but ${c.kept.value} in ${c.kept.file}${c.kept.line !== undefined ? `:${c.kept.line}` : ''} (${c.kept.path}), a report of the same session (${c.session})`,
    hint:
      c.kept.line !== undefined
        ? 'the official classification is the record: correct this report; if it reports another session, give it its own id'
        : 'correct the report that is wrong; if this order is not final, mark the session provisional: true; ' +
          'if the two are different sessions, give each its own id',
    severity: 'error',
  };
}
