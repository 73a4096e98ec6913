/** What a session is by the contract: its identity keys, slug, kind and status words. */
import { toId } from './names';
import type { Session, SessionType } from './types';

/**
 * What a session is, by the contract ("Sessions and what counts" in ../shared/docs/content-format.md).
 *
 * Two reports of one edition describe the same session when they give the same `id`, when both are its
 * race (`type: race`, no `at`), or when both are its final qualifying (`type: qualifying`, not
 * provisional), or when both are a standing of its race taken at the same time (`type: race`, the same
 * `at` once folded), whatever they call it. Any other session is known by its name, folded like an id.
 */
export type SessionHead = Pick<Session, 'name' | 'type' | 'at' | 'provisional' | 'ref'>;

/** The race's final classification: a race session without `at`. */
export const isFinalRace = (s: Pick<SessionHead, 'type' | 'at'>): boolean => s.type === 'race' && s.at === undefined;

/** The final qualifying: a qualifying session that is not provisional. */
export const isFinalQualifying = (s: Pick<SessionHead, 'type' | 'provisional'>): boolean => s.type === 'qualifying' && !s.provisional;

/** Whether the session's order counts in statistics: only a race's final classification and a final qualifying. */
export const counts = (s: SessionHead): boolean => isFinalRace(s) || isFinalQualifying(s);

/** A standing taken during a race ("after 22 hours"). */
export const isStanding = (s: Pick<SessionHead, 'at'>): boolean => s.at !== undefined;

/**
 * The identity keys of one reported session within its edition. Reports that share any key are one
 * session (the graph joins them transitively). `race` and `qualifying` are the keys of the final race and
 * the final qualifying; `at:<x>` a standing of the race at that time; `id:<x>` an editor's id; `name:<x>`
 * the folded name of any other session.
 */
export function sessionKeys(s: SessionHead): string[] {
  const keys: string[] = [];
  if (s.ref) keys.push(`id:${s.ref}`);
  if (isFinalRace(s)) keys.push('race');
  else if (isFinalQualifying(s)) keys.push('qualifying');
  // Two standings of the race taken at the same time are one session, whatever their names.
  else if (s.type === 'race' && s.at !== undefined) keys.push(`at:${toId(s.at)}`);
  else if (!s.ref) keys.push(`name:${toId(s.at ? `${s.name} ${s.at}` : s.name)}`);
  return keys;
}

/** The session's id within its edition, as in URLs and data files: `race`, `qualifying`, the editor's id, or the folded name. */
export function sessionSlug(s: SessionHead): string {
  if (isFinalRace(s)) return 'race';
  if (isFinalQualifying(s)) return 'qualifying';
  return s.ref ?? toId(s.at ? `${s.name} ${s.at}` : s.name);
}

/** What a session is, in words, for labels in appearance tables and pages. */
export function sessionKind(s: SessionHead): string {
  if (isStanding(s)) return `standing ${s.at}`;
  if (s.provisional) return s.type === 'qualifying' ? 'provisional qualifying' : `provisional ${s.type}`;
  const kinds: Record<SessionType, string> = { practice: 'practice', qualifying: 'qualifying', race: 'race result' };
  return kinds[s.type];
}

/** A session's name as shown beside its order, saying when the order is not a result: "Race, after 22 hours (standing)". */
export function sessionTitle(s: Pick<SessionHead, 'name' | 'at' | 'provisional'>): string {
  if (s.at) return `${s.name}, ${s.at} (standing)`;
  if (s.provisional) return `${s.name} (provisional)`;
  return s.name;
}

/** Status words, compared without regard to case. */
const statusIs = (status: string | undefined, word: string) => status !== undefined && status.trim().toUpperCase() === word;
export const isDns = (status: string | undefined) => statusIs(status, 'DNS');
export const isDnf = (status: string | undefined) => statusIs(status, 'DNF');
export const isDsq = (status: string | undefined) => statusIs(status, 'DSQ');
