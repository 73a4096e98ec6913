import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityView } from '@/components/entity-view';
import { JsonLd } from '@/components/json-ld';
import { entityFeedPath, entityFeedTitle } from '@/lib/feeds';
import { entityParams } from '@/lib/prerender/params';
import { getDriver, getGraph } from '@/lib/served/graph';
import { driverJsonLd } from '@/lib/page-jsonld';
import { entityModified } from '@/lib/modified';
import { pageMetadata } from '@/lib/seo';
import { driverSummary, driverViewProps } from '@/lib/view';

export function generateStaticParams() {
  return entityParams('drivers');
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const driver = getDriver(id);
  if (!driver) return {};
  return pageMetadata({
    title: `${driver.name}: results and reports`,
    description: driverSummary(getGraph(), driver),
    path: `/drivers/${id}`,
    feeds: [{ title: entityFeedTitle(driver), path: entityFeedPath('drivers', id) }],
    ownImage: true,
  });
}

export default async function DriverPage({ params }: Props) {
  const driver = getDriver((await params).id);
  if (!driver) notFound();
  const graph = getGraph();
  const view = driverViewProps(graph, driver);
  const page = { crumbs: view.crumbs, summary: view.summary, dateModified: entityModified(graph, 'drivers', driver.id) };
  return (
    <>
      <JsonLd data={driverJsonLd(graph, driver, page)} />
      <EntityView {...view} />
    </>
  );
}
