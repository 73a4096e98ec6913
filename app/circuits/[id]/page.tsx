import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HubView } from '@/components/hub-view';
import { JsonLd } from '@/components/json-ld';
import { entityParams } from '@/lib/prerender/params';
import { getCircuit, getGraph } from '@/lib/served/graph';
import { circuitJsonLd } from '@/lib/page-jsonld';
import { entityModified } from '@/lib/modified';
import { pageMetadata } from '@/lib/seo';
import { hubSummary, circuitViewProps } from '@/lib/view';

export function generateStaticParams() {
  return entityParams('circuits');
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const node = getCircuit(id);
  if (!node) return {};
  return pageMetadata({ title: node.name, description: hubSummary(getGraph(), 'circuits', node), path: `/circuits/${id}` });
}

export default async function CircuitPage({ params }: Props) {
  const node = getCircuit((await params).id);
  if (!node) notFound();
  const graph = getGraph();
  const view = circuitViewProps(graph, node);
  const page = { crumbs: view.crumbs, summary: view.summary, dateModified: entityModified(graph, 'circuits', node.id) };
  return (
    <>
      <JsonLd data={circuitJsonLd(graph, node, page)} />
      <HubView {...view} />
    </>
  );
}
