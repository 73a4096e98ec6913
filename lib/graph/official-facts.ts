/** A press report's entry against the official classification's: the position, status, crew, time and gap it contradicts. */
import { formatGap, formatTime, type Duration, type Gap } from '../content/time';
import type { Entry } from '../content/types';
import { parseStatus } from '../content/timing/status';

export type OfficialField = 'pos' | 'status' | 'drivers' | 'time' | 'gap';

/** A status as the contract codes it (`Retired` → DNF); undefined for free text (`No time`). */
export function statusCode(status: string | undefined): string | undefined {
  if (status === undefined) return 'CLASSIFIED';
  const parsed = parseStatus(status);
  return parsed ? (parsed.status ?? 'CLASSIFIED') : undefined;
}

/**
 * The press writes a time or a gap to fewer digits than the timekeeper (`+28.9` for 28.869, rounded or
 * cut): it agrees when it is within one unit of its last digit of the official figure.
 */
function agrees(officialMs: number, press: Duration): boolean {
  const digits = Math.min(3, Math.max(0, Math.trunc(press.digits)));
  return Math.abs(officialMs - press.ms) < 10 ** (3 - digits);
}

function gapAgrees(official: Gap, press: Gap): boolean {
  if (official.kind === 'time' && press.kind === 'time') return agrees(official.ms, press);
  return official.kind === 'laps' && press.kind === 'laps' && official.laps === press.laps;
}

/** Calls `conflict` with the official value and the press's for each fact of `press` that `official` contradicts. */
export function officialConflicts(official: Entry, press: Entry, conflict: (field: OfficialField, kept: string, other: string, sub: string) => void): void {
  if (press.pos !== undefined && official.pos !== undefined && press.pos !== official.pos) conflict('pos', String(official.pos), String(press.pos), '.pos');
  const theirs = press.status === undefined ? undefined : statusCode(press.status);
  const mine = statusCode(official.status);
  if (theirs !== undefined && mine !== undefined && theirs !== mine) conflict('status', official.status ?? 'Classified', press.status!, '.status');
  if (press.drivers.length > 0 && official.drivers.length > 0) {
    const have = new Set(official.drivers.map((d) => d.id));
    if (!press.drivers.every((d) => have.has(d.id))) {
      conflict('drivers', official.drivers.map((d) => d.written).join(', '), press.drivers.map((d) => d.written).join(', '), '.drivers');
    }
  }
  if (press.time && official.time && !agrees(official.time.ms, press.time)) conflict('time', formatTime(official.time), formatTime(press.time), '.time');
  if (press.gap && official.gap && !gapAgrees(official.gap, press.gap)) conflict('gap', formatGap(official.gap), formatGap(press.gap), '.gap');
}
