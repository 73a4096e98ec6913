import { indexHref, pageHref } from '@/lib/routes';
import { Breadcrumbs } from './breadcrumbs';
import type { Crumb } from '@/lib/view/props/breadcrumbs';
import { ArticleRow } from './article-row';
import type { ArticleListItem } from '@/lib/view/props/article-row';
import { PageTitle } from './page-title';
import { Pagination } from './pagination';

export type { ArticleListItem };

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
          <ArticleRow key={a.href} item={a} />
        ))}
      </ol>
      <Pagination page={page} pages={pages} hrefFor={(n) => pageHref(indexHref('articles'), n)} />
    </div>
  );
}
