/**
 * The guesswork of `npm run timing`: which session each of the timekeeper's files belongs to, from its
 * name as Al Kamel publishes it (`05_Classification_Race_Hour 24.CSV`, `23_Analysis_Free Practice 1.CSV`),
 * and the timing.yaml that lists them (content-format.md, "Official timing"). Pure: file names in, text out.
 */
import { toId } from './names';
import type { SessionType } from './types';

export interface GuessedSession {
  session: string;
  type: SessionType;
  at?: string;
  provisional?: boolean;
  classification?: string;
  laps?: string;
}

export interface TimingGuess {
  sessions: GuessedSession[];
  /** Files it could not place, each with the reason. */
  unplaced: { file: string; reason: string }[];
}

/** `<nn>_<Kind>_<Session>[_Hour <h>][ (n)].csv`, any case (` (1)`: a browser's second download); Al Kamel's other files (lap charts, sectors) are kinds we do not read. */
const NAME = /^(?:\d+_)?(Classification|Results|Analysis)_(.+?)(?:_Hour\s*(\d+))?(?:\s*\(\d+\))?\.csv$/i;

interface Parsed {
  file: string;
  kind: 'classification' | 'laps';
  session: string;
  hour?: number;
}

function parse(file: string): Parsed | string {
  if (!/\.csv$/i.test(file)) return 'not a CSV file';
  const m = NAME.exec(file);
  if (!m) return 'not a classification or an analysis (the name has no "_Classification_", "_Results_" or "_Analysis_")';
  const session = m[2]!.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return { file, kind: /^analysis$/i.test(m[1]!) ? 'laps' : 'classification', session, hour: m[3] ? Number(m[3]) : undefined };
}

/** The race's length in hours from the event's name ("24 Hours of Le Mans", "6 Hours of Spa"). */
function eventHours(event: string): number | undefined {
  const m = /(\d+)\s*(?:hours|heures|horas|ore|stunden|h)\b/i.exec(event);
  return m ? Number(m[1]) : undefined;
}

function typeOf(session: string): SessionType | undefined {
  if (/^(race|course|carrera|gara|rennen)\b/i.test(session)) return 'race';
  if (/qualif|hyperpole|kwalificatie/i.test(session)) return 'qualifying';
  if (/practice|warm\s*-?up|^fp\s*\d|test|essais/i.test(session)) return 'practice';
  return undefined;
}

/** Sessions in page order: practice, qualifying, standings by hour, the race. */
function rank(s: GuessedSession, hour: number): number {
  if (s.type === 'practice') return 0;
  if (s.type === 'qualifying') return s.provisional ? 1 : 2;
  return s.at ? 3 + hour / 1000 : 4;
}

export function guessTiming(files: readonly string[], event: string): TimingGuess {
  const unplaced: TimingGuess['unplaced'] = [];
  const parsed: (Parsed & { type: SessionType })[] = [];
  // A browser's second download (`x (1).CSV`) after its first.
  const plain = (f: string) => f.replace(/\s*\(\d+\)(\.\w+)$/, '$1');
  const sorted = [...files].sort((a, b) => plain(a).localeCompare(plain(b), 'en', { numeric: true }) || a.length - b.length);
  for (const file of sorted) {
    if (file === 'timing.yaml' || file.startsWith('.')) continue;
    const p = parse(file);
    if (typeof p === 'string') {
      unplaced.push({ file, reason: p });
      continue;
    }
    const type = typeOf(p.session);
    if (!type) {
      unplaced.push({ file, reason: `"${p.session}" is not a practice, qualifying or race session` });
      continue;
    }
    parsed.push({ ...p, type });
  }
  // The race is its full distance: the event's hours, else the latest hour downloaded.
  const raceHours = parsed.filter((p) => p.type === 'race' && p.hour !== undefined).map((p) => p.hour!);
  const full = eventHours(event) ?? (raceHours.length > 0 ? Math.max(...raceHours) : undefined);
  const qualifyingNames = [...new Set(parsed.filter((p) => p.type === 'qualifying').map((p) => toId(p.session)))];
  // One final qualifying: the one called "Qualifying", else the only one; the others are provisional.
  const finalQualifying = qualifyingNames.includes('qualifying') ? 'qualifying' : qualifyingNames.length === 1 ? qualifyingNames[0] : undefined;

  const byKey = new Map<string, { s: GuessedSession; hour: number }>();
  for (const p of parsed) {
    const standing = p.type === 'race' && p.hour !== undefined && full !== undefined && p.hour !== full;
    const key = standing ? `race@${p.hour}` : p.type === 'race' ? 'race' : toId(p.session);
    let slot = byKey.get(key);
    if (!slot) {
      const s: GuessedSession = standing
        ? { session: `Hour ${p.hour}`, type: 'race', at: `after ${p.hour} ${p.hour === 1 ? 'hour' : 'hours'}` }
        : p.type === 'race'
          ? { session: 'Race', type: 'race' }
          : { session: p.session, type: p.type };
      if (p.type === 'qualifying' && toId(p.session) !== finalQualifying) s.provisional = true;
      byKey.set(key, (slot = { s, hour: p.hour ?? 0 }));
    }
    if (slot.s[p.kind] !== undefined) {
      unplaced.push({ file: p.file, reason: `a second ${p.kind === 'laps' ? 'analysis' : 'classification'} of ${slot.s.session} (${slot.s[p.kind]} is listed)` });
      continue;
    }
    slot.s[p.kind] = p.file;
  }
  const sessions = [...byKey.values()].sort((a, b) => rank(a.s, a.hour) - rank(b.s, b.hour)).map((x) => x.s);
  return { sessions, unplaced };
}

/** A YAML string: always double-quoted, so a file name with spaces, `#` or `:` stays one value. */
const q = (s: string) => JSON.stringify(s);

/** The timing.yaml text for `guess`, with a header saying how it was made. */
export function timingYaml(guess: TimingGuess, event: string, year: number): string {
  const lines = [
    `# Written by \`npm run timing\` from the timekeeper's file names: check each session, then run \`npm run check\`.`,
    `event: ${q(event)}`,
    `year: ${year}`,
    `source: Al Kamel Systems`,
    `sessions:`,
  ];
  for (const s of guess.sessions) {
    lines.push(`  - session: ${q(s.session)}`, `    type: ${s.type}`);
    if (s.at) lines.push(`    at: ${s.at}`);
    if (s.provisional) lines.push(`    provisional: true   # guessed: only "Qualifying" is taken as the final qualifying`);
    if (s.classification) lines.push(`    classification: ${q(s.classification)}`);
    if (s.laps) lines.push(`    laps: ${q(s.laps)}`);
  }
  if (guess.unplaced.length > 0) {
    lines.push(`# Not placed (add them by hand if they belong here):`);
    for (const u of guess.unplaced) lines.push(`#   ${u.file}: ${u.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
