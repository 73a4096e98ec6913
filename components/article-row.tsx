import type { ArticleListItem } from '@/lib/view/props/article-row';
import type { ReactNode } from 'react';
import { FormatDate } from './format-date';
import { Picture } from './picture';

/** One report in an archive list: date, event kicker, headline, and optional detail below it. */
export function ArticleRow({ item, children }: { item: ArticleListItem; children?: ReactNode }) {
  return (
    <li lang={item.lang} className={`grid gap-x-4 py-2 ${item.thumb ? 'sm:grid-cols-[9rem_1fr_8rem]' : 'sm:grid-cols-[9rem_1fr]'}`}>
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
      {item.thumb && (
        <a href={item.href} tabIndex={-1} aria-hidden="true" className="hidden w-32 self-start overflow-hidden bg-rule sm:block">
          <Picture p={{ ...item.thumb, alt: '' }} className="aspect-video h-auto w-full object-cover" />
        </a>
      )}
    </li>
  );
}
