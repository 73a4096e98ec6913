/**
 * Lap times, durations and gaps as editors write them (see the "Times and gaps"
 * section of docs/content-format.md), parsed into integer milliseconds and
 * formatted in one canonical form.
 */

/** A parsed lap time or duration: milliseconds plus how many decimal digits were written (0-3), so "3m 29.33s" is shown as 3:29.33, not 3:29.330. */
export type Duration = { ms: number; digits: number };
export type Gap =
  | { kind: 'time'; ms: number; digits: number }
  | { kind: 'laps'; laps: number };
export type ParseResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** `not a lap time: "1:3O.364" (write it like …)`. */
      message: string;
      /** `not a lap time` / `not a gap`. */
      label?: string;
      /** What is wrong or how to write it: the part of `message` in brackets. */
      detail?: string;
    };

type Kind = 'time' | 'gap';

const LABEL: Record<Kind, string> = { time: 'not a lap time', gap: 'not a gap' };
const HINT: Record<Kind, string> = {
  time: 'write it like 1:30.364, 1\'30.364 or 1.30.364',
  gap: 'write it like +0.094, +1:46.0, +1 lap or +3 laps',
};

function fail<T>(head: string, detail: string): ParseResult<T> {
  const label = head.slice(0, head.indexOf(':'));
  return { ok: false, message: `${head} (${detail})`, label, detail };
}

/** How a value is quoted in a message: strings in double quotes, numbers and booleans bare. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.trim());
  return String(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (value === undefined) return 'no value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Typographic quotes and primes → ASCII apostrophes, decimal commas → dots, lower case. */
