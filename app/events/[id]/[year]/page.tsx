import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditionView } from '@/components/edition-view';
import { JsonLd } from '@/components/json-ld';
import { editionParams } from '@/lib/prerender/params';
import { getEdition, getGraph } from '@/lib/served/graph';
import { editionJsonLd } from '@/lib/page-jsonld';
import { newestModified } from '@/lib/modified';
import { editionHref } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { editionSummary, editionTitle, editionViewProps } from '@/lib/view';

export function generateStaticParams() {
  return editionParams();
}

type Props = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, year } = await params;
  const edition = getEdition(id, year);
  if (!edition) return {};
  const graph = getGraph();
  return pageMetadata({ title: `${editionTitle(graph, edition)}: results of every session`, description: editionSummary(graph, edition), path: editionHref(id, edition.year) });
}

export default async function EditionPage({ params }: Props) {
  const { id, year } = await params;
  const edition = getEdition(id, year);
  if (!edition) notFound();
  const graph = getGraph();
  const view = editionViewProps(graph, edition);
  const page = { crumbs: view.crumbs, summary: view.summary, dateModified: newestModified(graph, edition.articles) };
  return (
    <>
      <JsonLd data={editionJsonLd(graph, edition, page)} />
      <EditionView {...view} />
    </>
  );
}
