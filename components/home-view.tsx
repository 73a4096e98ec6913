import { indexHref } from '@/lib/routes';
import type { HomeViewProps } from '@/lib/view/props/home-view';
import { ArticleCard } from './article-card';
import { EntityChips } from './entity-chips';

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
          <a href={indexHref('articles')} className="font-semibold text-brand hover:underline">
            All reports →
          </a>
        </p>
      </div>
      <aside aria-label="Follow" className="lg:border-l lg:border-rule lg:pl-6">
        <EntityChips {...events} />
        <EntityChips {...drivers} />
      </aside>
    </div>
  );
}
