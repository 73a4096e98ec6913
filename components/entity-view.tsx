import type { EntityViewProps, RivalRow } from '@/lib/view/props/entity-view';
import { AppearanceTable } from './appearance-table';
import { ArticleCard } from './article-card';
import { Breadcrumbs } from './breadcrumbs';
import { Country } from './country';
import { EntityChips } from './entity-chips';
import { FormatDate } from './format-date';
import { PageTitle } from './page-title';
import { SeasonSection } from './season-table';
import { StatRow } from './stat-row';
import { AtTheWheel } from './at-the-wheel';

/** The page of a driver or team: summary, best results, links to everyone related, every appearance. */
export function EntityView(p: EntityViewProps) {
  return (
    <div>
      <Breadcrumbs items={p.crumbs} />
      <PageTitle kicker={p.kicker} title={p.name}>
        <p>{p.summary}</p>
        {(p.country || p.born) && (
          <p className="mt-1 text-sm">
            {p.country && (
              <span>
                {p.countryLabel ?? 'Country'}: <Country code={p.country} name={p.countryName ?? p.country} />
              </span>
            )}
            {p.country && p.born && ' · '}
            {p.born && (
              <span>
                Born <FormatDate date={p.born} />
              </span>
            )}
          </p>
        )}
        {p.aliases.length > 0 && <p className="mt-1 text-sm">Also written as: {p.aliases.join(', ')}</p>}
        {(p.feed || p.data) && (
          <p className="mt-1 text-sm">
            {p.feed && (
              <a href={p.feed.href} type="application/rss+xml" className="font-semibold text-brand-dark hover:underline">
                {p.feed.label}
              </a>
            )}
            {p.feed && p.data && ' · '}
            {p.data && (
              <a href={p.data.href} type="application/json" className="font-semibold text-brand-dark hover:underline">
                {p.data.label}
              </a>
            )}
          </p>
        )}
      </PageTitle>
      <StatRow stats={p.stats} />
      <LabelledLinks id="best-heading" title="Best results" items={p.best} />
      {p.atTheWheel && <AtTheWheel {...p.atTheWheel} />}
      <div className="grid grid-cols-1 gap-x-8 md:grid-cols-2">
        {p.groups.map((g) => (
          <EntityChips key={g.title} {...g} />
        ))}
      </div>
      <LabelledLinks id="event-bests-heading" title="Best finish at each event" items={p.eventBests ?? []} />
      {p.seasons && p.seasons.length > 0 && (
        <SeasonSection rows={p.seasons} chart={p.seasonsChart ?? p.seasons} total={p.seasonsTotal ?? p.seasons.length} archive={p.seasonsArchive} name={p.name} />
      )}
      {p.rivals && p.rivals.length > 0 && <RivalsTable rows={p.rivals} name={p.name} />}
      {p.appearances.shown > 0 && (
        <section className="mb-8" aria-labelledby="appearances-heading">
          <h2 id="appearances-heading" className="mb-2 font-display text-2xl font-bold uppercase">
            Appearances <span className="font-sans text-base font-normal text-muted">({p.appearances.total})</span>
          </h2>
          <AppearanceTable html={p.appearances.html} />
          {p.appearances.total > p.appearances.shown && (
            <p className="mt-2 text-sm text-muted">
              Showing the latest {p.appearances.shown} of {p.appearances.total} appearances
              {p.archive && (
                <>
                  {'; '}
                  <a href={p.archive.href} className="font-semibold text-brand-dark hover:underline">
                    every report with its results
                  </a>
                </>
              )}
              .
            </p>
          )}
        </section>
      )}
      {p.articles.length > 0 && (
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading" className="mb-3 font-display text-2xl font-bold uppercase">
            Reports ({p.articlesTotal ?? p.articles.length})
          </h2>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
            {p.articles.map((a) => (
              <ArticleCard key={a.href} {...a} />
            ))}
          </div>
          {p.archive && (
            <p className="mt-6">
              <a href={p.archive.href} className="font-semibold text-brand hover:underline">
                {p.archive.label} →
              </a>
            </p>
          )}
        </section>
      )}
    </div>
  );
}

/** Head to head: who finished ahead in the same class of a race classification, as wins–losses. */
function RivalsTable({ rows, name }: { rows: readonly RivalRow[]; name: string }) {
  return (
    <section className="mb-8" aria-labelledby="rivals-heading">
      <h2 id="rivals-heading" className="mb-2 font-display text-2xl font-bold uppercase">
        Rivals
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="caption-bottom pt-2 text-left text-xs text-muted">
            Head to head against the drivers {name} met most often in the same class of a race classification: races finished ahead–behind.
          </caption>
          <thead>
            <tr className="border-b-2 border-ink text-left text-xs uppercase tracking-wide text-muted">
              <th scope="col" className="px-2 py-1.5">Rival</th>
              <th scope="col" className="px-2 py-1.5 text-right">Races</th>
              <th scope="col" className="px-2 py-1.5 text-right">Ahead–behind</th>
              <th scope="col" className="px-2 py-1.5">Sessions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.href} className="border-b border-rule align-top">
                <th scope="row" className="px-2 py-1.5 text-left font-semibold">
                  <a href={r.href} className="hover:text-brand hover:underline">
                    {r.name}
                  </a>
                </th>
                <td className="tabular px-2 py-1.5 text-right">{r.meetings}</td>
                <td className="tabular px-2 py-1.5 text-right">
                  {r.wins}–{r.losses}
                </td>
                <td className="px-2 py-1.5">
                  {r.sessions.map((s, i) => (
                    <span key={`${s.href}-${i}`}>
                      {i > 0 && ', '}
                      <a href={s.href} className="hover:text-brand hover:underline">
                        {s.label}
                      </a>{' '}
                      <span className="text-muted">({s.result})</span>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** "Label: linked value" lines: the best results, the best finish at each event. */
function LabelledLinks({ id, title, items }: { id: string; title: string; items: readonly { label: string; value: string; href: string }[] }) {
  if (items.length === 0) return null;
  return (
    <section className="mb-6" aria-labelledby={id}>
      <h2 id={id} className="mb-2 font-display text-lg font-bold uppercase">
        {title}
      </h2>
      <ul className="space-y-1 text-sm">
        {items.map((b) => (
          <li key={b.label}>
            <span className="font-semibold">{b.label}:</span>{' '}
            <a href={b.href} className="hover:text-brand hover:underline">
              {b.value}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
