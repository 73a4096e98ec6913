import type { ArticleCardProps } from '@/lib/view/props/article-card';
import { ClassBadge } from './class-badge';
import { FormatDate } from './format-date';
import { Picture } from './picture';

/** An article in a list: kicker (event), headline, standfirst, and the leader of each class. */
export function ArticleCard({ href, title, description, date, lang, kicker, leaders = [], headingLevel = 'h2', thumb }: ArticleCardProps) {
  const Heading = headingLevel;
  const sessions = [...new Set(leaders.map((l) => l.sessionName))];
  return (
    <article lang={lang} className="group min-w-0 border-t-2 border-ink pt-3">
      {thumb && (
        <a href={href} tabIndex={-1} aria-hidden="true" className="mb-3 block overflow-hidden bg-rule">
          <Picture p={{ ...thumb, alt: '' }} className="aspect-video h-auto w-full object-cover transition-transform duration-300 group-hover:scale-[1.02]" />
        </a>
      )}
      <p className="text-xs font-semibold uppercase tracking-wide text-brand">
        {kicker && <span>{kicker} · </span>}
        <FormatDate date={date} lang={lang} />
      </p>
      <Heading className="mt-1 font-display text-2xl font-bold leading-tight">
        <a href={href} className="hover:text-brand">
          {title}
        </a>
      </Heading>
      <p className="mt-1 text-sm text-muted">{description}</p>
      {leaders.length > 0 && (
        <div className="mt-3 text-sm">
          {sessions.map((s) => (
            <div key={s} className="mb-2">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">{s}: class leaders</p>
              <ul className="mt-1 space-y-1">
                {leaders
                  .filter((l) => l.sessionName === s)
                  .map((l, i) => (
                    <li key={i} className="flex items-baseline gap-2">
                      <ClassBadge tag={l.classTag} size="sm" />
                      <span className="min-w-0 flex-1 truncate">
                        {l.number && <span className="tabular font-semibold">#{l.number} </span>}
                        {l.label}
                      </span>
                      {l.time && <span className="tabular text-muted">{l.time}</span>}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </article>
  );
}
