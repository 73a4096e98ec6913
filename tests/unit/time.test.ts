import { describe, it, expect } from 'vitest';
import { formatGap, formatTime, parseGap, parseTime, type Duration, type Gap } from '@/lib/content/time';

function time(value: unknown): Duration {
  const r = parseTime(value);
  if (!r.ok) throw new Error(`expected ${String(value)} to parse, got: ${r.message}`);
  return r.value;
}

function gap(value: unknown): Gap {
  const r = parseGap(value);
  if (!r.ok) throw new Error(`expected ${String(value)} to parse, got: ${r.message}`);
  return r.value;
}

function timeError(value: unknown): string {
  const r = parseTime(value);
  if (r.ok) throw new Error(`expected ${String(value)} to be rejected, got ${JSON.stringify(r.value)}`);
  return r.message;
}

function gapError(value: unknown): string {
  const r = parseGap(value);
  if (r.ok) throw new Error(`expected ${String(value)} to be rejected, got ${JSON.stringify(r.value)}`);
  return r.message;
}

const HINT = "write it like 1:30.364, 1'30.364 or 1.30.364";
const GAP_HINT = 'write it like +0.094, +1:46.0, +1 lap or +3 laps';

describe('parseTime: every notation of the contract table', () => {
  const table: Array<[unknown, string, number]> = [
    ['3:19.793', '3:19.793', 199793],
    ['3m 19.793s', '3:19.793', 199793],
    ['3m19.793s', '3:19.793', 199793],
    ['1: 30.364', '1:30.364', 90364],
    ['1:30.364', '1:30.364', 90364],
    ["1'32''656'''", '1:32.656', 92656],
    ["1'32.656", '1:32.656', 92656],
    ["1'44''382''", '1:44.382', 104382],
    ['1.47.265', '1:47.265', 107265],
    [90.364, '1:30.364', 90364],
  ];
  it.each(table)('%s → %s', (written, canonical, ms) => {
    const d = time(written);
    expect(d.ms).toBe(ms);
    expect(formatTime(d)).toBe(canonical);
  });
});

describe('parseTime: other accepted notations', () => {
  const cases: Array<[unknown, string, Duration]> = [
    ['59.123', '59.123', { ms: 59123, digits: 3 }],
    ['1:02:03.456', '1:02:03.456', { ms: 3723456, digits: 3 }],
    ['3m 29.33s', '3:29.33', { ms: 209330, digits: 2 }],
    ['2m10s', '2:10', { ms: 130000, digits: 0 }],
    ['45s', '45', { ms: 45000, digits: 0 }],
    ['1:46.0', '1:46.0', { ms: 106000, digits: 1 }],
    ['1:47,265', '1:47.265', { ms: 107265, digits: 3 }],
    ['  1:30.364  ', '1:30.364', { ms: 90364, digits: 3 }],
    ['1\u201932.656', '1:32.656', { ms: 92656, digits: 3 }], // ’
    ['1\u203232\u2033656\u2034', '1:32.656', { ms: 92656, digits: 3 }], // ′ ″ ‴
    ['1\u203232\u2033656', '1:32.656', { ms: 92656, digits: 3 }],
    ['1\'32"656', '1:32.656', { ms: 92656, digits: 3 }],
    ["1'32''", '1:32', { ms: 92000, digits: 0 }],
    ['0:59.123', '59.123', { ms: 59123, digits: 3 }],
    ['24h', '24:00:00', { ms: 86400000, digits: 0 }],
    ['1h 2m 3.456s', '1:02:03.456', { ms: 3723456, digits: 3 }],
    [199.793, '3:19.793', { ms: 199793, digits: 3 }],
    [60 + 30.364, '1:30.364', { ms: 90364, digits: 3 }],
    [92, '1:32', { ms: 92000, digits: 0 }],
    [129.1, '2:09.1', { ms: 129100, digits: 1 }],
    [0.5, '0.5', { ms: 500, digits: 1 }],
  ];
  it.each(cases)('%s → %s', (written, canonical, expected) => {
    const d = time(written);
    expect(d).toEqual(expected);
    expect(formatTime(d)).toBe(canonical);
  });

  it('keeps milliseconds integral without float error', () => {
    for (const [written, ms] of [
      ['0.001', 1],
      ['1:00.300', 60300],
      ['1:09.999', 69999],
      ['4:00.070', 240070],
      [1.005, 1005],
      [0.1 + 0.2, 300],
    ] as Array<[unknown, number]>) {
      const d = time(written);
      expect(d.ms).toBe(ms);
      expect(Number.isInteger(d.ms)).toBe(true);
    }
  });
});

