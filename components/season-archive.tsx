/** Every season of a driver or team, a page at a time (`/drivers/<id>/seasons/page/<n>`, lib/view/seasons.ts). */
import { Breadcrumbs } from './breadcrumbs';
import type { SeasonArchiveProps } from '@/lib/view/props/season-archive';
import { PageTitle } from './page-title';
import { Pagination } from './pagination';
import { SeasonTable } from './season-table';

export function SeasonArchive(p: SeasonArchiveProps) {
  return (
    <div>
      <Breadcrumbs items={p.crumbs} />
      <PageTitle kicker="Season by season" title={p.name}>
        <p>
          {p.total} seasons by series and class of{' '}
          <a href={p.href} className="font-semibold text-brand-dark hover:underline">
            {p.name}
          </a>
          , newest first{p.pages > 1 ? ` (page ${p.page} of ${p.pages})` : ''}.
        </p>
      </PageTitle>
      <SeasonTable rows={p.rows} />
      <Pagination page={p.page} pages={p.pages} hrefFor={(n) => `${p.base}/page/${n}`} />
    </div>
  );
}
