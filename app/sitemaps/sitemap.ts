import type { MetadataRoute } from 'next';
import { getGraph } from '@/lib/served/graph';
import { sitemapChunk, sitemapIds } from '@/lib/sitemap';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * The URL sets, `/sitemaps/sitemap/<id>.xml`, at most 5,000 URLs each (lib/sitemap.ts SITEMAP_FILE_URLS; generateSitemaps splits them);
 * `/sitemap.xml` (app/sitemap.xml/route.ts) is the sitemap index that lists them, so the split happens by
 * itself as the site grows. (A root app/sitemap.ts would claim /sitemap.xml itself, which must stay the index.)
 */
export function generateSitemaps() {
  return sitemapIds(getGraph());
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemapChunk(getGraph(), Number(await id)).map((e) => ({
    url: absoluteUrl(e.path),
    ...(e.lastModified ? { lastModified: e.lastModified } : {}),
  }));
}
