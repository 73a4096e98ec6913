import { STATIC_EXPORT } from '@/lib/prerender/policy';
import { searchIndexResponse } from '@/lib/search/serve';

// The search index is written after `next build` (scripts/search-index.ts) and replaced by a publish, so
// a server build reads it at request time: a dynamic route, no params ahead of time. The static export
// has its own copy in out/pagefind, written over the one placeholder file this route exports there.
export const generateStaticParams = STATIC_EXPORT ? () => [{ path: ['pagefind-entry.json'] }] : undefined;

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return searchIndexResponse((await params).path);
}
