import { renderToStaticMarkup } from 'react-dom/server';
import { classTag } from '@/lib/view/html/class-badge';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { GapChart } from '@/components/charts/gap-chart';
import { CareerTimeline } from '@/components/charts/career-timeline';
import type { ClassResult, Entry } from '@/lib/content/types';
import { classChart, qualifyingChart, raceChart } from '@/lib/view/charts';

const nameOf = (_kind: string, id: string) => id.replace(/-/g, ' ');
const entry = (e: Omit<Partial<Entry>, 'team'> & { team: string }): Entry => ({ drivers: [], ...e, team: { id: e.team, written: e.team } });
const cls = (entries: Entry[]): ClassResult => ({ id: 'lmp2', name: 'LMP2', entries });

describe('gap charts', () => {
  it('qualifying: gap to pole from times or timed gaps, fastest first, in the class colour', () => {
    const c = qualifyingChart('Qualifying', 'q', cls([
      entry({ pos: 2, number: '22', team: 'b', time: { ms: 100_500, digits: 3 } }),
      entry({ pos: 1, number: '23', team: 'a', time: { ms: 100_000, digits: 3 } }),
      entry({ pos: 3, number: '41', team: 'c', gap: { kind: 'time', ms: 1200, digits: 1 } }),
      entry({ number: '9', team: 'd', status: 'No time' }),
    ]), nameOf)!;
    expect(c.bars.map((b) => [b.label, b.value, b.valueLabel])).toEqual([
      ['#23 a', 0, 'Pole'],
      ['#22 b', 500, '+0.500'],
      ['#41 c', 1200, '+1.2'],
    ]);
    expect(c.color).toBe('#0055b8');
    expect(c.caption).toContain('3 cars within 1.2 s of the pole time, 1:40.000');
  });

  it('race: gap to the winner, laps down as laps (given or from lap counts), retirements by status', () => {
    const c = raceChart('Race', 'r', cls([
      entry({ pos: 1, team: 'a', laps: 300 }),
      entry({ pos: 2, team: 'b', gap: { kind: 'time', ms: 65_200, digits: 1 } }),
      entry({ pos: 3, team: 'c', gap: { kind: 'laps', laps: 2 } }),
      entry({ pos: 4, team: 'd', laps: 295 }),
      entry({ team: 'e', status: 'DNF' }),
    ]), nameOf)!;
    expect(c.bars.map((b) => [b.valueLabel, b.value, b.lapsDown])).toEqual([
      ['Winner', 0, undefined],
      ['+1:05.2', 65_200, undefined],
      ['+2 laps', undefined, 2],
      ['+5 laps', undefined, 5],
      ['DNF', undefined, undefined],
    ]);
    expect(c.title).toBe('LMP2, Race: gap to the winner');
    expect(c.caption).toContain('2 cars laps down');
  });

  it('a standing during a race has a leader; practice and single cars have no chart', () => {
    const entries = [entry({ pos: 1, team: 'a' }), entry({ pos: 2, team: 'b', gap: { kind: 'time', ms: 1000, digits: 3 } })];
    expect(classChart({ type: 'race', name: 'Race', id: 'race', at: 'after 22 hours' }, cls(entries), nameOf)!.title).toBe('LMP2, Race, after 22 hours: gap to the leader');
    expect(classChart({ type: 'practice', name: 'FP1', id: 'fp1' }, cls(entries), nameOf)).toBeUndefined();
    expect(qualifyingChart('Q', 'q', cls([entry({ team: 'a', time: { ms: 1, digits: 3 } })]), nameOf)).toBeUndefined();
  });

  it('renders an SVG image with its title and description, and a visible caption', () => {
    const c = raceChart('Race', 'r', cls([entry({ pos: 1, team: 'a' }), entry({ pos: 2, team: 'b', gap: { kind: 'laps', laps: 1 } })]), nameOf)!;
    const html = renderToStaticMarkup(createElement(GapChart, c));
    expect(html).toMatch(/<svg role="img" aria-labelledby="chart-r-lmp2-t chart-r-lmp2-d"/);
    expect(html).toContain('<title id="chart-r-lmp2-t">LMP2, Race: gap to the winner</title>');
    expect(html).toContain('<desc id="chart-r-lmp2-d">');
    expect(html).toContain('fill="url(#chart-r-lmp2-laps)"');
    expect(html).toContain('<figcaption>Gap to the winner in LMP2, Race; 1 car laps down');
    expect(html).not.toMatch(/style=/);
  });
});

describe('career timeline', () => {
  it('one lane per series and class, a box per season with starts, marks for wins, podiums and poles', () => {
    const html = renderToStaticMarkup(
      createElement(CareerTimeline, {
        id: 'career',
        name: 'A Driver',
        seasons: [
          { year: 2024, series: 'IMSA', className: 'GTP', classTag: classTag('GTP'), starts: 2, classWins: 1, podiums: 2, poles: 1, dnfs: 0 },
          { year: 2021, series: 'WEC', className: 'LMP2', classTag: classTag('LMP2'), starts: 1, classWins: 0, podiums: 0, poles: 0, dnfs: 1 },
        ],
      }),
    );
    expect(html).toContain('<title id="career-t">Career timeline of A Driver</title>');
    expect(html).toContain('2021, WEC LMP2: 1 start, 0 class wins, 0 podiums, 0 poles; 2024, IMSA GTP: 2 starts, 1 class win, 2 podiums, 1 pole.');
    expect(html).toContain('>IMSA · GTP</text>');
    expect(html).toContain('>★ ▲2 ◆</text>');
    expect(html).toContain('Career of A Driver by year, 2021–2024');
  });
});
