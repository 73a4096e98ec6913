/** Every edition of an event, circuit or series, a page at a time (`/series/<id>/editions/page/<n>`, lib/view/hub-editions.ts). */
import type { HubArchiveProps } from '@/lib/view/props/hub-archive';
import { ArticleRow } from './article-row';
import { ArchiveHeader } from './archive-header';
import { ClassBadge } from './class-badge';
import { EditionSection } from './hub-editions';
import { Pagination } from './pagination';

export function HubArchive(p: HubArchiveProps) {
  return (
    <div>
      <ArchiveHeader {...p} kicker="Editions" lead={`${p.total} edition${p.total === 1 ? '' : 's'} of`} />
      {p.editions.map((e) => (
        <EditionSection key={e.anchor} e={e}>
          {e.honours.map((h) => (
            <div key={h.title} className="mb-2 text-sm">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">{h.title}</p>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {h.rows.map((r) => (
                  <li key={`${r.className}-${r.href}`} className="flex items-center gap-1.5">
                    <ClassBadge tag={r.classTag} size="sm" />
                    <a href={r.href} className="hover:text-brand hover:underline">
                      {r.label}
                    </a>
                    {r.time && <span className="tabular text-muted">{r.time}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <ol className="divide-y divide-rule" aria-label={`Reports of ${e.title}`}>
            {e.reports.map((a) => (
              <ArticleRow key={a.href} item={a} />
            ))}
          </ol>
        </EditionSection>
      ))}
      <Pagination page={p.page} pages={p.pages} hrefFor={(n) => `${p.base}/page/${n}`} />
    </div>
  );
}
