import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { getGraph } from '@/lib/graph';
import { indexMetadata } from '@/lib/seo';
import { articleListProps } from '@/lib/view';

export const metadata: Metadata = indexMetadata('Articles', 'Every endurance racing report, newest first.', '/articles', 1);

export default function ArticlesIndex() {
  return <ArticleList {...articleListProps(getGraph(), 1)} />;
}
