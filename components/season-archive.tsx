/** Every season of a driver or team, a page at a time (`/drivers/<id>/seasons/page/<n>`, lib/view/seasons.ts). */
import { ArchiveHeader } from './archive-header';
import type { SeasonArchiveProps } from '@/lib/view/props/season-archive';
import { Pagination } from './pagination';
import { SeasonTable } from './season-table';

export function SeasonArchive(p: SeasonArchiveProps) {
  return (
    <div>
      <ArchiveHeader {...p} kicker="Season by season" lead={`${p.total} seasons by series and class of`} />
      <SeasonTable rows={p.rows} />
      <Pagination page={p.page} pages={p.pages} hrefFor={(n) => `${p.base}/page/${n}`} />
    </div>
  );
}
