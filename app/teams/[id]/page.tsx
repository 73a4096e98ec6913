import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityView } from '@/components/entity-view';
import { JsonLd } from '@/components/json-ld';
import { entityFeedPath, entityFeedTitle } from '@/lib/feeds';
import { entityParams } from '@/lib/prerender/params';
import { getGraph, getTeam } from '@/lib/served/graph';
import { teamJsonLd } from '@/lib/page-jsonld';
import { entityModified } from '@/lib/modified';
import { pageMetadata } from '@/lib/seo';
import { teamSummary, teamViewProps } from '@/lib/view';

export function generateStaticParams() {
  return entityParams('teams');
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const team = getTeam(id);
  if (!team) return {};
  return pageMetadata({
    title: `${team.name}: results and reports`,
    description: teamSummary(getGraph(), team),
    path: `/teams/${id}`,
    feeds: [{ title: entityFeedTitle(team), path: entityFeedPath('teams', id) }],
    ownImage: true,
  });
}

export default async function TeamPage({ params }: Props) {
  const team = getTeam((await params).id);
  if (!team) notFound();
  const graph = getGraph();
  const view = teamViewProps(graph, team);
  const page = { crumbs: view.crumbs, summary: view.summary, dateModified: entityModified(graph, 'teams', team.id) };
  return (
    <>
      <JsonLd data={teamJsonLd(graph, team, page)} />
      <EntityView {...view} />
    </>
  );
}
