import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityView } from '@/components/entity-view';
import { getTeam, getGraph } from '@/lib/graph';
import { pageMetadata } from '@/lib/seo';
import { teamViewProps } from '@/lib/view';

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getGraph().teams.keys()].map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const team = getTeam(id);
  if (!team) return {};
  const view = teamViewProps(getGraph(), team);
  return pageMetadata({
    title: `${team.name}: results and reports`,
    description: view.summary,
    path: `/teams/${id}`,
  });
}

export default async function TeamPage({ params }: Props) {
  const team = getTeam((await params).id);
  if (!team) notFound();
  return <EntityView {...teamViewProps(getGraph(), team)} />;
}
