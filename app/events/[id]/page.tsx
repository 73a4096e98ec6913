import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HubView } from '@/components/hub-view';
import { JsonLd } from '@/components/json-ld';
import { entityParams } from '@/lib/prerender/params';
import { getEvent, getGraph } from '@/lib/served/graph';
import { eventJsonLd } from '@/lib/page-jsonld';
import { entityModified } from '@/lib/modified';
import { pageMetadata } from '@/lib/seo';
import { hubSummary, eventViewProps } from '@/lib/view';

export function generateStaticParams() {
  return entityParams('events');
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const node = getEvent(id);
  if (!node) return {};
  return pageMetadata({ title: node.name, description: hubSummary(getGraph(), 'events', node), path: `/events/${id}` });
}

export default async function EventPage({ params }: Props) {
  const node = getEvent((await params).id);
  if (!node) notFound();
  const graph = getGraph();
  const view = eventViewProps(graph, node);
  const page = { crumbs: view.crumbs, summary: view.summary, dateModified: entityModified(graph, 'events', node.id) };
  return (
    <>
      <JsonLd data={eventJsonLd(graph, node, page)} />
      <HubView {...view} />
    </>
  );
}
