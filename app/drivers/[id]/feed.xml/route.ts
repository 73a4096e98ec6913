import { FEED_CONTENT_TYPE, entityFeed } from '@/lib/feeds';
import { entityParams, getDriver, getGraph } from '@/lib/graph';
import { renderedOnFirstRequest } from '@/lib/prerender';

export const dynamic = 'force-static';
// Rendered on its first request, then cached (lib/prerender.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

export function generateStaticParams() {
  return renderedOnFirstRequest(() => entityParams('drivers'));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const driver = getDriver((await params).id);
  if (!driver) return new Response('Not found', { status: 404 });
  return new Response(entityFeed(getGraph(), 'drivers', driver), { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}
