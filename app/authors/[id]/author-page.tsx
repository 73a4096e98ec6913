import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorView } from '@/components/author-view';
import { JsonLd } from '@/components/json-ld';
import { getGraph } from '@/lib/served/graph';
import { authorPageJsonLd } from '@/lib/page-jsonld';
import { entityModified } from '@/lib/modified';
import { pageMetadata } from '@/lib/seo';
import { authorFeedPath, authorPageCount, authorPageHref, authorSummary, authorViewProps } from '@/lib/view/author';

/** Page `n` of an author (app/authors/[id] and its /page/[n]): undefined when there is no such page. */
function lookup(id: string, n: number) {
  const graph = getGraph();
  const node = graph.authors.get(id);
  if (!node || !(Number.isInteger(n) && n >= 1 && n <= authorPageCount(graph, id))) return undefined;
  return { graph, node, n };
}

export function authorMetadata(id: string, n: number): Metadata {
  const found = lookup(id, n);
  if (!found) return {};
  const { graph, node } = found;
  return pageMetadata({
    title: n > 1 ? `${node.name}, page ${n}` : `${node.name}${node.role ? `, ${node.role}` : ''}`,
    description: authorSummary(graph, node),
    path: authorPageHref(id, n),
    feeds: [{ title: `${node.name} on Endurance Desk`, path: authorFeedPath(id) }],
  });
}

export function AuthorPage({ id, n }: { id: string; n: number }) {
  const found = lookup(id, n);
  if (!found) notFound();
  const { graph, node } = found;
  const view = authorViewProps(graph, node, n);
  const info = { crumbs: view.crumbs, summary: authorSummary(graph, node), dateModified: entityModified(graph, 'authors', id), path: authorPageHref(id, n) };
  return (
    <>
      <JsonLd data={authorPageJsonLd(graph, id, info)} />
      <AuthorView {...view} />
    </>
  );
}
