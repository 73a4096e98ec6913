import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/content/types';
import { officialConflicts } from '@/lib/graph/official-facts';

/** The facts of a press entry that the official one contradicts, as [field, official, press]. */
function conflicts(official: Partial<Entry>, press: Partial<Entry>): string[][] {
  const out: string[][] = [];
  officialConflicts({ drivers: [], ...official } as Entry, { drivers: [], ...press } as Entry, (field, kept, other) => out.push([field, kept, other]));
  return out;
}

describe('a press entry against the official classification', () => {
  it('compares a qualifying time to the digits the press wrote', () => {
    const official = { time: { ms: 198_793, digits: 3 } };
    expect(conflicts(official, { time: { ms: 198_793, digits: 3 } })).toEqual([]);
    expect(conflicts(official, { time: { ms: 198_790, digits: 2 } })).toEqual([]); // 3:18.79, cut
    expect(conflicts(official, { time: { ms: 198_800, digits: 1 } })).toEqual([]); // 3:18.8, rounded
    expect(conflicts(official, { time: { ms: 199_793, digits: 3 } })).toEqual([['time', '3:18.793', '3:19.793']]);
    expect(conflicts(official, { time: { ms: 198_780, digits: 2 } })).toEqual([['time', '3:18.793', '3:18.78']]);
  });

  it('compares a gap in time to the press\'s digits, and a gap in laps exactly', () => {
    const time = { gap: { kind: 'time', ms: 28_869, digits: 3 } } as const;
    expect(conflicts(time, { gap: { kind: 'time', ms: 28_900, digits: 1 } })).toEqual([]);
    expect(conflicts(time, { gap: { kind: 'time', ms: 29_000, digits: 1 } })).toEqual([['gap', '+28.869', '+29.0']]);
    expect(conflicts(time, { gap: { kind: 'laps', laps: 1 } })).toEqual([['gap', '+28.869', '+1 lap']]);
    const laps = { gap: { kind: 'laps', laps: 2 } } as const;
    expect(conflicts(laps, { gap: { kind: 'laps', laps: 2 } })).toEqual([]);
    expect(conflicts(laps, { gap: { kind: 'laps', laps: 3 } })).toEqual([['gap', '+2 laps', '+3 laps']]);
  });

  it('leaves alone what either side does not give', () => {
    expect(conflicts({ pos: 2, time: { ms: 1, digits: 3 } }, {})).toEqual([]);
    expect(conflicts({}, { pos: 2, gap: { kind: 'laps', laps: 1 }, time: { ms: 1, digits: 3 } })).toEqual([]);
  });
});
