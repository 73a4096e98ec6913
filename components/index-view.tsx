import type { IndexViewProps } from '@/lib/view/props/index-view';
import { Breadcrumbs } from './breadcrumbs';
import { PageTitle } from './page-title';
import { Pagination } from './pagination';

/** An A–Z index of entities with counts, paginated past 100 entries. */
export function IndexView({ crumbs, title, summary, groups, page, pages, base }: IndexViewProps) {
  const hrefFor = (n: number) => (n <= 1 ? base : `${base}/page/${n}`);
  return (
    <div>
      <Breadcrumbs items={crumbs} />
      <PageTitle title={title}>
        <p>{summary}</p>
      </PageTitle>
      {groups.length > 1 && (
        <nav aria-label="Letters" className="mb-6 flex flex-wrap gap-1 text-sm font-semibold">
          {groups.map((g) => (
            <a key={g.letter} href={`#letter-${g.letter}`} className="rounded border border-rule px-2 py-0.5 hover:border-brand hover:text-brand">
              {g.letter}
            </a>
          ))}
        </nav>
      )}
      <div className="columns-1 gap-8 sm:columns-2 lg:columns-3">
        {groups.map((g) => (
          <section key={g.letter} id={`letter-${g.letter}`} className="mb-6 break-inside-avoid">
            <h2 className="mb-1 border-b-2 border-ink font-display text-2xl font-bold">{g.letter}</h2>
            <ul className="space-y-0.5">
              {g.items.map((item) => (
                <li key={item.href} className="flex items-baseline justify-between gap-3 border-b border-rule py-1 text-sm">
                  <a href={item.href} className="font-medium hover:text-brand">
                    {item.label}
                  </a>
                  {item.meta && <span className="tabular whitespace-nowrap text-xs text-muted">{item.meta}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <Pagination page={page} pages={pages} hrefFor={hrefFor} />
    </div>
  );
}
