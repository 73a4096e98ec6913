/**
 * The timekeeper's notations of times and gaps (the contract's "Official timing"): `1'36.144`,
 * `3:53.276`, `4:00'04.690`, `24:00:38.019`, `0:01:08.870`, `35.849`; gaps `28.869`, `+0.156`, `1 Laps`, `-`.
 */
import type { Gap } from '../time';

export type TimingParse<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

export const TIME_HINT = "write it like 1'36.144, 3:53.276, 4:00'04.690 or 0:01:08.870, as the timekeeper does";
export const GAP_HINT =
  'a gap is behind the class leader, as the timing sheet\'s GAP_FIRST column: write it like 28.869, +0.156, 1\'59.312 or 1 Laps, or - for none';

/**
 * Milliseconds of a time, or undefined when it is in none of the notations: up to three fields separated
 * by `:` or `'` (h, m, s; the fields after the first two digits, below 60), then up to 3 decimals. A
 * hand-written scanner: a 24-hour analysis has 60,000 times to read.
 */
export function timingMs(text: string): number | undefined {
  const fields: number[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    const start = i;
    let v = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
      i++;
    }
    const digits = i - start;
    if (digits === 0 || (fields.length > 0 && digits !== 2)) return undefined;
    fields.push(v);
    if (i < n && (text[i] === ':' || text[i] === "'") && fields.length < 3) {
      i++;
      continue;
    }
    break;
  }
  let frac = 0;
  if (i < n && text[i] === '.') {
    i++;
    const start = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const d = i - start;
    if (d === 0 || d > 3) return undefined;
    frac = Number(text.slice(start, i)) * (d === 1 ? 100 : d === 2 ? 10 : 1);
  }
  if (i !== n) return undefined;
  let h = 0;
  let m = 0;
  let s: number;
  if (fields.length === 3) {
    [h, m, s] = fields as [number, number, number];
    if (m >= 60 || s >= 60) return undefined;
  } else if (fields.length === 2) {
    [m, s] = fields as [number, number];
    if (s >= 60) return undefined;
  } else s = fields[0]!;
  const ms = ((h * 60 + m) * 60 + s) * 1000 + frac;
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** A time cell: `null` when empty, else its milliseconds or why not. */
export function parseTimingTime(text: string): TimingParse<number | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const ms = timingMs(t);
  if (ms === undefined) return { ok: false, message: 'is not a time in any of the timekeeper\'s notations', hint: TIME_HINT };
  return { ok: true, value: ms };
}

/** The number of decimals written, for showing a time as the sheet did. */
export function timingDigits(text: string): number {
  const dot = text.lastIndexOf('.');
  return dot < 0 ? 0 : Math.min(3, text.length - dot - 1);
}

/** A gap cell: `null` for none (empty or `-`), else laps or a time. */
export function parseTimingGap(text: string): TimingParse<Gap | null> {
  const t = text.trim();
  if (t === '' || t === '-') return { ok: true, value: null };
  const laps = /^\+?\s*(\d+)\s*laps?$/i.exec(t);
  if (laps) {
    const n = Number(laps[1]);
    if (n === 0) return { ok: false, message: 'is not a gap: a gap in laps is at least 1 lap', hint: GAP_HINT };
    return { ok: true, value: { kind: 'laps', laps: n } };
  }
  const plain = t.replace(/^\+\s*/, '');
  const ms = timingMs(plain);
  if (ms === undefined) return { ok: false, message: 'is not a gap in any of the timekeeper\'s notations', hint: GAP_HINT };
  return { ok: true, value: { kind: 'time', ms, digits: timingDigits(plain) } };
}
