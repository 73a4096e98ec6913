import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityArchive } from '@/components/entity-archive';
import { getDriver, getGraph } from '@/lib/served/graph';
import { pageMetadata } from '@/lib/seo';
import { archiveHref, archivePageCount, archiveParams, entityArchiveProps } from '@/lib/view';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';

// Rendered on its first request, then cached (lib/prerender/policy.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

/** One page per ARCHIVE_PAGE_SIZE reports of each driver: the pages grow with the content, not their size. */
export function generateStaticParams() {
  return renderedOnFirstRequest(() => archiveParams(getGraph(), 'drivers'));
}

type Props = { params: Promise<{ id: string; n: string }> };

async function lookup(params: Props['params']) {
  const { id, n } = await params;
  const driver = getDriver(id);
  const page = Number(n);
  if (!driver || !(page >= 1 && page <= archivePageCount(getGraph(), 'drivers', id))) return undefined;
  return { driver, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  if (!found) return {};
  const { driver, page } = found;
  return pageMetadata({
    title: `${driver.name}: every report${page > 1 ? `, page ${page}` : ''}`,
    description: `Every report naming ${driver.name}, newest first, with the results of each session.`,
    path: archiveHref('drivers', driver.id, page),
  });
}

export default async function DriverArchivePage({ params }: Props) {
  const found = await lookup(params);
  if (!found) notFound();
  return <EntityArchive {...entityArchiveProps(getGraph(), 'drivers', found.driver, found.page)} />;
}
