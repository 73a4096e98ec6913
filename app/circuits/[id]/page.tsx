import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HubView } from '@/components/hub-view';
import { getCircuit, getGraph } from '@/lib/graph';
import { pageMetadata } from '@/lib/seo';
import { circuitViewProps } from '@/lib/view';

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getGraph().circuits.keys()].map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const node = getCircuit(id);
  if (!node) return {};
  return pageMetadata({ title: node.name, description: circuitViewProps(getGraph(), node).summary, path: `/circuits/${id}` });
}

export default async function CircuitPage({ params }: Props) {
  const node = getCircuit((await params).id);
  if (!node) notFound();
  return <HubView {...circuitViewProps(getGraph(), node)} />;
}
