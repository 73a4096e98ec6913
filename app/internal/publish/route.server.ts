import { revalidateTag } from 'next/cache';
import { reloadGraph } from '@/lib/graph';
import { affectedTags } from '@/lib/publish/affected';
import { isPublishSecret, PUBLISH_HEADER } from '@/lib/publish/secret';
import { searchChanges } from '@/lib/search/documents';

/**
 * The publish endpoint (`npm run publish`, lib/publish/client.ts), on servers only (next.config.mjs
 * pageExtensions). `reload` reads the content again and answers the tags the change affects (with
 * `search: true`, also the search documents of those pages, for the publish's search delta:
 * lib/search/delta.ts); `revalidate` expires those tags. Anyone without the secret gets the same 404
 * as an unknown URL.
 */
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404 });

export async function POST(request: Request) {
  if (!isPublishSecret(request.headers.get(PUBLISH_HEADER))) return notFound();
  const body = (await request.json().catch(() => ({}))) as { action?: string; files?: unknown; tags?: unknown; search?: unknown };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  if (body.action === 'reload') {
    const started = performance.now();
    const { before, after } = reloadGraph();
    const tags = affectedTags(before, after, list(body.files));
    const search = body.search === true ? searchChanges(before, after, tags) : undefined;
    return Response.json({ articles: after.articles.length, tags, search, ms: Math.round(performance.now() - started) });
  }
  if (body.action === 'revalidate') {
    const tags = list(body.tags);
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return Response.json({ revalidated: tags.length });
  }
  return new Response('Unknown action', { status: 400 });
}

export const GET = notFound;
export const PUT = notFound;
export const DELETE = notFound;
export const PATCH = notFound;
