import Link from 'next/link';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { FormatDate } from './format-date';
import { PageTitle } from './page-title';
import { Pagination } from './pagination';

export interface ArticleListItem {
  href: string;
  title: string;
  date: string;
  lang: string;
  kicker?: string;
}

/** The archive: every article, newest first, 100 to a page. */
export interface ArticleListProps {
  crumbs: Crumb[];
  items: readonly ArticleListItem[];
  total: number;
  page: number;
  pages: number;
}

export function ArticleList({ crumbs, items, total, page, pages }: ArticleListProps) {
  return (
    <div>
      <Breadcrumbs items={crumbs} />
      <PageTitle title="Articles">
        <p>All {total} reports, newest first.</p>
      </PageTitle>
      <ol aria-label="Articles" className="divide-y divide-rule">
        {items.map((a) => (
          <li key={a.href} lang={a.lang} className="grid gap-x-4 py-2 sm:grid-cols-[9rem_1fr]">
            <span className="text-sm text-muted">
              <FormatDate date={a.date} lang={a.lang} />
            </span>
            <span>
              {a.kicker && <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-brand">{a.kicker}</span>}
              <Link href={a.href} className="font-semibold hover:text-brand">
                {a.title}
              </Link>
            </span>
          </li>
        ))}
      </ol>
      <Pagination page={page} pages={pages} hrefFor={(n) => (n <= 1 ? '/articles' : `/articles/page/${n}`)} />
    </div>
  );
}
