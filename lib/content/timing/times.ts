/**
 * The timekeeper's notations of times and gaps (the contract's "Official timing"): `1'36.144`,
 * `3:53.276`, `4:00'04.690`, `24:00:38.019`, `0:01:08.870`, `35.849`; gaps `28.869`, `+0.156`, `1 Laps`, `-`.
 */
import type { Gap } from '../time';

export type TimingParse<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

export const TIME_HINT = "write it like 1'36.144, 3:53.276, 4:00'04.690 or 0:01:08.870, as the timekeeper does";
export const GAP_HINT =
  'a gap is behind the class leader, as the timing sheet\'s GAP_FIRST column: write it like 28.869, +0.156, 1\'59.312 or 1 Laps, or - for none';

/** h, m and s separated by `:` or `'`, the fields after the first two digits below 60, up to 3 decimals. */
const TIME_RE = /^(\d+)(?:[:'](\d{2}))?(?:[:'](\d{2}))?(?:\.(\d{1,3}))?$/;

/** Milliseconds of a time, or undefined when it is in none of the notations. */
export function timingMs(text: string): number | undefined {
  const r = TIME_RE.exec(text);
  if (!r) return undefined;
  const [, a, b, c, frac = ''] = r;
  let h = 0;
  let m = 0;
  let s: number;
  if (c !== undefined) {
    h = Number(a);
    m = Number(b);
    s = Number(c);
    if (m >= 60) return undefined;
  } else if (b !== undefined) {
    m = Number(a);
    s = Number(b);
  } else s = Number(a);
  if (b !== undefined && s >= 60) return undefined;
  const ms = ((h * 60 + m) * 60 + s) * 1000 + (frac === '' ? 0 : Number(frac.padEnd(3, '0')));
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
