/**
 * `content/timing/<event-id>/<year>/timing.yaml` (the contract's "Official timing"): the edition, its
 * provenance and its sessions, each naming the classification and/or lap analysis beside it. Validated
 * field by field, every problem at once, with the field's path (the check finds its line).
 */
import { suggest } from '../problems';
import { SESSION_TYPES, type Problem, type SessionType } from '../types';

export interface TimingSessionSpec {
  /** Index in `sessions`, for field paths. */
  index: number;
  session: string;
  type: SessionType;
  at?: string;
  id?: string;
  provisional?: boolean;
  /** File names beside timing.yaml. */
  classification?: string;
  laps?: string;
}

export interface TimingManifest {
  /** timing.yaml as shown to editors: `content/timing/8-hours-of-bahrain/2024/timing.yaml`. */
  file: string;
  event: string;
  year: number;
  series?: string;
  circuit?: string;
  source?: string;
  sessions: TimingSessionSpec[];
}

const TOP = ['event', 'year', 'series', 'circuit', 'source', 'sessions'];
const SESSION = ['session', 'type', 'at', 'id', 'provisional', 'classification', 'laps'];

/** Validates the data of one timing.yaml. `manifest` is undefined when it has any problem. */
export function parseTimingManifest(file: string, data: unknown): { manifest?: TimingManifest; problems: Problem[] } {
  const problems: Problem[] = [];
  const err = (path: string, message: string, value: unknown, hint: string) =>
    problems.push({ file, path, message, ...(value === undefined ? {} : { value }), hint, severity: 'error' });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    err('(file)', 'timing.yaml should be a list of fields (event:, year:, sessions:)', data, 'start from the example in docs/editing.md');
    return { problems };
  }
  const d = data as Record<string, unknown>;
  const unknown = (keys: readonly string[], obj: Record<string, unknown>, at: string) => {
    for (const key of Object.keys(obj)) {
      if (keys.includes(key)) continue;
      const guess = suggest(key, keys);
      err(`${at}${key}`, 'is not a field of timing.yaml', key, guess ? `did you mean ${guess}?` : `the fields are ${keys.join(', ')}`);
    }
  };
  unknown(TOP, d, '');
  const text = (obj: Record<string, unknown>, key: string, at: string, required: boolean): string | undefined => {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) err(`${at}${key}`, 'is required', undefined, HINTS[key] ?? `add ${key}:`);
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      err(`${at}${key}`, 'should be text', v, HINTS[key] ?? `write ${key}: and a value`);
      return undefined;
    }
    return v.trim();
  };
  const event = text(d, 'event', '', true);
  const year = d.year;
  if (year === undefined) err('year', 'is required', undefined, HINTS.year!);
  else if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2100) err('year', 'should be a year', year, HINTS.year!);
  const series = text(d, 'series', '', false);
  const circuit = text(d, 'circuit', '', false);
  const source = text(d, 'source', '', false);
  const sessions: TimingSessionSpec[] = [];
  if (!Array.isArray(d.sessions) || d.sessions.length === 0) {
    err('sessions', d.sessions === undefined ? 'is required' : 'should be a list of sessions', d.sessions, HINTS.sessions!);
  } else {
    d.sessions.forEach((raw, index) => {
      const at = `sessions[${index}].`;
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        err(`sessions[${index}]`, 'should be a session (session:, type:, classification: or laps:)', raw, HINTS.sessions!);
        return;
      }
      const s = raw as Record<string, unknown>;
      unknown(SESSION, s, at);
      const before = problems.length;
      const name = text(s, 'session', at, true);
      const type = s.type;
      if (type === undefined) err(`${at}type`, 'is required', undefined, HINTS.type!);
      else if (!(SESSION_TYPES as readonly unknown[]).includes(type)) err(`${at}type`, 'is not a session type', type, HINTS.type!);
      const atText = text(s, 'at', at, false);
      const id = text(s, 'id', at, false);
      if (s.provisional !== undefined && typeof s.provisional !== 'boolean') err(`${at}provisional`, 'should be true or false', s.provisional, 'write provisional: true, or leave it out');
      const files: Record<'classification' | 'laps', string | undefined> = { classification: undefined, laps: undefined };
      for (const key of ['classification', 'laps'] as const) {
        const name = text(s, key, at, false);
        if (name !== undefined && (name.includes('/') || name.includes('\\'))) {
          err(`${at}${key}`, 'should be the name of a file beside timing.yaml', name, 'put the file in the same folder and write its name only');
        } else files[key] = name;
      }
      if (s.classification === undefined && s.laps === undefined) {
        err(`sessions[${index}]`, 'names no file: a session needs a classification, laps, or both', undefined, 'add classification: "<file>.CSV" and/or laps: "<file>.CSV"');
      }
      if (problems.length > before) return;
      const spec: TimingSessionSpec = { index, session: name!, type: type as SessionType };
      if (atText !== undefined) spec.at = atText;
      if (id !== undefined) spec.id = id;
      if (s.provisional === true) spec.provisional = true;
      if (files.classification !== undefined) spec.classification = files.classification;
      if (files.laps !== undefined) spec.laps = files.laps;
      sessions.push(spec);
    });
  }
  if (problems.length > 0) return { problems };
  const manifest: TimingManifest = { file, event: event!, year: year as number, sessions };
  if (series !== undefined) manifest.series = series;
  if (circuit !== undefined) manifest.circuit = circuit;
  if (source !== undefined) manifest.source = source;
  return { manifest, problems };
}

const HINTS: Record<string, string> = {
  event: 'name the recurring event as articles do, e.g. event: 8 Hours of Bahrain',
  year: 'write the year of the edition, e.g. year: 2024',
  series: 'write the series as articles do, e.g. series: FIA World Endurance Championship',
  circuit: 'write the circuit as articles do, e.g. circuit: Bahrain International Circuit',
  source: 'write who published the files, e.g. source: Al Kamel Systems',
  sessions: 'list the sessions, each with session:, type: and classification: and/or laps:',
  session: 'write the session\'s name as published, e.g. session: Race',
  type: 'write practice, qualifying or race',
  at: 'write when the standing was taken, e.g. at: after 6 hours',
  id: 'write an id that ties the reports of this session together, e.g. id: qualifying-1',
  classification: 'write the name of the classification CSV beside timing.yaml, in quotes',
  laps: 'write the name of the lap analysis CSV beside timing.yaml, in quotes',
};
