import { FEED_CONTENT_TYPE, entityFeed } from '@/lib/feeds';
import { entityParams } from '@/lib/prerender/params';
import { getDriver, getGraph } from '@/lib/served/graph';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';

export const dynamic = 'force-static';
// Rendered on its first request, then cached (lib/prerender/policy.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

export function generateStaticParams() {
  return renderedOnFirstRequest(() => entityParams('drivers'));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const driver = getDriver((await params).id);
  if (!driver) return new Response('Not found', { status: 404 });
  return new Response(entityFeed(getGraph(), 'drivers', driver), { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}
