/** An author's page: portrait, role, biography, links, and their articles a page at a time, with their feed. */
import type { AuthorViewProps } from '@/lib/view/props/author-view';
import { ArticleCard } from './article-card';
import { Breadcrumbs } from './breadcrumbs';
import { Pagination } from './pagination';
import { Picture } from './picture';

export function AuthorView(p: AuthorViewProps) {
  return (
    <div>
      <Breadcrumbs items={p.crumbs} />
      <header className="mb-8 flex flex-col gap-5 border-b border-rule pb-6 sm:flex-row sm:items-start">
        {p.photo && (
          <div className="h-28 w-28 shrink-0 overflow-hidden rounded-full border-2 border-ink bg-rule">
            <Picture p={p.photo} className="h-full w-full object-cover" />
          </div>
        )}
        <div className="min-w-0">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand">{p.role ?? 'Author'}</p>
          <h1 className="mt-1 font-display text-4xl font-bold uppercase leading-none sm:text-5xl">{p.name}</h1>
          {p.bio && <p className="mt-3 max-w-prose text-lg text-muted">{p.bio}</p>}
          <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {p.links.map((l) => (
              <a key={l.href} href={l.href} rel="me noopener" className="font-semibold text-brand-dark hover:underline">
                {l.label}
              </a>
            ))}
            <a href={p.feed.href} type="application/rss+xml" className="font-semibold text-brand-dark hover:underline">
              {p.feed.label}
            </a>
          </p>
        </div>
      </header>
      <section aria-labelledby="author-articles">
        <h2 id="author-articles" className="mb-4 font-display text-2xl font-bold uppercase">
          {p.total} article{p.total === 1 ? '' : 's'}
          {p.pages > 1 ? <span className="text-muted">, page {p.page} of {p.pages}</span> : null}
        </h2>
        {p.articles.length > 0 ? (
          <div className="grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
            {p.articles.map((a) => (
              <ArticleCard key={a.href} {...a} leaders={[]} />
            ))}
          </div>
        ) : (
          <p className="text-muted">No articles yet.</p>
        )}
        <Pagination page={p.page} pages={p.pages} hrefFor={(n) => p.pageHrefs[n - 1]!} />
      </section>
    </div>
  );
}
