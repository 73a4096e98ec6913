import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IndexView } from '@/components/index-view';
import { JsonLd } from '@/components/json-ld';
import { getGraph } from '@/lib/served/graph';
import { listJsonLd } from '@/lib/page-jsonld';
import { indexMetadata } from '@/lib/seo';
import { pageModified } from '@/lib/sitemap';
import { indexPageCount, indexViewProps, pageParams } from '@/lib/view';

export function generateStaticParams() {
  return pageParams(indexPageCount(getGraph(), 'teams'));
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = Number((await params).n);
  const view = indexViewProps(getGraph(), 'teams', n);
  return indexMetadata(view.title, view.summary, view.base, n);
}

export default async function TeamsIndexPage({ params }: Props) {
  const n = Number((await params).n);
  if (!(n >= 1 && n <= indexPageCount(getGraph(), 'teams'))) notFound();
  const view = indexViewProps(getGraph(), 'teams', n);
  return (
    <>
      <JsonLd data={listJsonLd(view, pageModified(getGraph(), view.base))} />
      <IndexView {...view} />
    </>
  );
}