describe('parseTime: rejections', () => {
  it('names the value and shows how to write it', () => {
    expect(timeError('1:3O.364')).toBe(`not a lap time: "1:3O.364" (${HINT})`);
    expect(timeError('abc')).toBe(`not a lap time: "abc" (${HINT})`);
    expect(timeError('1 30.364')).toBe(`not a lap time: "1 30.364" (${HINT})`);
    expect(timeError('+0.094')).toBe(`not a lap time: "+0.094" (${HINT})`);
  });
  it('rejects seconds of 60 or more after minutes', () => {
    expect(timeError('1:75.364')).toBe('not a lap time: "1:75.364" (the seconds must be below 60)');
    expect(timeError("1'60.000")).toBe('not a lap time: "1\'60.000" (the seconds must be below 60)');
    expect(timeError('1.60.265')).toBe('not a lap time: "1.60.265" (the seconds must be below 60)');
    expect(timeError('3m 75s')).toBe('not a lap time: "3m 75s" (the seconds must be below 60)');
    expect(timeError('1:60:00.000')).toBe('not a lap time: "1:60:00.000" (the minutes must be below 60)');
  });
  it('rejects a one-digit seconds field after the minutes', () => {
    expect(timeError('1:5.364')).toBe(
      'not a lap time: "1:5.364" (the seconds after the minutes take two digits, like 1:05.364)',
    );
  });
  it('rejects more than 3 decimals', () => {
    expect(timeError('1:30.3645')).toBe(
      'not a lap time: "1:30.3645" (at most 3 decimals, i.e. thousandths of a second)',
    );
    expect(timeError(90.3645)).toBe('not a lap time: 90.3645 (at most 3 decimals, i.e. thousandths of a second)');
  });
  it('rejects negative values', () => {
    expect(timeError('-0.5')).toBe('not a lap time: "-0.5" (a time cannot be negative)');
    expect(timeError(-0.5)).toBe('not a lap time: -0.5 (a time cannot be negative)');
  });
  it('rejects NaN and Infinity', () => {
    expect(timeError(Number.NaN)).toBe(`not a lap time: NaN (${HINT})`);
    expect(timeError(Number.POSITIVE_INFINITY)).toBe(`not a lap time: Infinity (${HINT})`);
    expect(timeError('NaN')).toBe(`not a lap time: "NaN" (${HINT})`);
    expect(timeError('Infinity')).toBe(`not a lap time: "Infinity" (${HINT})`);
  });
  it('rejects empty strings, booleans and non-scalars', () => {
    expect(timeError('')).toBe(`not a lap time: the value is empty (${HINT})`);
    expect(timeError('   ')).toBe(`not a lap time: the value is empty (${HINT})`);
    expect(timeError(true)).toBe(`not a lap time: true (${HINT})`);
    expect(timeError(false)).toBe(`not a lap time: false (${HINT})`);
    expect(timeError({ m: 1 })).toBe(`not a lap time: expected text or a number of seconds, got an object (${HINT})`);
    expect(timeError([1, 30])).toBe(`not a lap time: expected text or a number of seconds, got a list (${HINT})`);
    expect(timeError(null)).toBe(`not a lap time: expected text or a number of seconds, got an empty value (null) (${HINT})`);
    expect(timeError(undefined)).toBe(`not a lap time: expected text or a number of seconds, got no value (${HINT})`);
  });
});

