import Link from 'next/link';
import { AppearanceTable, type AppearanceRow } from './appearance-table';
import { ArticleCard, type ArticleCardProps } from './article-card';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { Country } from './country';
import { EntityChips, type Chip } from './entity-chips';
import { FormatDate } from './format-date';
import { PageTitle } from './page-title';
import { StatRow } from './stat-row';

export interface EntityViewProps {
  crumbs: Crumb[];
  kicker: string;
  name: string;
  /** One-sentence summary, also the meta description. */
  summary: string;
  /** ISO country code of a driver's nationality or a team's base. */
  country?: string;
  countryLabel?: string;
  born?: string;
  aliases: string[];
  stats: { label: string; value: string | number }[];
  best: { label: string; value: string; href: string }[];
  groups: { title: string; items: Chip[]; countLabel?: string }[];
  appearances: { caption: string; rows: AppearanceRow[]; showDrivers?: boolean; total: number };
  articles: ArticleCardProps[];
}

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
                {p.countryLabel ?? 'Country'}: <Country code={p.country} />
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
      </PageTitle>
      <StatRow stats={p.stats} />
      {p.best.length > 0 && (
        <section className="mb-6">
          <h2 className="mb-2 font-display text-lg font-bold uppercase">Best results</h2>
          <ul className="space-y-1 text-sm">
            {p.best.map((b) => (
              <li key={b.label}>
                <span className="font-semibold">{b.label}:</span>{' '}
                <Link href={b.href} className="hover:text-brand hover:underline">
                  {b.value}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="grid grid-cols-1 gap-x-8 md:grid-cols-2">
        {p.groups.map((g) => (
          <EntityChips key={g.title} title={g.title} items={g.items} countLabel={g.countLabel} />
        ))}
      </div>
      {p.appearances.rows.length > 0 && (
        <section className="mb-8" aria-labelledby="appearances-heading">
          <h2 id="appearances-heading" className="mb-2 font-display text-2xl font-bold uppercase">
            Appearances <span className="font-sans text-base font-normal text-muted">({p.appearances.total})</span>
          </h2>
          <AppearanceTable rows={p.appearances.rows} caption={p.appearances.caption} showDrivers={p.appearances.showDrivers} />
          {p.appearances.total > p.appearances.rows.length && (
            <p className="mt-2 text-sm text-muted">
              Showing the latest {p.appearances.rows.length} of {p.appearances.total} appearances.
            </p>
          )}
        </section>
      )}
      {p.articles.length > 0 && (
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading" className="mb-3 font-display text-2xl font-bold uppercase">Reports ({p.articles.length})</h2>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
            {p.articles.map((a) => (
              <ArticleCard key={a.href} {...a} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
