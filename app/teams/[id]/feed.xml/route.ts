import { FEED_CONTENT_TYPE, entityFeed } from '@/lib/feeds';
import { entityParams, getGraph, getTeam } from '@/lib/graph';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return entityParams('teams');
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const team = getTeam((await params).id);
  if (!team) return new Response('Not found', { status: 404 });
  return new Response(entityFeed(getGraph(), 'teams', team), { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}
