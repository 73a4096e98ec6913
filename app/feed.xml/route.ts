import { FEED_CONTENT_TYPE, siteFeed } from '@/lib/feeds';
import { getGraph } from '@/lib/served/graph';

export const dynamic = 'force-static';

export function GET() {
  return new Response(siteFeed(getGraph()), { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}
