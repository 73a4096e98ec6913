import type { Leader, EditionViewProps } from '@/lib/view/props/edition-view';
import { ClassBadge } from './class-badge';
import { GapChart } from './charts/gap-chart';
import { ReportLink } from './report-link';
import { SessionHeader } from './session-header';

function Leaders({ title, items }: { title: string; items: readonly Leader[] }) {
  if (items.length === 0) return null;
  return (
    <section className="mb-2" aria-label={title}>
      <h2 className="mb-2 font-display text-lg font-bold uppercase">{title}</h2>
      <ul className="space-y-1 text-sm">
        {items.map((l) => (
          <li key={`${title}-${l.className}`}>
            <ClassBadge tag={l.classTag} size="sm" />{' '}
            <a href={l.href} className="hover:text-brand hover:underline">
              {l.label}
            </a>
            {l.time && <span className="tabular text-muted"> · {l.time}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One running of an event: the class winners and pole sitters, then every session's merged classification. */
export function EditionView(p: EditionViewProps) {
  return (
    <div>
      <SessionHeader {...p} />
      {(p.previous || p.next) && (
        <nav aria-label="Other editions" className="mb-6 flex flex-wrap justify-between gap-3 text-sm font-semibold">
          {p.previous ? (
            <a href={p.previous.href} rel="prev" className="inline-block py-1 text-brand-dark hover:underline">
              ← {p.previous.label}
            </a>
          ) : (
            <span />
          )}
          {p.next && (
            <a href={p.next.href} rel="next" className="inline-block py-1 text-brand-dark hover:underline">
              {p.next.label} →
            </a>
          )}
        </nav>
      )}
      <div className="mb-6 grid grid-cols-1 gap-x-8 md:grid-cols-2">
        <Leaders title="Class winners" items={p.winners} />
        <Leaders title="Pole sitters" items={p.poles} />
      </div>
      {p.sessions.map((s) => (
        <section key={s.anchor} id={s.anchor} className="mb-10 scroll-mt-4" aria-labelledby={`${s.anchor}-heading`}>
          <h2 id={`${s.anchor}-heading`} className="mb-1 border-b-2 border-ink pb-1 font-display text-2xl font-bold uppercase">
            <a href={s.href} className="hover:text-brand hover:underline">
              {s.title}
            </a>{' '}
            <span className="ml-2 font-sans text-sm font-normal normal-case text-muted">
              {s.kind}
              {s.counted ? '' : ', not counted in statistics'}
            </span>
          </h2>
          {s.otherNames.length > 0 && <p className="mb-2 text-sm text-muted">Also reported as {s.otherNames.join(', ')}.</p>}
          <p className="mb-2 text-sm">
            <a href={s.href} className="font-semibold text-brand-dark hover:underline">
              {s.pageLabel} →
            </a>
          </p>
          {s.classes.map((c) => (
            <div key={c.id} className="chart-and-table">
              {c.chart && <GapChart {...c.chart} />}
              <div className="results-wrap" dangerouslySetInnerHTML={{ __html: c.tableHtml }} />
              {c.shown && (
                <p className="mb-3 text-sm text-muted">
                  Top {c.shown.rows} of {c.shown.of} cars in {c.shown.className}.{' '}
                  <a href={s.href} className="font-semibold text-brand-dark hover:underline">
                    Every car on the session&apos;s page →
                  </a>
                </p>
              )}
            </div>
          ))}
          <h3 className="mt-3 text-sm font-semibold">Reported in</h3>
          <ul className="text-sm">
            {s.reports.map((r) => (
              <li key={r.href}>
                <ReportLink {...r} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
