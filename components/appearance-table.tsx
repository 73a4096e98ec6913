import Link from 'next/link';
import { CarNumber } from './car-number';
import { ClassBadge } from './class-badge';
import { FormatDate } from './format-date';

export interface AppearanceRow {
  articleHref: string;
  date: string;
  event?: { href: string; label: string };
  session: string;
  className: string;
  number?: string;
  team?: { href: string; label: string };
  /** Drivers other than the page's own (for team pages: all drivers). */
  drivers?: { href: string; label: string }[];
  car?: string;
  pos?: number;
  overall?: number;
  time?: string;
  status?: string;
}

/** Every appearance of a driver or team, linked to the article that reports it. */
export function AppearanceTable({ rows, caption, showDrivers = false }: { rows: readonly AppearanceRow[]; caption: string; showDrivers?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="px-2 py-1.5">Date</th>
            <th scope="col" className="px-2 py-1.5">Event / session</th>
            <th scope="col" className="px-2 py-1.5">Class</th>
            <th scope="col" className="px-2 py-1.5 text-center">#</th>
            <th scope="col" className="px-2 py-1.5">{showDrivers ? 'Drivers' : 'Team'}</th>
            <th scope="col" className="hidden px-2 py-1.5 md:table-cell">Car</th>
            <th scope="col" className="px-2 py-1.5 text-right">Pos</th>
            <th scope="col" className="hidden px-2 py-1.5 text-right sm:table-cell">Time</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-b border-rule align-top odd:bg-panel/60">
              <td className="whitespace-nowrap px-2 py-2 text-muted">
                <Link href={r.articleHref} className="hover:text-brand">
                  <FormatDate date={r.date} />
                </Link>
              </td>
              <td className="px-2 py-2">
                {r.event ? (
                  <Link href={r.event.href} className="font-semibold hover:text-brand">
                    {r.event.label}
                  </Link>
                ) : null}
                <div>
                  <Link href={r.articleHref} className="text-muted underline decoration-rule hover:text-brand">
                    {r.session}
                  </Link>
                </div>
              </td>
              <td className="px-2 py-2">
                <ClassBadge name={r.className} size="sm" />
              </td>
              <td className="px-2 py-1.5 text-center">
                <CarNumber number={r.number} />
              </td>
              <td className="px-2 py-2">
                {showDrivers
                  ? (r.drivers ?? []).map((d, j) => (
                      <span key={d.href}>
                        {j > 0 && <span className="text-muted"> / </span>}
                        <Link href={d.href} className="hover:text-brand">
                          {d.label}
                        </Link>
                      </span>
                    ))
                  : r.team && (
                      <Link href={r.team.href} className="hover:text-brand">
                        {r.team.label}
                      </Link>
                    )}
                {r.car && <div className="text-[0.8rem] text-muted md:hidden">{r.car}</div>}
              </td>
              <td className="hidden px-2 py-2 text-muted md:table-cell">{r.car}</td>
              <td className="tabular px-2 py-2 text-right font-bold">
                {r.pos ?? (r.status ? <span className="font-normal text-muted">{r.status}</span> : '–')}
                {r.overall !== undefined && <div className="text-xs font-normal text-muted">({r.overall} ovr)</div>}
              </td>
              <td className="tabular hidden whitespace-nowrap px-2 py-2 text-right sm:table-cell">{r.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
