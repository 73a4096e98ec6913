import { FEED_CONTENT_TYPE, articlesFeed } from '@/lib/feeds';
import { getGraph } from '@/lib/served/graph';
import { site } from '@/lib/site';
import { authorFeedPath, authorPageHref, authorParams } from '@/lib/view/author';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return authorParams(getGraph());
}

/** Every article by one author, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const graph = getGraph();
  const author = graph.authors.get((await params).id);
  if (!author) return new Response('Not found', { status: 404 });
  const feed = articlesFeed(graph, {
    title: `${author.name} on ${site.name}`,
    description: `Every article by ${author.name} on ${site.name}, newest first.`,
    pagePath: authorPageHref(author.id),
    feedPath: authorFeedPath(author.id),
    slugs: graph.articlesBy.authors.get(author.id) ?? [],
  });
  return new Response(feed, { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}
