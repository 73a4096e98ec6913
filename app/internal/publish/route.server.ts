import { revalidateTag } from 'next/cache';
import { reloadGraph } from '@/lib/graph';
import { affectedTags } from '@/lib/publish/affected';
import { isPublishSecret, PUBLISH_HEADER } from '@/lib/publish/secret';

/**
 * The publish endpoint (`npm run publish`, lib/publish/client.ts), on servers only (next.config.mjs
 * pageExtensions). `reload` reads the content again and answers the tags the change affects;
 * `revalidate` expires those tags. Anyone without the secret gets the same 404 as an unknown URL.
 */
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404 });

export async function POST(request: Request) {
  if (!isPublishSecret(request.headers.get(PUBLISH_HEADER))) return notFound();
  const body = (await request.json().catch(() => ({}))) as { action?: string; files?: unknown; tags?: unknown };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  if (body.action === 'reload') {
    const started = performance.now();
    const { before, after } = reloadGraph();
    const tags = affectedTags(before, after, list(body.files));
    return Response.json({ articles: after.articles.length, tags, ms: Math.round(performance.now() - started) });
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
