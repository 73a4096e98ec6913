import type { ArticleListItem } from '@/lib/view/props/article-row';
import type { ReactNode } from 'react';
import { FormatDate } from './format-date';

/** One report in an archive list: date, event kicker, headline, and optional detail below it. */
export function ArticleRow({ item, children }: { item: ArticleListItem; children?: ReactNode }) {
  return (
    <li lang={item.lang} className="grid gap-x-4 py-2 sm:grid-cols-[9rem_1fr]">
      <span className="text-sm text-muted">
        <FormatDate date={item.date} lang={item.lang} />
      </span>
      <span>
        {item.kicker && <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-brand">{item.kicker}</span>}
        <a href={item.href} className="font-semibold hover:text-brand">
          {item.title}
        </a>
        {children}
      </span>
    </li>
  );
}
