/**
 * A driver's "At the wheel" section: laps raced, laps led, fastest laps and time at the wheel, counted
 * once in the graph's statistics from the official lap analyses (lib/graph/lap-stats.ts), and the races
 * they come from, read from the sessions' lap summaries. Undefined for a driver without laps.
 */
import { formatTime } from '../content/time';
import { nameOf, type DriverProfile, type Graph } from '../graph';
import { sessionPageHref } from '../routes';
import type { AtTheWheelProps } from './props/at-the-wheel';

/** "12:34:56" for a time at the wheel. */
export const wheelTime = (ms: number) => formatTime({ ms, digits: 0 });

export function atTheWheel(graph: Graph, name: string, id: string, p: Pick<DriverProfile, 'entries' | 'stats'>): AtTheWheelProps | undefined {
  const s = p.stats;
  if (s.lapsRaced === 0) return undefined;
  const races: AtTheWheelProps['races'] = [];
  const seen = new Set<string>();
  for (const e of p.entries) {
    const session = e.session;
    const laps = session.laps;
    if (!laps || session.type !== 'race' || session.at !== undefined || seen.has(session.id)) continue;
    const car = laps.cars.find((c) => c.number === e.number);
    const me = car?.drivers.find((d) => d.driverId === id);
    if (!car || !me) continue;
    seen.add(session.id);
    const total = car.drivers.reduce((sum, d) => sum + d.ms, 0);
    races.push({
      href: sessionPageHref(session),
      label: `${nameOf(graph, 'events', session.eventId!)} ${session.year}`,
      car: `#${car.number} ${e.teamId ? nameOf(graph, 'teams', e.teamId) : car.team}`,
      laps: me.laps,
      lapsLed: me.lapsLed,
      time: wheelTime(me.ms),
      share: total > 0 ? `${((me.ms / total) * 100).toFixed(0)}%` : '',
    });
  }
  return {
    name,
    figures: [
      { label: 'Laps raced', value: s.lapsRaced },
      { label: 'Laps led', value: s.lapsLed },
      { label: 'Fastest laps', value: s.fastestLaps },
      { label: 'Time at the wheel', value: wheelTime(s.timeAtWheelMs) },
    ],
    races,
  };
}
