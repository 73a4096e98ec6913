import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HubView } from '@/components/hub-view';
import { JsonLd } from '@/components/json-ld';
import { entityParams } from '@/lib/prerender/params';
import { getGraph, getSeries } from '@/lib/served/graph';
import { seriesJsonLd } from '@/lib/page-jsonld';
import { entityModified } from '@/lib/modified';
import { pageMetadata } from '@/lib/seo';
import { hubSummary, seriesViewProps } from '@/lib/view';

export function generateStaticParams() {
  return entityParams('series');
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const node = getSeries(id);
  if (!node) return {};
  return pageMetadata({ title: node.name, description: hubSummary(getGraph(), 'series', node), path: `/series/${id}` });
}

export default async function SeriesPage({ params }: Props) {
  const node = getSeries((await params).id);
  if (!node) notFound();
  const graph = getGraph();
  const view = seriesViewProps(graph, node);
  const page = { crumbs: view.crumbs, summary: view.summary, dateModified: entityModified(graph, 'series', node.id) };
  return (
    <>
      <JsonLd data={seriesJsonLd(graph, node, page)} />
      <HubView {...view} />
    </>
  );
}
