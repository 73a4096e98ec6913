import { articleParams } from '@/lib/prerender/params';
import { getArticle, getGraph } from '@/lib/served/graph';
import { resultsJson } from '@/lib/results-data';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';

export const dynamic = 'force-static';
// Rendered on its first request, then cached (lib/prerender/policy.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

export function generateStaticParams() {
  return renderedOnFirstRequest(() => articleParams());
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) return new Response('Not found', { status: 404 });
  return Response.json(resultsJson(getGraph(), article));
}
