import type { EntityArchiveProps } from '@/lib/view/props/entity-archive';
import { ArchiveHeader } from './archive-header';
import { ClassBadge } from './class-badge';
import { ArticleRow } from './article-row';
import { Pagination } from './pagination';

/** Every report of a driver or team, newest first, a page at a time, with their results in each. */
export function EntityArchive(p: EntityArchiveProps) {
  return (
    <div>
      <ArchiveHeader {...p} kicker="Reports" lead={`${p.total} report${p.total === 1 ? '' : 's'} naming`} />
      <ol className="divide-y divide-rule">
        {p.items.map((a) => (
          <ArticleRow key={a.href} item={a}>
            {a.results.length > 0 && (
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
                {a.results.map((r, i) => (
                  <li key={i} className="flex items-center gap-1.5">
                    <span>{r.session}</span>
                    <ClassBadge tag={r.classTag} size="sm" />
                    {r.number && <span className="tabular">#{r.number}</span>}
                    <span className="tabular font-semibold text-ink">{r.result}</span>
                  </li>
                ))}
              </ul>
            )}
          </ArticleRow>
        ))}
      </ol>
      <Pagination page={p.page} pages={p.pages} hrefFor={(n) => `${p.base}/page/${n}`} />
    </div>
  );
}
