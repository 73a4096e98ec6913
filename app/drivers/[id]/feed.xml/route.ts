import { FEED_CONTENT_TYPE, driverFeed } from '@/lib/feeds';
import { getDriver, getGraph } from '@/lib/graph';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getGraph().drivers.keys()].map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const driver = getDriver((await params).id);
  if (!driver) return new Response('Not found', { status: 404 });
  return new Response(driverFeed(getGraph(), driver), { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}
