import { revalidateTag } from 'next/cache';
import type { ContentError } from '@/lib/content/problems';
import { preparePublish, reloadGraph } from '@/lib/publish/swap';
import { affectedTagsSteps } from '@/lib/publish/affected';
import { frontFigures } from '@/lib/cache/front.mjs';
import { isPublishSecret, PUBLISH_HEADER } from '@/lib/publish/secret';
import { REVALIDATE_BATCH } from '@/lib/publish/client';
import { runInSlices } from '@/lib/publish/slices';
import { searchChangeSteps } from '@/lib/search/documents';

/**
 * The publish endpoint (`npm run publish`, lib/publish/client.ts), on servers only (next.config.mjs
 * pageExtensions). `prepare` reads the content again and builds its graph under the publish's `token`,
 * without serving it, while the publish checks the content; `reload` serves what was prepared for its
 * `token` (or reads it now) and answers the tags the change affects (with `search: true`, also the
 * search documents of those pages, for the publish's search delta: lib/search/delta.ts); `revalidate`
 * expires those tags (at most REVALIDATE_BATCH a call); `front` tells what the server's front answered
 * and holds (lib/cache/front.mjs). Anyone without the secret gets the same 404 as an unknown URL.
 */
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404 });

export async function POST(request: Request) {
  if (!isPublishSecret(request.headers.get(PUBLISH_HEADER))) return notFound();
  const body = (await request.json().catch(() => ({}))) as { action?: string; files?: unknown; tags?: unknown; search?: unknown; token?: unknown };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const token = typeof body.token === 'string' && body.token ? body.token : undefined;
  if (body.action === 'prepare' && token) {
    const started = performance.now();
    try {
      const { graph, read } = await preparePublish(token);
      return Response.json({ articles: graph.articles.length, read, ms: Math.round(performance.now() - started) });
    } catch (error) {
      // Content the publish's check is refusing at this moment, with its own messages: no stack trace here.
      if (error instanceof Error && error.name === 'ContentError') return Response.json({ refused: (error as ContentError).problems.length }, { status: 422 });
      throw error;
    }
  }
  if (body.action === 'reload') {
    const started = performance.now();
    const { before, after } = await reloadGraph(token);
    const tags = await runInSlices(affectedTagsSteps(before, after, list(body.files)));
    // In slices: thousands of documents after a registry edit at 10,000 articles.
    const search = body.search === true ? await runInSlices(searchChangeSteps(before, after, tags)) : undefined;
    return Response.json({ articles: after.articles.length, tags, search, ms: Math.round(performance.now() - started) });
  }
  if (body.action === 'revalidate') {
    const tags = list(body.tags);
    // Next's revalidateTag is quadratic in the tags of one request: a publish sends them in batches.
    if (tags.length > REVALIDATE_BATCH) return new Response(`At most ${REVALIDATE_BATCH} tags per call, not ${tags.length}`, { status: 413 });
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return Response.json({ revalidated: tags.length });
  }
  if (body.action === 'front') return Response.json(frontFigures() ?? null);
  return new Response('Unknown action', { status: 400 });
}

export const GET = notFound;
export const PUT = notFound;
export const DELETE = notFound;
export const PATCH = notFound;
