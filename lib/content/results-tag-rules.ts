/** Checks each `<Results session="…" class="…" />` of an article body against the sessions and classes of its frontmatter. */
import { resolveClass } from './classes';
import type { ResultsUse } from './mdx';
import { toId } from './names';
import type { Problem, RawArticle } from './types';

/** `<Results session="…" class="…" />` must name a session and class of the article's frontmatter. */
export function resultsProblems(raw: RawArticle, uses: readonly ResultsUse[]): Problem[] {
  if (uses.length === 0) return [];
  const problems: Problem[] = [];
  const sessions = sessionsOf(raw.data);
  for (const use of uses) {
    const at = { file: raw.file, path: 'body', line: use.line, column: use.column };
    const tag = `<Results${use.session !== undefined ? ` session="${use.session}"` : ''}${use.class !== undefined ? ` class="${use.class}"` : ''} />`;
    if (sessions.length === 0) {
      problems.push({
        ...at,
        message: `${tag} has nothing to show: the frontmatter has no results`,
        hint: 'add the results to the frontmatter (results:), or remove the tag',
        severity: 'error',
      });
      continue;
    }
    // A session or class without a valid name is reported in the frontmatter; do not guess here.
    if (sessions.some((s) => !s.complete)) continue;
    let chosen = sessions;
    if (use.session !== undefined) {
      const wanted = use.session.trim();
      chosen = sessions.filter((s) => s.name === wanted);
      if (chosen.length === 0) {
        const near = sessions.find((s) => toId(s.name) === toId(wanted));
        problems.push({
          ...at,
          message: `${tag} names a session this article does not have`,
          value: use.session,
          hint: near
            ? `write the name exactly as in the frontmatter: session="${near.name}"`
            : `the sessions in the frontmatter are ${sessions.map((s) => `"${s.name}"`).join(', ')}`,
          severity: 'error',
        });
        continue;
      }
    }
    if (use.class !== undefined) {
      const id = resolveClass(use.class).id;
      if (!chosen.some((s) => s.classes.includes(id))) {
        const classes = [...new Set(chosen.flatMap((s) => s.classNames))].join(', ');
        problems.push({
          ...at,
          message: `${tag} names a class that ${use.session !== undefined ? 'this session does not have' : 'no session of this article has'}`,
          value: use.class,
          hint: `the classes are ${classes || '(none)'}`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

interface SessionNames {
  name: string;
  classes: string[];
  classNames: string[];
  /** False when the session's name or a class name is missing or not text. */
  complete: boolean;
}

/** Session names and class ids, read defensively from the raw frontmatter (it may be invalid). */
function sessionsOf(data: Record<string, unknown>): SessionNames[] {
  const results = data.results;
  if (!Array.isArray(results)) return [];
  const out: SessionNames[] = [];
  for (const s of results as unknown[]) {
    if (s === null || typeof s !== 'object') continue;
    const { session, classes } = s as { session?: unknown; classes?: unknown };
    const names = (Array.isArray(classes) ? (classes as unknown[]) : []).map((c) =>
      c !== null && typeof c === 'object' ? (c as { class?: unknown }).class : undefined,
    );
    const infos = names.filter((c): c is string => typeof c === 'string').map((c) => resolveClass(c));
    out.push({
      name: typeof session === 'string' ? session.trim() : '',
      classes: infos.map((i) => i.id),
      classNames: infos.map((i) => i.name),
      complete: typeof session === 'string' && Array.isArray(classes) && infos.length === names.length,
    });
  }
  return out;
}
