import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { SessionView } from '@/components/session-view';
import { getEdition, getGraph } from '@/lib/served/graph';
import { newestModified } from '@/lib/modified';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';
import { sessionPageHref } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { sessionJsonLd } from '@/lib/session-jsonld';
import { sessionPageTitle, sessionSummary, sessionViewProps } from '@/lib/view/session';
import { lapSummaryOf, sessionLapsOf, sessionParams } from '@/lib/view/session-data';

// Rendered on its first request, then cached (lib/prerender.ts): a session with laps is the heaviest page
// of the site. dynamicParams keeps its default, true, because a static export refuses it set explicitly.
export function generateStaticParams() {
  return renderedOnFirstRequest(() => sessionParams(getGraph()));
}

type Props = { params: Promise<{ id: string; year: string; session: string }> };

async function lookup(params: Props['params']) {
  const { id, year, session } = await params;
  const edition = getEdition(id, year);
  const node = edition?.sessions.find((s) => s.slug === session);
  return edition && node ? { edition, node } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  if (!found) return {};
  const graph = getGraph();
  return pageMetadata({
    title: `${sessionPageTitle(graph, found.node)}: full classification${lapSummaryOf(found.node) ? ', lap chart and stints' : ''}`,
    description: sessionSummary(graph, found.node, lapSummaryOf(found.node)),
    path: sessionPageHref(found.node),
  });
}

export default async function SessionPage({ params }: Props) {
  const found = await lookup(params);
  if (!found) notFound();
  const { edition, node } = found;
  const graph = getGraph();
  const view = sessionViewProps(graph, edition, node, await sessionLapsOf(node, getGraph()));
  const ld = { crumbs: view.crumbs, title: sessionPageTitle(graph, node), summary: view.summary, dateModified: newestModified(graph, node.reports) };
  return (
    <>
      <JsonLd data={sessionJsonLd(graph, edition, node, ld)} />
      <SessionView {...view} />
    </>
  );
}
