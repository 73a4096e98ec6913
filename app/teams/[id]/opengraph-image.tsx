import { entityParams } from '@/lib/prerender/params';
import { getGraph, getTeam } from '@/lib/served/graph';
import { entityOgImage, entityOgProps, OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og';
import { teamHeadline } from '@/lib/view';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';

export const alt = 'The team’s name, appearances and best results';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamic = 'force-static';
// Rendered on its first request, then cached (lib/prerender/policy.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

export function generateStaticParams() {
  return renderedOnFirstRequest(() => entityParams('teams'));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const team = getTeam((await params).id);
  if (!team) return new Response('Not found', { status: 404 });
  return entityOgImage(entityOgProps(teamHeadline(getGraph(), team)));
}
