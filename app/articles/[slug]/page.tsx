import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { articleParams } from '@/lib/prerender/params';
import { getArticle, getGraph } from '@/lib/served/graph';
import { articleJsonLd } from '@/lib/page-jsonld';
import { pageMetadata } from '@/lib/seo';
import { articleViewProps, eventLabel } from '@/lib/view';
import { timingEmbeds } from '@/lib/view/timing-embeds';

export function generateStaticParams() {
  return articleParams();
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: article.url,
    lang: article.lang,
    ownImage: true,
    article: {
      publishedTime: article.date,
      modifiedTime: article.updated,
      tags: article.tags,
      section: eventLabel(getGraph(), article),
      authors: article.author ? [article.author] : undefined,
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const view = articleViewProps(getGraph(), article);
  // The official timing its body embeds (<Classification>, <LapChart>), laps read only for a lap chart.
  view.mdx.timing = await timingEmbeds(getGraph(), article);
  return (
    <>
      <JsonLd data={articleJsonLd(getGraph(), article, view.crumbs)} />
      <ArticleView {...view} />
    </>
  );
}
