import type { ArticleViewProps } from '@/lib/view/props/article-view';
import { ArticleCard } from './article-card';
import { Breadcrumbs } from './breadcrumbs';
import { EntityChips } from './entity-chips';
import { FormatDate } from './format-date';
import { createMdxComponents } from './mdx-components';
import { MdxBody } from './mdx-body';
import { PhotoFigure } from './picture';
import { SessionResults } from './session-results';

export function ArticleView(p: ArticleViewProps) {
  const components = createMdxComponents(p.mdx);
  return (
    <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article lang={p.lang} className="min-w-0">
        <Breadcrumbs items={p.crumbs} />
        <header className="mb-6 border-b border-rule pb-4">
          {p.kicker && <p className="text-sm font-semibold uppercase tracking-wide text-brand">{p.kicker}</p>}
          <h1 className="mt-1 font-display text-4xl font-bold leading-[1.05] sm:text-5xl">{p.title}</h1>
          <p className="mt-3 text-lg text-muted">{p.description}</p>
          <p className="mt-3 text-sm text-muted">
            {p.authors.length > 0 && (
              <span className="byline">
                By{' '}
                {p.authors.map((a, i) => (
                  <span key={a.href}>
                    {i > 0 && (i === p.authors.length - 1 ? ' and ' : ', ')}
                    <a href={a.href} rel="author" className="font-semibold text-ink underline decoration-rule underline-offset-2 hover:text-brand">
                      {a.name}
                    </a>
                  </span>
                ))}{' '}
                ·{' '}
              </span>
            )}
            <FormatDate date={p.date} lang={p.lang} />
            {p.updated && p.updated !== p.date && (
              <span className="updated">
                {' '}
                · Updated <FormatDate date={p.updated} lang={p.lang} />
              </span>
            )}
            <span> · {p.readingMinutes} min read</span>
          </p>
        </header>
        {p.corrections.length > 0 && (
          <section aria-label="Corrections" className="mb-6 space-y-2">
            {p.corrections.map((c, i) => (
              <p key={i} className="correction border-l-4 border-brand bg-brand/5 px-4 py-3 text-sm">
                <strong className="font-semibold uppercase tracking-wide text-brand-dark">
                  Correction, <FormatDate date={c.date} lang="en" />:
                </strong>{' '}
                <span lang="en">{c.text}</span>
              </p>
            ))}
          </section>
        )}
        {p.lead && <PhotoFigure {...p.lead} />}
        <div className="prose prose-neutral max-w-none prose-headings:font-display prose-headings:uppercase prose-a:text-brand-dark prose-a:no-underline hover:prose-a:underline">
          <MdxBody code={p.code} components={components} />
        </div>
        {p.resultsAfterBody && p.mdx.sessionCount > 0 && (
          <div>
            {p.mdx.results().blocks.map((b) => (
              <SessionResults key={b.id} block={b} />
            ))}
          </div>
        )}
        {p.mdx.sessionCount > 0 && (
          <p className="mt-2 text-sm text-muted">
            Results as data: <a className="underline hover:text-brand" href={p.dataLinks.json}>JSON</a> ·{' '}
            <a className="underline hover:text-brand" href={p.dataLinks.csv}>CSV</a>
          </p>
        )}
      </article>
      <aside className="min-w-0 lg:border-l lg:border-rule lg:pl-6" aria-label="In this article">
        {p.sessionLinks.length > 0 && (
          <section className="mb-6" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading" className="mb-2 font-display text-lg font-bold uppercase">
              Sessions reported
            </h2>
            <ul className="space-y-1 text-sm">
              {p.sessionLinks.map((s) => (
                <li key={s.href}>
                  <a href={s.href} className="inline-block py-0.5 font-semibold hover:text-brand hover:underline">
                    {s.label}
                  </a>{' '}
                  <span className="text-muted">
                    ({s.kind}
                    {s.otherReports > 0 ? `; ${s.otherReports} other report${s.otherReports === 1 ? '' : 's'}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {p.entities.map((group) => (
          <EntityChips key={group.title} {...group} />
        ))}
        {p.related.length > 0 && (
          <section>
            <h2 className="mb-2 font-display text-lg font-bold uppercase">Related reports</h2>
            <div className="space-y-5">
              {p.related.map((r) => (
                <ArticleCard key={r.href} {...r} leaders={[]} headingLevel="h3" />
              ))}
            </div>
          </section>
        )}
      </aside>
    </div>
  );
}
