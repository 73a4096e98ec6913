import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SeasonArchive } from '@/components/season-archive';
import { getDriver, getGraph } from '@/lib/served/graph';
import { pageMetadata } from '@/lib/seo';
import { seasonArchiveParams, seasonArchiveProps, seasonPageCount, seasonsHref } from '@/lib/view';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';

// Rendered on its first request, then cached (lib/prerender/policy.ts), like the report archive beside it.

/** Every season of a driver whose page shows only the latest (lib/view/seasons.ts). */
export function generateStaticParams() {
  return renderedOnFirstRequest(() => seasonArchiveParams(getGraph(), 'drivers'), { id: '-', n: '1' });
}

type Props = { params: Promise<{ id: string; n: string }> };

async function lookup(params: Props['params']) {
  const { id, n } = await params;
  const driver = getDriver(id);
  const page = Number(n);
  if (!driver || !(page >= 1 && page <= seasonPageCount(getGraph(), 'drivers', id))) return undefined;
  return { driver, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  if (!found) return {};
  const { driver, page } = found;
  return pageMetadata({
    title: `${driver.name}: every season${page > 1 ? `, page ${page}` : ''}`,
    description: `${driver.name}'s starts, class wins, podiums, poles and DNFs in every season, series and class, newest first.`,
    path: seasonsHref('drivers', driver.id, page),
  });
}

export default async function DriverSeasonsPage({ params }: Props) {
  const found = await lookup(params);
  if (!found) notFound();
  return <SeasonArchive {...seasonArchiveProps(getGraph(), 'drivers', found.driver, found.page)} />;
}
