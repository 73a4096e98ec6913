/**
 * Checks each `<Classification session="…" class="…" />` and `<LapChart session="…" class="…" />` of an
 * article body against the sessions of the article's edition, as every report of it gives them (articles
 * and official timing): the article needs an edition, the session must be one of it, the class one of
 * that session, and a lap chart needs laps.
 */
import { resolveClass } from './classes';
import type { TimingTagUse } from './mdx';
import { matchSessions, type SessionLike } from './session-lookup';
import type { Problem } from './types';

/** One report of a session of an edition, as the check keeps it (no results, only names). */
export interface EditionSessionInfo extends SessionLike {
  /** Class ids and names as published. */
  classes: string[];
  classNames: string[];
  /** Its official timing has a lap analysis. */
  laps: boolean;
}

export interface TimingTag {
  file: string;
  /** `<event id>/<year>`, or undefined for an article without an event. */
  edition?: string;
  use: TimingTagUse;
}

const tagText = (u: TimingTagUse) => `<${u.component}${u.session !== undefined ? ` session="${u.session}"` : ''}${u.class !== undefined ? ` class="${u.class}"` : ''} />`;

/** The problems of every tag; `sessionsOf` gives the sessions of an edition (every report of each). */
export function timingTagProblems(tags: readonly TimingTag[], sessionsOf: (edition: string) => readonly EditionSessionInfo[], editionName: (edition: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const { file, edition, use } of tags) {
    const at = { file, path: 'body', line: use.line, column: use.column, severity: 'error' as const };
    const tag = tagText(use);
    if (edition === undefined) {
      problems.push({ ...at, message: `${tag} shows the official timing of the article's edition, and this article has none`, hint: 'give the article its event (event: name and year), or remove the tag' });
      continue;
    }
    if (use.session === undefined) {
      problems.push({ ...at, message: `${tag} needs a session`, hint: `write ${use.component === 'LapChart' ? '<LapChart session="Race" />' : '<Classification session="Race" />'}` });
      continue;
    }
    const sessions = sessionsOf(edition);
    const names = [...new Set(sessions.map((s) => `"${s.names[0]}"`))];
    const matched = matchSessions(sessions, use.session);
    if (matched.length === 0) {
      problems.push({
        ...at,
        message: `${tag} names a session that ${editionName(edition)} does not have`,
        value: use.session,
        hint: names.length > 0 ? `its sessions are ${names.join(', ')}` : `no report of ${editionName(edition)} gives a session yet`,
      });
      continue;
    }
    if (use.component === 'LapChart' && !matched.some((s) => s.laps)) {
      problems.push({
        ...at,
        message: `${tag}: ${editionName(edition)}, ${matched[0]!.names[0]} has no laps`,
        value: use.session,
        hint: "a lap chart needs the session's lap analysis in its official timing (laps: in timing.yaml); use <Classification> for its results",
      });
      continue;
    }
    if (use.class !== undefined) {
      const id = resolveClass(use.class).id;
      const pool = use.component === 'LapChart' ? matched.filter((s) => s.laps) : matched;
      if (!pool.some((s) => s.classes.includes(id))) {
        const classes = [...new Set(pool.flatMap((s) => s.classNames))];
        problems.push({
          ...at,
          message: `${tag} names a class that ${editionName(edition)}, ${matched[0]!.names[0]} does not have`,
          value: use.class,
          hint: `its classes are ${classes.join(', ') || '(none)'}`,
        });
      }
    }
  }
  return problems;
}
