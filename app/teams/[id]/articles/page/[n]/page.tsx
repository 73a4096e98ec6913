import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityArchive } from '@/components/entity-archive';
import { getTeam, getGraph } from '@/lib/served/graph';
import { pageMetadata } from '@/lib/seo';
import { archiveHref, archivePageCount, archiveParams, entityArchiveProps } from '@/lib/view';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';

// Rendered on its first request, then cached (lib/prerender/policy.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

/** One page per ARCHIVE_PAGE_SIZE reports of each team: the pages grow with the content, not their size. */
export function generateStaticParams() {
  return renderedOnFirstRequest(() => archiveParams(getGraph(), 'teams'));
}

type Props = { params: Promise<{ id: string; n: string }> };

async function lookup(params: Props['params']) {
  const { id, n } = await params;
  const team = getTeam(id);
  const page = Number(n);
  if (!team || !(page >= 1 && page <= archivePageCount(getGraph(), 'teams', id))) return undefined;
  return { team, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  if (!found) return {};
  const { team, page } = found;
  return pageMetadata({
    title: `${team.name}: every report${page > 1 ? `, page ${page}` : ''}`,
    description: `Every report naming ${team.name}, newest first, with the results of each session.`,
    path: archiveHref('teams', team.id, page),
  });
}

export default async function TeamArchivePage({ params }: Props) {
  const found = await lookup(params);
  if (!found) notFound();
  return <EntityArchive {...entityArchiveProps(getGraph(), 'teams', found.team, found.page)} />;
}
