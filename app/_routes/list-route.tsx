/** The route factory behind the paginated lists: the index of each kind and the article list, page 1 and /page/<n>. */
import type { ComponentType } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { IndexView } from '@/components/index-view';
import { JsonLd } from '@/components/json-ld';
import type { Graph } from '@/lib/graph';
import { getGraph } from '@/lib/served/graph';
import { listJsonLd } from '@/lib/page-jsonld';
import { indexMetadata } from '@/lib/seo';
import { pageModified } from '@/lib/sitemap';
import { articleListProps, articlePageCount, indexPageCount, indexViewProps, pageParams, type IndexKind } from '@/lib/view';

/** What a list page needs from its view: its title, summary, base path, breadcrumbs and page number. */
type ListView = Parameters<typeof listJsonLd>[0];

interface List<V extends ListView> {
  /** Page `n` of the list (1-based). */
  view: (graph: Graph, n: number) => V;
  /** How many pages the list has: /page/<n> beyond it is a 404. */
  pages: (graph: Graph) => number;
  View: ComponentType<V>;
}

type Props = { params: Promise<{ n: string }> };

/**
 * The exports of a list's two routes: `first` for `/<base>` (page 1), `numbered` for `/<base>/page/<n>`,
 * every page prerendered (lib/view's pageParams). Each route file is its import and three lines.
 */
function listRoute<V extends ListView>(list: List<V>) {
  const metadata = (n: number): Metadata => {
    const view = list.view(getGraph(), n);
    return indexMetadata(view.title, view.summary, view.base, n);
  };
  const render = (n: number) => {
    const view = list.view(getGraph(), n);
    return (
      <>
        <JsonLd data={listJsonLd(view, pageModified(getGraph(), view.base))} />
        <list.View {...view} />
      </>
    );
  };
  return {
    first: {
      generateMetadata: (): Metadata => metadata(1),
      Page: () => render(1),
    },
    numbered: {
      generateStaticParams: () => pageParams(list.pages(getGraph())),
      generateMetadata: async ({ params }: Props): Promise<Metadata> => metadata(Number((await params).n)),
      Page: async ({ params }: Props) => {
        const n = Number((await params).n);
        if (!(n >= 1 && n <= list.pages(getGraph()))) notFound();
        return render(n);
      },
    },
  };
}

/** `/<kind>` and `/<kind>/page/<n>`: the A–Z index of a kind (lib/view/lists.ts). */
export const indexRoute = (kind: IndexKind) =>
  listRoute({ view: (graph, n) => indexViewProps(graph, kind, n), pages: (graph) => indexPageCount(graph, kind), View: IndexView });

/** `/articles` and `/articles/page/<n>`: every report, newest first. */
export const articleListRoute = () => listRoute({ view: articleListProps, pages: articlePageCount, View: ArticleList });
