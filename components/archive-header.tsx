import type { Crumb } from '@/lib/view/props/breadcrumbs';
import { Breadcrumbs } from './breadcrumbs';
import { PageTitle } from './page-title';

/** The head of an archive page: crumbs, then "<lead> <name>, newest first (page n of m)." linking the entity's page. */
export function ArchiveHeader(p: { crumbs: readonly Crumb[]; kicker: string; lead: string; name: string; href: string; page: number; pages: number }) {
  return (
    <>
      <Breadcrumbs items={p.crumbs} />
      <PageTitle kicker={p.kicker} title={p.name}>
        <p>
          {p.lead}{' '}
          <a href={p.href} className="font-semibold text-brand-dark hover:underline">
            {p.name}
          </a>
          , newest first{p.pages > 1 ? ` (page ${p.page} of ${p.pages})` : ''}.
        </p>
      </PageTitle>
    </>
  );
}
