import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityView } from '@/components/entity-view';
import { getDriver, getGraph } from '@/lib/graph';
import { pageMetadata } from '@/lib/seo';
import { driverViewProps } from '@/lib/view';

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getGraph().drivers.keys()].map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const driver = getDriver(id);
  if (!driver) return {};
  const view = driverViewProps(getGraph(), driver);
  return pageMetadata({
    title: `${driver.name}: results and reports`,
    description: view.summary,
    path: `/drivers/${id}`,
  });
}

export default async function DriverPage({ params }: Props) {
  const driver = getDriver((await params).id);
  if (!driver) notFound();
  return <EntityView {...driverViewProps(getGraph(), driver)} />;
}
