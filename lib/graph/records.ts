/** An event's or circuit's records from its merged sessions. */
import { isDsq } from '../content/session-identity';
import type { Entry } from '../content/types';
import type { SessionNode } from './session-merge';
import type { Edition } from './types';

/**
 * An event's or a circuit's records, from the merged sessions of its editions: the class winners and pole
 * sitters year by year, and the qualifying record of each class (the fastest pole lap) with its
 * progression. Linear in the sessions of the editions given (only each class's P1 is read).
 */
export interface Honour {
  eventId: string;
  year: number;
  classId: string;
  className: string;
  entry: Entry;
  session: SessionNode;
}

export interface ClassRecord {
  classId: string;
  className: string;
  /** The fastest pole lap: the record. */
  record: Honour;
  /** Every time the record was lowered, oldest first (the first pole with a time starts it). */
  progression: Honour[];
}

export interface Records {
  /** Class winners of each race's final classification, newest first. */
  winners: Honour[];
  /** Pole sitters of each final qualifying, newest first. */
  poles: Honour[];
  /** The qualifying record of each class, by class name. */
  qualifying: ClassRecord[];
}

function leaders(editions: readonly Edition[], type: 'race' | 'qualifying'): Honour[] {
  const out: Honour[] = [];
  for (const edition of editions) {
    for (const session of edition.sessions) {
      if (!session.counted || session.type !== type) continue;
      for (const cls of session.classes) {
        const entry = cls.entries.find((e) => e.pos === 1 && !isDsq(e.status));
        if (entry) out.push({ eventId: edition.eventId, year: edition.year, classId: cls.id, className: cls.name, entry, session });
      }
    }
  }
  return out.sort((a, b) => b.year - a.year || a.eventId.localeCompare(b.eventId) || a.className.localeCompare(b.className));
}

/** Records of a set of editions (an event's, or every edition held at a circuit). */
export function recordsOf(editions: readonly Edition[]): Records {
  const winners = leaders(editions, 'race');
  const poles = leaders(editions, 'qualifying');
  const byClass = new Map<string, Honour[]>();
  for (const p of [...poles].reverse()) {
    if (!p.entry.time) continue;
    const list = byClass.get(p.classId);
    if (list) list.push(p);
    else byClass.set(p.classId, [p]);
  }
  const qualifying: ClassRecord[] = [];
  for (const [classId, list] of byClass) {
    const progression: Honour[] = [];
    for (const p of list) if (progression.length === 0 || p.entry.time!.ms < progression[progression.length - 1]!.entry.time!.ms) progression.push(p);
    qualifying.push({ classId, className: list[0]!.className, record: progression[progression.length - 1]!, progression });
  }
  qualifying.sort((a, b) => a.className.localeCompare(b.className));
  return { winners, poles, qualifying };
}
