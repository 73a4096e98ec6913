/**
 * Chart data of a session's class: qualifying gaps to pole, race gaps to the winner (laps down as laps).
 * Pure functions from the session's entries to the props of components/charts/gap-chart.tsx; the table
 * beside each chart shows the same entries.
 */
import type { GapBar, GapChartProps } from './props/gap-chart';
import type { NameOf } from './props/results-table';
import { resolveClass } from '../content/classes';
import { formatGap, formatTime } from '../content/time';
import type { ClassResult, Entry, Session } from '../content/types';

/** "#8 Toyota Gazoo Racing", else the first driver, else the number alone. */
function entryName(e: Entry, nameOf: NameOf): string {
  const who = e.team ? nameOf('teams', e.team.id) : e.drivers[0] ? nameOf('drivers', e.drivers[0].id) : '';
  return [e.number ? `#${e.number}` : '', who].filter(Boolean).join(' ') || 'Entry';
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3).replace(/\.?0+$/, '')} s`;

/** Gap to pole of every car with a time (or a timed gap), fastest first; undefined under two cars. */
export function qualifyingChart(sessionName: string, anchor: string, cls: ClassResult, nameOf: NameOf): GapChartProps | undefined {
  const timed = cls.entries.filter((e) => e.time || e.gap?.kind === 'time');
  const pole = timed.map((e) => e.time?.ms).filter((ms): ms is number => ms !== undefined).sort((a, b) => a - b)[0];
  const gapOf = (e: Entry): number | undefined =>
    e.gap?.kind === 'time' ? e.gap.ms : e.time && pole !== undefined ? e.time.ms - pole : undefined;
  const rows = timed.map((e) => ({ e, gap: gapOf(e) })).filter((r): r is { e: Entry; gap: number } => r.gap !== undefined);
  if (rows.length < 2) return undefined;
  rows.sort((a, b) => a.gap - b.gap);
  const digits = Math.min(3, ...timed.map((e) => e.time?.digits ?? 3));
  const bars: GapBar[] = rows.map(({ e, gap }) => ({
    label: entryName(e, nameOf),
    value: gap,
    valueLabel: gap === 0 ? 'Pole' : e.gap?.kind === 'time' ? formatGap(e.gap) : `+${formatTime({ ms: gap, digits })}`,
  }));
  const last = rows[rows.length - 1]!;
  return {
    id: `chart-${anchor}-${cls.id}`,
    title: `${cls.name}, ${sessionName}: gap to pole`,
    desc:
      `Horizontal bars, one per car, fastest first: the gap of each ${cls.name} car's best time to the pole time` +
      `${pole !== undefined ? ` of ${formatTime({ ms: pole, digits: 3 })}` : ''}. ${bars.map((b) => `${b.label}: ${b.valueLabel}`).join('; ')}.`,
    caption:
      `Gap to pole in ${cls.name}, ${sessionName}: ${rows.length} cars within ${seconds(last.gap)}` +
      `${pole !== undefined ? ` of the pole time, ${formatTime({ ms: pole, digits: 3 })}` : ''}. The table below gives every time.`,
    color: resolveClass(cls.name).color,
    bars,
  };
}

/** Gap to the class winner in a race classification; cars laps down are shown in laps. */
export function raceChart(sessionName: string, anchor: string, cls: ClassResult, nameOf: NameOf, standing = false): GapChartProps | undefined {
  const first = cls.entries.find((e) => e.pos === 1);
  const winner = first ?? cls.entries[0];
  // A standing during the race has a leader, not a winner.
  const won = first !== undefined && !standing;
  if (!winner || !cls.entries.some((e) => e.gap || e.laps !== undefined)) return undefined;
  const bars: GapBar[] = [];
  for (const e of cls.entries) {
    if (e === winner) {
      bars.push({ label: entryName(e, nameOf), value: 0, valueLabel: won ? 'Winner' : 'Leader' });
    } else if (e.gap?.kind === 'time') {
      bars.push({ label: entryName(e, nameOf), value: e.gap.ms, valueLabel: formatGap(e.gap) });
    } else if (e.gap?.kind === 'laps') {
      bars.push({ label: entryName(e, nameOf), lapsDown: e.gap.laps, valueLabel: formatGap(e.gap) });
    } else if (e.laps !== undefined && winner.laps !== undefined && e.laps < winner.laps) {
      const down = winner.laps - e.laps;
      bars.push({ label: entryName(e, nameOf), lapsDown: down, valueLabel: formatGap({ kind: 'laps', laps: down }) });
    } else if (e.status) {
      bars.push({ label: entryName(e, nameOf), valueLabel: e.status });
    }
  }
  if (bars.length < 2) return undefined;
  const lapped = bars.filter((b) => b.lapsDown !== undefined).length;
  return {
    id: `chart-${anchor}-${cls.id}`,
    title: `${cls.name}, ${sessionName}: gap to the ${won ? 'winner' : 'leader'}`,
    desc:
      `Horizontal bars in order: each ${cls.name} car's gap to the ${won ? 'class winner' : 'class leader'}; ` +
      `cars a lap or more down are drawn across the full width and labelled in laps. ${bars.map((b) => `${b.label}: ${b.valueLabel}`).join('; ')}.`,
    caption:
      `Gap to the ${won ? 'winner' : 'leader'} in ${cls.name}, ${sessionName}` +
      (lapped ? `; ${lapped} ${lapped === 1 ? 'car' : 'cars'} laps down, hatched and labelled in laps` : '') +
      '. The table below gives the full classification.',
    color: resolveClass(cls.name).color,
    bars,
  };
}

/** The chart of one class of a session, if its data makes one. */
export function classChart(session: Pick<Session, 'type' | 'name' | 'id' | 'at'>, cls: ClassResult, nameOf: NameOf, anchor = session.id): GapChartProps | undefined {
  const name = session.at ? `${session.name}, ${session.at}` : session.name;
  if (session.type === 'qualifying') return qualifyingChart(name, anchor, cls, nameOf);
  if (session.type === 'race') return raceChart(name, anchor, cls, nameOf, session.at !== undefined);
  return undefined;
}
