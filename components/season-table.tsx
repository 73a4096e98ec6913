/** The statistics season by season (driver, team and car pages, and their season pages): chart and table. */
import type { SeasonRow } from '@/lib/view/props/season-table';
import { CareerTimeline } from './charts/career-timeline';

/**
 * The section of an entity's page: the career chart and the latest seasons. A long career has hundreds of
 * rows (year × series × class), so the page shows the latest and links to the pages holding all of them
 * (lib/view/seasons.ts), and the chart draws the lanes with the most starts.
 */
export function SeasonSection({
  rows,
  chart,
  total,
  archive,
  name,
}: {
  rows: readonly SeasonRow[];
  chart: readonly SeasonRow[];
  total: number;
  archive?: { href: string; label: string };
  name: string;
}) {
  return (
    <section className="mb-8" aria-labelledby="seasons-heading">
      <h2 id="seasons-heading" className="mb-2 font-display text-2xl font-bold uppercase">
        Season by season
      </h2>
      <CareerTimeline id="career" name={name} seasons={chart} partial={chart.length < total} />
      <SeasonTable rows={rows} />
      {total > rows.length && (
        <p className="mt-2 text-sm text-muted">
          The latest {rows.length} of {total} seasons by series and class
          {archive && (
            <>
              {'; '}
              <a href={archive.href} className="font-semibold text-brand-dark hover:underline">
                {archive.label}
              </a>
            </>
          )}
          .
        </p>
      )}
    </section>
  );
}

/**
 * The statistics season by season. Only a race's final classification and a final qualifying count:
 * practice, provisional sessions and standings are in the appearances, never in these figures.
 */
export function SeasonTable({ rows }: { rows: readonly SeasonRow[] }) {
  const cell = 'tabular px-2 py-1.5 text-right';
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="caption-bottom pt-2 text-left text-xs text-muted">
          Counted from race classifications and final qualifying only; practice, provisional sessions and standings are not counted.
        </caption>
        <thead>
          <tr className="border-b-2 border-ink text-left text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="px-2 py-1.5">Year</th>
            <th scope="col" className="hidden px-2 py-1.5 sm:table-cell">Series</th>
            <th scope="col" className="px-2 py-1.5">Class</th>
            <th scope="col" className={cell}>Starts</th>
            <th scope="col" className={cell}>Wins</th>
            <th scope="col" className={cell}>Podiums</th>
            <th scope="col" className={cell}>Poles</th>
            <th scope="col" className={`${cell} hidden sm:table-cell`}>DNFs</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={`${s.year}-${s.series ?? ''}-${s.className}`} className="border-b border-rule">
              <th scope="row" className="tabular px-2 py-1.5 text-left font-semibold">{s.year}</th>
              <td className="hidden px-2 py-1.5 sm:table-cell">{s.series ?? ''}</td>
              <td className="px-2 py-1.5">{s.className}</td>
              <td className={cell}>{s.starts}</td>
              <td className={cell}>{s.classWins}</td>
              <td className={cell}>{s.podiums}</td>
              <td className={cell}>{s.poles}</td>
              <td className={`${cell} hidden sm:table-cell`}>{s.dnfs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
