import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { JsonLd } from '@/components/json-ld';
import { getGraph } from '@/lib/served/graph';
import { listJsonLd } from '@/lib/page-jsonld';
import { indexMetadata } from '@/lib/seo';
import { pageModified } from '@/lib/sitemap';
import { ARTICLES_SUMMARY, articleListProps, articlePageCount, pageParams } from '@/lib/view';

export function generateStaticParams() {
  return pageParams(articlePageCount(getGraph()));
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return indexMetadata('Articles', ARTICLES_SUMMARY, '/articles', Number((await params).n));
}

export default async function ArticlesIndexPage({ params }: Props) {
  const n = Number((await params).n);
  if (!(n >= 1 && n <= articlePageCount(getGraph()))) notFound();
  const view = articleListProps(getGraph(), n);
  return (
    <>
      <JsonLd data={listJsonLd(view, pageModified(getGraph(), view.base))} />
      <ArticleList {...view} />
    </>
  );
}
