import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { getGraph } from '@/lib/graph';
import { indexMetadata } from '@/lib/seo';
import { articleListProps, articlePageCount, pageParams } from '@/lib/view';

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams(articlePageCount(getGraph()));
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return indexMetadata('Articles', 'Every endurance racing report, newest first.', '/articles', Number((await params).n));
}

export default async function ArticlesIndexPage({ params }: Props) {
  const n = Number((await params).n);
  if (!(n >= 1 && n <= articlePageCount(getGraph()))) notFound();
  return <ArticleList {...articleListProps(getGraph(), n)} />;
}