describe('parseGap', () => {
  const cases: Array<[unknown, string, Gap]> = [
    ['+0.094', '+0.094', { kind: 'time', ms: 94, digits: 3 }],
    ['+0.094s', '+0.094', { kind: 'time', ms: 94, digits: 3 }],
    ['0.094', '+0.094', { kind: 'time', ms: 94, digits: 3 }],
    ['+2m10s', '+2:10', { kind: 'time', ms: 130000, digits: 0 }],
    ['+1:46.0', '+1:46.0', { kind: 'time', ms: 106000, digits: 1 }],
    ['+1 lap', '+1 lap', { kind: 'laps', laps: 1 }],
    ['+3 laps', '+3 laps', { kind: 'laps', laps: 3 }],
    ['+1 Lap', '+1 lap', { kind: 'laps', laps: 1 }],
    ['+2 Laps', '+2 laps', { kind: 'laps', laps: 2 }],
    ['1 lap', '+1 lap', { kind: 'laps', laps: 1 }],
    ['+0,271', '+0.271', { kind: 'time', ms: 271, digits: 3 }],
    ["+1'02.5", '+1:02.5', { kind: 'time', ms: 62500, digits: 1 }],
    ['+ 12.5', '+12.5', { kind: 'time', ms: 12500, digits: 1 }],
    [0.094, '+0.094', { kind: 'time', ms: 94, digits: 3 }],
    [12, '+12', { kind: 'time', ms: 12000, digits: 0 }],
  ];
  it.each(cases)('%s → %s', (written, canonical, expected) => {
    const g = gap(written);
    expect(g).toEqual(expected);
    expect(formatGap(g)).toBe(canonical);
  });

  it('rejects what is not a gap', () => {
    expect(gapError('+0 laps')).toBe('not a gap: "+0 laps" (a gap in laps is at least 1 lap)');
    expect(gapError('-0.5')).toBe(
      'not a gap: "-0.5" (a gap cannot be negative; write the gap behind the class leader, like +0.5)',
    );
    expect(gapError(-0.5)).toBe('not a gap: -0.5 (a gap cannot be negative)');
    expect(gapError('+1 lapp')).toBe(`not a gap: "+1 lapp" (${GAP_HINT})`);
    expect(gapError('+0.0945')).toBe('not a gap: "+0.0945" (at most 3 decimals, i.e. thousandths of a second)');
    expect(gapError('')).toBe(`not a gap: the value is empty (${GAP_HINT})`);
    expect(gapError(true)).toBe(`not a gap: true (${GAP_HINT})`);
    expect(gapError(Number.NaN)).toBe(`not a gap: NaN (${GAP_HINT})`);
    expect(gapError({})).toBe(`not a gap: expected text or a number of seconds, got an object (${GAP_HINT})`);
  });
});

describe('formatTime / formatGap', () => {
  it('formats canonically', () => {
    expect(formatTime({ ms: 199793, digits: 3 })).toBe('3:19.793');
    expect(formatTime({ ms: 90364, digits: 3 })).toBe('1:30.364');
    expect(formatTime({ ms: 59123, digits: 3 })).toBe('59.123');
    expect(formatTime({ ms: 3723456, digits: 3 })).toBe('1:02:03.456');
    expect(formatTime({ ms: 209330, digits: 2 })).toBe('3:29.33');
    expect(formatTime({ ms: 60000, digits: 0 })).toBe('1:00');
    expect(formatTime({ ms: 0, digits: 3 })).toBe('0.000');
  });
  it('rounds to the digits shown, carrying into seconds and minutes', () => {
    expect(formatTime({ ms: 59999, digits: 2 })).toBe('1:00.00');
    expect(formatTime({ ms: 90364, digits: 1 })).toBe('1:30.4');
  });
  it('formats gaps', () => {
    expect(formatGap({ kind: 'time', ms: 94, digits: 3 })).toBe('+0.094');
    expect(formatGap({ kind: 'time', ms: 106000, digits: 1 })).toBe('+1:46.0');
    expect(formatGap({ kind: 'time', ms: 130000, digits: 0 })).toBe('+2:10');
    expect(formatGap({ kind: 'laps', laps: 1 })).toBe('+1 lap');
    expect(formatGap({ kind: 'laps', laps: 3 })).toBe('+3 laps');
  });
  it('round-trips: parsing the canonical form gives the same value', () => {
    for (const written of ['3:19.793', '59.123', '1:02:03.456', '3:29.33', '2:10', '0.5']) {
      const d = time(written);
      expect(time(formatTime(d))).toEqual(d);
    }
  });
});
