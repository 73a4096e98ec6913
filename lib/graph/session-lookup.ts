/**
 * Finds a session of an edition by the name an editor writes in `<Classification session="…">` or
 * `<LapChart session="…">`: any name a report gave it, its id on the edition page, or "Race" / "Qualifying"
 * for the race and the final qualifying, folded like ids; and a class of it by any spelling of the class.
 */
import { resolveClass } from '../content/classes';
import { toId } from '../content/names';
import type { SessionNode } from './session-merge';

export function findSession<S extends Pick<SessionNode, 'slug' | 'names' | 'type' | 'at' | 'provisional'>>(sessions: readonly S[], written: string): S | undefined {
  const id = toId(written);
  return (
    sessions.find((s) => s.slug === id) ??
    sessions.find((s) => s.names.some((n) => toId(n) === id)) ??
    (id === 'race' ? sessions.find((s) => s.type === 'race' && s.at === undefined) : undefined) ??
    (id === 'qualifying' ? sessions.find((s) => s.type === 'qualifying' && !s.provisional) : undefined)
  );
}

/** The class id of a class as written (`LMP 2`, `P2` → `lmp2`). */
export const classIdOf = (written: string) => resolveClass(written).id;
