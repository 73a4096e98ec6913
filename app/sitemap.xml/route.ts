import { getGraph } from '@/lib/served/graph';
import { sitemapIndexXml } from '@/lib/sitemap';

export const dynamic = 'force-static';

/** The sitemap index robots.txt points at: one `<sitemap>` per file of app/sitemap.ts. */
export function GET() {
  return new Response(sitemapIndexXml(getGraph()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