function normalize(raw: string): string {
  // Most values need none of the replacements below.
  if (!/[^\x20-\x7e]|["`,A-Z]/.test(raw)) return raw.trim();
  return raw
    .trim()
    .replace(/\u2034/g, "'''") // ‴ triple prime
    .replace(/[\u2033\u201C\u201D\u201E"]/g, "''") // ″ “ ” „ "
    .replace(/[\u2032\u2018\u2019\u201A\u00B4`]/g, "'") // ′ ‘ ’ ‚ ´ `
    .replace(/,/g, '.')
    .toLowerCase();
}

/**
 * The digit groups of a duration. `clock` marks the clock-like notations
 * (h:mm:ss, m:ss, m'ss, m.ss.fff), where the field after the minutes (and the
 * minutes after the hours) has two digits and is below 60.
 */
type Parts = { h: string; m: string; s: string; frac: string; clock: boolean };

function partsOf(text: string): Parts | null {
  let r: RegExpExecArray | null;
  // h:mm:ss(.fff)
  if ((r = /^(\d+)\s*:\s*(\d+)\s*:\s*(\d+)(?:\s*\.\s*(\d+))?$/.exec(text))) {
    return { h: r[1]!, m: r[2]!, s: r[3]!, frac: r[4] ?? '', clock: true };
  }
  // m:ss(.fff)
  if ((r = /^(\d+)\s*:\s*(\d+)(?:\s*\.\s*(\d+))?$/.exec(text))) {
    return { h: '', m: r[1]!, s: r[2]!, frac: r[3] ?? '', clock: true };
  }
  // m'ss''fff''', m'ss.fff, m'ss''fff'', m'ss'', m'ss
  if ((r = /^(\d+)\s*'\s*(\d+)\s*(?:(?:''|\.)\s*(\d+)\s*(?:'''|'')?|'')?$/.exec(text))) {
    return { h: '', m: r[1]!, s: r[2]!, frac: r[3] ?? '', clock: true };
  }
  // m.ss.fff (Dutch and Italian press)
  if ((r = /^(\d+)\.(\d+)\.(\d+)$/.exec(text))) {
    return { h: '', m: r[1]!, s: r[2]!, frac: r[3]!, clock: true };
  }
  // 1h 2m 3.456s, 3m 19.793s, 2m10s, 45s, 59.123 (plain seconds)
  r = /^(?:(\d+)\s*h\s*)?(?:(\d+)\s*m(?:in)?\s*)?(?:(\d+)(?:\.(\d+))?\s*(?:s|sec)?)?$/.exec(text);
  if (r && (r[1] !== undefined || r[2] !== undefined || r[3] !== undefined)) {
    return { h: r[1] ?? '', m: r[2] ?? '', s: r[3] ?? '0', frac: r[4] ?? '', clock: false };
  }
  return null;
}

/** Parses the text of a duration that has no sign. */
function parseDurationText(text: string, value: string, kind: Kind): ParseResult<Duration> {
  const label = LABEL[kind];
  const p = partsOf(text);
  if (!p) return fail(`${label}: ${show(value)}`, HINT[kind]);
  if (p.clock) {
    if (p.h !== '' && p.m.length !== 2) {
      return fail(`${label}: ${show(value)}`, 'the minutes after the hours take two digits, like 1:02:03.456');
    }
    if (p.s.length !== 2) {
      return fail(`${label}: ${show(value)}`, 'the seconds after the minutes take two digits, like 1:05.364');
    }
  }
  if (p.h !== '' && Number(p.m) >= 60) return fail(`${label}: ${show(value)}`, 'the minutes must be below 60');
  if ((p.h !== '' || p.m !== '') && Number(p.s) >= 60) {
    return fail(`${label}: ${show(value)}`, 'the seconds must be below 60');
  }
  if (p.frac.length > 3) {
    return fail(`${label}: ${show(value)}`, 'at most 3 decimals, i.e. thousandths of a second');
  }
  const totalSeconds = (Number(p.h || '0') * 60 + Number(p.m || '0')) * 60 + Number(p.s);
  const ms = totalSeconds * 1000 + (p.frac === '' ? 0 : Number(p.frac.padEnd(3, '0')));
  if (!Number.isSafeInteger(ms)) return fail(`${label}: ${show(value)}`, 'far too long to be a time');
  return { ok: true, value: { ms, digits: p.frac.length } };
}

/** A number of seconds, e.g. what YAML 1.1 makes of an unquoted 1:30.364. */
function parseSeconds(value: number, kind: Kind): ParseResult<Duration> {
  const label = LABEL[kind];
  if (!Number.isFinite(value)) return fail(`${label}: ${String(value)}`, HINT[kind]);
  if (value < 0) {
    return fail(`${label}: ${String(value)}`, `${kind === 'gap' ? 'a gap' : 'a time'} cannot be negative`);
  }
  let text = String(value);
  if (/e/i.test(text)) {
    if (value >= 1) return fail(`${label}: ${text}`, 'far too long to be a time');
    return fail(`${label}: ${text}`, 'at most 3 decimals, i.e. thousandths of a second');
  }
  const decimals = (text.split('.')[1] ?? '').length;
  if (decimals > 3) {
    // Sums like 60 + 30.364 can pick up float noise; accept it when it is only noise.
    const rounded = Number(value.toFixed(3));
    if (Math.abs(rounded - value) > 1e-9 * Math.max(1, value)) {
      return fail(`${label}: ${text}`, 'at most 3 decimals, i.e. thousandths of a second');
    }
    text = String(rounded);
  }
  const [whole = '0', frac = ''] = text.split('.');
  const ms = Number(whole) * 1000 + (frac === '' ? 0 : Number(frac.padEnd(3, '0')));
  if (!Number.isSafeInteger(ms)) return fail(`${label}: ${text}`, 'far too long to be a time');
  return { ok: true, value: { ms, digits: frac.length } };
}

function rejectOther(value: unknown, kind: Kind): ParseResult<never> {
  const label = LABEL[kind];
  if (typeof value === 'boolean') return fail(`${label}: ${String(value)}`, HINT[kind]);
  return fail(`${label}: expected text or a number of seconds, got ${describeType(value)}`, HINT[kind]);
}

/** Parses a lap time or duration in any notation of the contract. */
export function parseTime(value: unknown): ParseResult<Duration> {
  if (typeof value === 'number') return parseSeconds(value, 'time');
  if (typeof value !== 'string') return rejectOther(value, 'time');
  const text = normalize(value);
  if (text === '') return fail(`${LABEL.time}: the value is empty`, HINT.time);
  if (/^[-\u2212]/.test(text)) return fail(`${LABEL.time}: ${show(value)}`, 'a time cannot be negative');
  return parseDurationText(text, value, 'time');
}

/** Parses a gap behind the class leader (the pole time in qualifying, the winner in a race): a time ("+0.094", "+2m10s") or a number of laps ("+1 lap"). */
export function parseGap(value: unknown): ParseResult<Gap> {
  if (typeof value === 'number') {
    const r = parseSeconds(value, 'gap');
    return r.ok ? { ok: true, value: { kind: 'time', ...r.value } } : r;
  }
  if (typeof value !== 'string') return rejectOther(value, 'gap');
  let text = normalize(value);
  if (text === '') return fail(`${LABEL.gap}: the value is empty`, HINT.gap);
  if (/^[-\u2212]/.test(text)) {
    return fail(`${LABEL.gap}: ${show(value)}`, 'a gap cannot be negative; write the gap behind the class leader, like +0.5');
  }
  text = text.replace(/^\+\s*/, '');
  const laps = /^(\d+)\s*(?:laps?|l)$/.exec(text);
  if (laps) {
    const n = Number(laps[1]);
    if (n === 0) return fail(`${LABEL.gap}: ${show(value)}`, 'a gap in laps is at least 1 lap');
    if (!Number.isSafeInteger(n)) return fail(`${LABEL.gap}: ${show(value)}`, HINT.gap);
    return { ok: true, value: { kind: 'laps', laps: n } };
  }
  const r = parseDurationText(text, value, 'gap');
  return r.ok ? { ok: true, value: { kind: 'time', ...r.value } } : r;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Canonical form: "3:19.793", "59.123", "1:02:03.456", "3:29.33" (as many decimals as were written). */
export function formatTime(d: Duration): string {
  const digits = Math.min(3, Math.max(0, Math.trunc(d.digits)));
  const unit = 10 ** (3 - digits);
  const ms = Math.round(Math.abs(d.ms) / unit) * unit;
  const totalSeconds = Math.floor(ms / 1000);
  const frac = digits === 0 ? '' : '.' + String(ms % 1000).padStart(3, '0').slice(0, digits);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const sign = d.ms < 0 && ms !== 0 ? '-' : '';
  if (h > 0) return `${sign}${h}:${pad2(m)}:${pad2(s)}${frac}`;
  if (m > 0) return `${sign}${m}:${pad2(s)}${frac}`;
  return `${sign}${s}${frac}`;
}

/** Canonical form: "+0.094", "+1:46.0", "+2:10", "+1 lap", "+3 laps". */
export function formatGap(g: Gap): string {
  if (g.kind === 'laps') return `+${g.laps} ${g.laps === 1 ? 'lap' : 'laps'}`;
  return `+${formatTime(g)}`;
}
