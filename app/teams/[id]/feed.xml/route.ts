import { FEED_CONTENT_TYPE, teamFeed } from '@/lib/feeds';
import { getTeam, getGraph } from '@/lib/graph';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getGraph().teams.keys()].map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const team = getTeam((await params).id);
  if (!team) return new Response('Not found', { status: 404 });
  return new Response(teamFeed(getGraph(), team), { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}
