import type { HubViewProps } from '@/lib/view/props/hub-view';
import { ArticleCard } from './article-card';
import { DataLink } from './data-link';
import { FactList } from './fact-list';
import { Breadcrumbs } from './breadcrumbs';
import { EntityChips } from './entity-chips';
import { PageTitle } from './page-title';
import { RecordsView } from './records-view';

/** Event, circuit and series pages: facts, related entities, and the editions with their reports. */
export function HubView(p: HubViewProps) {
  return (
    <div>
      <Breadcrumbs items={p.crumbs} />
      <PageTitle kicker={p.kicker} title={p.name}>
        <p>{p.summary}</p>
        {p.aliases.length > 0 && <p className="mt-1 text-sm">Also known as: {p.aliases.join(', ')}</p>}
        <DataLink data={p.data} />
      </PageTitle>
      <FactList facts={p.facts} />
      <div className="grid grid-cols-1 gap-x-8 md:grid-cols-2">
        {p.groups.map((g) => (
          <EntityChips key={g.title} {...g} />
        ))}
      </div>
      {p.records && <RecordsView {...p.records} />}
      {p.editions.map((e) => (
        <section key={e.anchor} id={e.anchor} className="mb-10 scroll-mt-4">
          <h2 className="mb-3 border-b-2 border-ink pb-1 font-display text-3xl font-bold uppercase">
            {e.href ? (
              <a href={e.href} className="hover:text-brand">
                {e.title}
              </a>
            ) : (
              e.title
            )}
            {e.meta && <span className="ml-2 font-sans text-sm font-normal normal-case text-muted">{e.meta}</span>}
          </h2>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
            {e.articles.map((a) => (
              <ArticleCard key={a.href} {...a} headingLevel="h3" />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
