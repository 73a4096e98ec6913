/**
 * Finds a session of an edition by the name an editor writes in `<Classification session="…">` or
 * `<LapChart session="…">`: any name a report gave it, its id on the edition page, or "Race" / "Qualifying"
 * for the race and the final qualifying, folded like ids; and a class of it by any spelling of the class.
 */
import { resolveClass } from './classes';
import { toId } from './names';
import type { SessionType } from './types';

/** What matching needs of a session: its id on the edition page, every name it was reported under, what it is. */
export interface SessionLike {
  slug: string;
  names: readonly string[];
  type: SessionType;
  at?: string;
  provisional?: boolean;
}

/** Every session of `sessions` that `written` names (several reports of one session match together). */
export function matchSessions<S extends SessionLike>(sessions: readonly S[], written: string): S[] {
  const id = toId(written);
  for (const test of [
    (s: S) => s.slug === id,
    (s: S) => s.names.some((n) => toId(n) === id),
    (s: S) => id === 'race' && s.type === 'race' && s.at === undefined,
    (s: S) => id === 'qualifying' && s.type === 'qualifying' && !s.provisional,
  ]) {
    const found = sessions.filter(test);
    if (found.length > 0) return found;
  }
  return [];
}

export function findSession<S extends SessionLike>(sessions: readonly S[], written: string): S | undefined {
  return matchSessions(sessions, written)[0];
}

/** The class id of a class as written (`LMP 2`, `P2` → `lmp2`). */
export const classIdOf = (written: string) => resolveClass(written).id;
