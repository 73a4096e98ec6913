import type { ReactNode } from 'react';
import type { HubEdition } from '@/lib/view/props/hub-view';
import { ArticleCard } from './article-card';

/** An edition's section on an event, circuit or series page or its edition pages: heading (title, place, count), then its content. */
export function EditionSection({ e, children }: { e: Omit<HubEdition, 'articles'>; children: ReactNode }) {
  return (
    <section id={e.anchor} className="mb-10 scroll-mt-4">
      <h2 className="mb-3 border-b-2 border-ink pb-1 font-display text-3xl font-bold uppercase">
        {e.href ? (
          <a href={e.href} className="hover:text-brand">
            {e.title}
          </a>
        ) : (
          e.title
        )}
        {e.meta && <span className="ml-2 font-sans text-sm font-normal normal-case text-muted">{e.meta}</span>}
      </h2>
      {children}
    </section>
  );
}

/** The latest editions on an event, circuit or series page, each with its latest reports as cards. */
export function HubEditions({ editions }: { editions: readonly HubEdition[] }) {
  return (
    <>
      {editions.map((e) => (
        <EditionSection key={e.anchor} e={e}>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
            {e.articles.map((a) => (
              <ArticleCard key={a.href} {...a} headingLevel="h3" />
            ))}
          </div>
        </EditionSection>
      ))}
    </>
  );
}
