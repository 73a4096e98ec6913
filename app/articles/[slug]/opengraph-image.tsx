import { articleParams } from '@/lib/prerender/params';
import { getArticle, getGraph } from '@/lib/served/graph';
import { articleOgImage, OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og';
import { articleCard } from '@/lib/view';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';

export const alt = 'The report’s headline, event and date, with the leader of each class';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamic = 'force-static';
// Rendered on its first request, then cached (lib/prerender/policy.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

export function generateStaticParams() {
  return renderedOnFirstRequest(() => articleParams());
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) return new Response('Not found', { status: 404 });
  return articleOgImage(articleCard(getGraph(), article));
}
