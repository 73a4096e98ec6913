import type { SessionViewProps } from '@/lib/view/props/session-view';
import { LineChart } from './charts/line-chart';
import { ClassBadge } from './class-badge';
import { ReportLink } from './report-link';
import { SessionHeader } from './session-header';

const h2 = 'mb-3 mt-10 border-b-2 border-ink pb-1 font-display text-2xl font-bold uppercase';
const h3 = 'mb-1 mt-6 font-display text-lg font-bold uppercase';

/**
 * A session of an edition as a timing sheet: the classification of each class, then where the timing has
 * laps, the lap chart and gap chart of each class with their tables, laps led and fastest laps, and each
 * car's stints and drivers. No script: the car panels are <details>.
 */
export function SessionView(p: SessionViewProps) {
  return (
    <div>
      <SessionHeader {...p} dataType="text/csv" />
      {p.siblings.length > 1 && (
        <nav aria-label="Sessions of this edition" className="mb-6">
          <ul className="flex flex-wrap gap-2 text-sm">
            {p.siblings.map((s) => (
              <li key={s.href}>
                {s.current ? (
                  <span aria-current="page" className="inline-block rounded-sm border border-ink bg-ink px-2 py-1 font-semibold text-paper">
                    {s.label}
                  </span>
                ) : (
                  <a href={s.href} className="inline-block rounded-sm border border-rule px-2 py-1 hover:border-brand hover:text-brand">
                    {s.label}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {p.notice && <p className="mb-4 border-l-4 border-brand bg-panel px-3 py-2 text-sm">{p.notice}</p>}
      {p.classes.length > 1 && (
        <nav aria-label="Classes" className="mb-2 flex flex-wrap gap-3 text-sm">
          {p.classes.map((c) => (
            <a key={c.id} href={`#class-${c.id}`} className="inline-flex min-h-6 items-center gap-1 hover:underline">
              <ClassBadge tag={c.classTag} size="sm" />
            </a>
          ))}
          {p.carClasses.length > 0 && (
            <a href="#stints" className="inline-flex min-h-6 items-center font-semibold text-brand-dark hover:underline">
              Stints and drive time
            </a>
          )}
        </nav>
      )}
      {p.classes.map((c) => (
        <section key={c.id} id={`class-${c.id}`} aria-labelledby={`class-${c.id}-heading`} className="scroll-mt-4">
          <h2 id={`class-${c.id}-heading`} className={`${h2} flex items-center gap-3`}>
            <ClassBadge tag={c.classTag} /> <span>Classification</span>
          </h2>
          <div className="results-wrap" dangerouslySetInnerHTML={{ __html: c.classificationHtml }} />
          {c.lapChart && (
            <>
              <h3 className={h3}>Lap chart</h3>
              <LineChart {...c.lapChart} />
              {c.positionsHtml && <div className="results-wrap" dangerouslySetInnerHTML={{ __html: c.positionsHtml }} />}
            </>
          )}
          {c.gapChart && (
            <>
              <h3 className={h3}>Gap to the class leader</h3>
              <LineChart {...c.gapChart} />
              {c.gapsHtml && <div className="results-wrap" dangerouslySetInnerHTML={{ __html: c.gapsHtml }} />}
            </>
          )}
          {c.leadersHtml && (
            <>
              <h3 className={h3}>Laps led and fastest laps</h3>
              <div className="results-wrap" dangerouslySetInnerHTML={{ __html: c.leadersHtml }} />
            </>
          )}
        </section>
      ))}
      {p.carClasses.length > 0 && (
        <section id="stints" aria-labelledby="stints-heading" className="scroll-mt-4">
          <h2 id="stints-heading" className={h2}>
            Stints, pit stops and drive time
          </h2>
          <p className="mb-3 text-sm text-muted">
            A stint is the laps between two pit entries. Drive time is the sum of a driver’s lap times, shown as a share of the car’s race. Open a car for
            its stints and drivers.
          </p>
          {p.carClasses.map((g) => (
            <div key={g.className}>
              <h3 className={h3}>
                <ClassBadge tag={g.classTag} />
              </h3>
              {/* A thousand rows at 24 hours: the summary's parts are styled from .car-panel (app/globals.css), not per element. */}
              <ul className="divide-y divide-rule border-y border-rule">
                {g.cars.map((car) => (
                  <li key={car.number}>
                    <details className="car-panel">
                      <summary>
                        <b>{`#${car.number}`}</b>
                        <span>{car.team}</span>
                        <span className="m">{car.line}</span>
                        <small>{car.shares}</small>
                      </summary>
                      <div className="car-tables" dangerouslySetInnerHTML={{ __html: car.tablesHtml }} />
                    </details>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {p.reports.length > 0 && (
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading" className={h2}>
          Reported in
        </h2>
        <ul className="space-y-1 text-sm">
          {p.reports.map((r) => (
            <li key={`${r.kind}-${r.title}`}>
              <span className="text-xs font-semibold uppercase tracking-wide text-muted">{r.kind}</span>{' '}
              <ReportLink {...r} />
            </li>
          ))}
        </ul>
      </section>
      )}
    </div>
  );
}
