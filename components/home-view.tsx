import { ArticleCard, type ArticleCardProps } from './article-card';
import { EntityChips, type Chip } from './entity-chips';

export interface HomeViewProps {
  lead?: ArticleCardProps;
  latest: ArticleCardProps[];
  events: Chip[];
  drivers: Chip[];
}

export function HomeView({ lead, latest, events, drivers }: HomeViewProps) {
  return (
    <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <h1 className="sr-only">Latest endurance racing reports</h1>
        {lead && (
          <div className="mb-8 rounded bg-panel p-5">
            <ArticleCard {...lead} />
          </div>
        )}
        <div className="grid grid-cols-1 gap-8 md:grid-cols-2">
          {latest.map((a) => (
            <ArticleCard key={a.href} {...a} />
          ))}
        </div>
        <p className="mt-8">
          <a href="/articles" className="font-semibold text-brand hover:underline">
            All reports →
          </a>
        </p>
      </div>
      <aside aria-label="Follow" className="lg:border-l lg:border-rule lg:pl-6">
        <EntityChips title="Events" items={events} countLabel="reports" />
        <EntityChips title="Most reported drivers" items={drivers} countLabel="appearances" />
      </aside>
    </div>
  );
}
