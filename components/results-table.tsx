import Link from 'next/link';
import { formatGap, formatTime } from '@/lib/content/time';
import type { Entry } from '@/lib/content/types';
import { CarNumber } from './car-number';
import { ClassBadge } from './class-badge';

export type NameOf = (kind: 'drivers' | 'teams' | 'cars', id: string) => string;

export interface ResultsTableProps {
  sessionName: string;
  className: string;
  entries: readonly Entry[];
  nameOf: NameOf;
}

/**
 * One class of one session. Columns without data in this class are left out; on a phone the team,
 * drivers and car stack in one cell so the table needs no sideways scrolling.
 */
export function ResultsTable({ sessionName, className, entries, nameOf }: ResultsTableProps) {
  const has = {
    pos: entries.some((e) => e.pos !== undefined),
    overall: entries.some((e) => e.overall !== undefined),
    car: entries.some((e) => e.car),
    time: entries.some((e) => e.time),
    gap: entries.some((e) => e.gap),
    laps: entries.some((e) => e.laps !== undefined),
    status: entries.some((e) => e.status || e.note),
  };
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left">
          <span className="flex items-center gap-2">
            <ClassBadge name={className} />{' '}
            <span className="font-display text-lg font-bold uppercase">{sessionName}</span>
          </span>
        </caption>
        <thead>
          <tr className="border-b-2 border-ink text-left text-xs uppercase tracking-wide text-muted">
            {has.pos && <th scope="col" className="px-2 py-1.5 text-right" title="Position in class">Pos</th>}
            {has.overall && <th scope="col" className="hidden px-2 py-1.5 text-right sm:table-cell" title="Overall position">Ovr</th>}
            <th scope="col" className="px-2 py-1.5 text-center">#</th>
            <th scope="col" className="px-2 py-1.5">
              Team <span className="sm:hidden">/ drivers</span>
            </th>
            <th scope="col" className="hidden px-2 py-1.5 sm:table-cell">Drivers</th>
            {has.car && <th scope="col" className="hidden px-2 py-1.5 md:table-cell">Car</th>}
            {has.time && <th scope="col" className="px-2 py-1.5 text-right">Time</th>}
            {has.gap && <th scope="col" className="px-2 py-1.5 text-right">Gap</th>}
            {has.laps && <th scope="col" className="px-2 py-1.5 text-right">Laps</th>}
            {has.status && <th scope="col" className="hidden px-2 py-1.5 lg:table-cell">Status</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => {
            const drivers = e.drivers.map((d, j) => (
              <span key={d.id}>
                {j > 0 && <span className="text-muted"> / </span>}
                <Link href={`/drivers/${d.id}`} className="hover:text-brand hover:underline">
                  {nameOf('drivers', d.id)}
                </Link>
                {d.category && <span className="ml-1 text-[0.7rem] uppercase text-muted">({d.category})</span>}
              </span>
            ));
            const statusText = [e.status, e.note].filter(Boolean).join(' · ');
            return (
              <tr key={i} className="border-b border-rule align-top odd:bg-panel/60">
                {has.pos && <td className="tabular px-2 py-2 text-right font-bold">{e.pos ?? ''}</td>}
                {has.overall && <td className="tabular hidden px-2 py-2 text-right text-muted sm:table-cell">{e.overall ?? ''}</td>}
                <td className="px-2 py-1.5 text-center">
                  <CarNumber number={e.number} />
                </td>
                <td className="px-2 py-2">
                  {e.team ? (
                    <Link href={`/teams/${e.team.id}`} className="font-semibold hover:text-brand hover:underline">
                      {nameOf('teams', e.team.id)}
                    </Link>
                  ) : (
                    <span className="text-muted">–</span>
                  )}
                  <div className="mt-0.5 text-[0.8rem] sm:hidden">{drivers}</div>
                  {e.car && <div className="mt-0.5 text-[0.8rem] text-muted md:hidden">{nameOf('cars', e.car.id)}</div>}
                  {statusText && <div className="mt-0.5 text-[0.8rem] italic text-muted lg:hidden">{statusText}</div>}
                </td>
                <td className="hidden px-2 py-2 sm:table-cell">{drivers}</td>
                {has.car && <td className="hidden px-2 py-2 text-muted md:table-cell">{e.car ? nameOf('cars', e.car.id) : ''}</td>}
                {has.time && <td className="tabular whitespace-nowrap px-2 py-2 text-right font-semibold">{e.time ? formatTime(e.time) : ''}</td>}
                {has.gap && <td className="tabular whitespace-nowrap px-2 py-2 text-right text-muted">{e.gap ? formatGap(e.gap) : ''}</td>}
                {has.laps && <td className="tabular px-2 py-2 text-right">{e.laps ?? ''}</td>}
                {has.status && <td className="hidden px-2 py-2 text-muted lg:table-cell">{statusText}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
