import type { ReactNode } from 'react';
import type { HonourRow, RecordsViewProps } from '@/lib/view/props/records-view';
import { ClassBadge } from './class-badge';

/** Below a table cut to the latest years: how many rows it shows of how many, and where every edition's are. */
function More({ shown, total, since, what, archive }: { shown: number; total?: number; since?: number; what: string; archive?: { href: string; label: string } }) {
  if (total === undefined || total <= shown) return null;
  return (
    <p className="mt-2 text-sm text-muted">
      Since {since}: {shown} of {total} {what}
      {archive && (
        <>
          {'; every edition\'s on '}
          <a href={archive.href} className="font-semibold text-brand-dark hover:underline">
            the edition pages
          </a>
        </>
      )}
      .
    </p>
  );
}

function HonourTable({ id, title, rows, caption, empty, withTime, children }: { id: string; title: string; rows: readonly HonourRow[]; caption: string; empty: string; withTime?: boolean; children?: ReactNode }) {
  const withEvent = rows.some((r) => r.event);
  return (
    <section className="mb-8" aria-labelledby={id}>
      <h2 id={id} className="mb-2 font-display text-2xl font-bold uppercase">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left text-xs uppercase tracking-wide text-muted">
              <th scope="col" className="px-2 py-1.5">Year</th>
              {withEvent && <th scope="col" className="px-2 py-1.5">Event</th>}
              <th scope="col" className="px-2 py-1.5">Class</th>
              <th scope="col" className="px-2 py-1.5">Car / crew</th>
              {withTime && <th scope="col" className="px-2 py-1.5 text-right">Time</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.year}-${r.event ?? ''}-${r.className}`} className="border-b border-rule">
                <th scope="row" className="tabular px-2 py-1.5 text-left font-semibold">{r.year}</th>
                {withEvent && <td className="px-2 py-1.5">{r.event}</td>}
                <td className="px-2 py-1.5">
                  <ClassBadge tag={r.classTag} size="sm" />
                </td>
                <td className="px-2 py-1.5">
                  <a href={r.href} className="hover:text-brand hover:underline">
                    {r.label}
                  </a>
                </td>
                {withTime && <td className="tabular px-2 py-1.5 text-right">{r.time ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      )}
      {children}
    </section>
  );
}

/** An event's or circuit's records: roll of honour, pole sitters, and each class's qualifying record with its progression. */
export function RecordsView(p: RecordsViewProps) {
  return (
    <>
      <HonourTable
        id="roll-of-honour"
        title="Roll of honour"
        rows={p.winners}
        caption="Class winners by year, from race classifications"
        empty="No race classification has been reported yet: standings taken during a race are not results."
      >
        <More shown={p.winners.length} total={p.winnersTotal} since={p.since} what="class winners" archive={p.archive} />
      </HonourTable>
      <HonourTable
        id="pole-sitters"
        title="Pole sitters"
        rows={p.poles}
        caption="Pole sitters by year, from final qualifying"
        empty="No final qualifying has been reported yet: a provisional order is not a pole."
        withTime
      >
        <More shown={p.poles.length} total={p.polesTotal} since={p.since} what="pole sitters" archive={p.archive} />
      </HonourTable>
      {p.qualifying.length > 0 && (
        <section className="mb-8" aria-labelledby="qualifying-records">
          <h2 id="qualifying-records" className="mb-2 font-display text-2xl font-bold uppercase">
            Qualifying records
          </h2>
          <ul className="space-y-3 text-sm">
            {p.qualifying.map((q) => (
              <li key={q.className}>
                <ClassBadge tag={q.classTag} size="sm" />{' '}
                <span className="tabular font-display text-lg font-bold">{q.record.time}</span>{' '}
                <a href={q.record.href} className="hover:text-brand hover:underline">
                  {q.record.label}, {q.record.year}
                </a>
                {q.progression.length > 1 && (
                  <ol className="mt-1 ml-4 list-disc text-muted" aria-label={`Progression of the ${q.className} qualifying record`}>
                    {q.progression.map((r) => (
                      <li key={`${r.year}-${r.event ?? ''}`}>
                        <span className="tabular">{r.time}</span> · {r.year} · <a href={r.href} className="hover:underline">{r.label}</a>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
