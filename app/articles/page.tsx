import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { JsonLd } from '@/components/json-ld';
import { getGraph } from '@/lib/served/graph';
import { listJsonLd } from '@/lib/page-jsonld';
import { indexMetadata } from '@/lib/seo';
import { pageModified } from '@/lib/sitemap';
import { ARTICLES_SUMMARY, articleListProps } from '@/lib/view';

export const metadata: Metadata = indexMetadata('Articles', ARTICLES_SUMMARY, '/articles', 1);

export default function ArticlesIndex() {
  const view = articleListProps(getGraph(), 1);
  return (
    <>
      <JsonLd data={listJsonLd(view, pageModified(getGraph(), view.base))} />
      <ArticleList {...view} />
    </>
  );
}
