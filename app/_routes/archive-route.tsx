/** The route factory behind the archives of a driver or team: its reports and its seasons, page by page. */
import type { ComponentType } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityArchive } from '@/components/entity-archive';
import { SeasonArchive } from '@/components/season-archive';
import type { DriverNode, Graph, TeamNode } from '@/lib/graph';
import { getGraph } from '@/lib/served/graph';
import { pageMetadata } from '@/lib/seo';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';
import { archiveHref, archivePageCount, archiveParams, entityArchiveProps, seasonArchiveParams, seasonArchiveProps, seasonPageCount, seasonsHref } from '@/lib/view';

type ArchiveKind = 'drivers' | 'teams';
type PageParam = { id: string; n: string };
type Props = { params: Promise<PageParam> };

interface Archive<P extends object> {
  /** What a page lists, in its title: "<name>: every <noun>". */
  noun: string;
  description: (name: string) => string;
  href: (kind: ArchiveKind, id: string, page: number) => string;
  /** The entity's pages: /page/<n> beyond it is a 404. */
  pages: (graph: Graph, kind: ArchiveKind, id: string) => number;
  /** Every page of every entity, for the static export. */
  params: (graph: Graph, kind: ArchiveKind) => PageParam[];
  /** The param a static export renders (as its 404) when `params` is empty (lib/prerender/policy.ts). */
  placeholder?: PageParam;
  props: (graph: Graph, kind: ArchiveKind, node: DriverNode | TeamNode, page: number) => P;
  View: ComponentType<P>;
}

/**
 * The exports of `/<kind>/<id>/<archive>/page/<n>`: rendered on its first request, then cached; prerendered
 * only in a static export (lib/prerender/policy.ts). An unknown entity or page is a 404 with no metadata.
 */
function archiveRoute<P extends object>(archive: Archive<P>) {
  return (kind: ArchiveKind) => {
    const lookup = async (params: Props['params']) => {
      const { id, n } = await params;
      const node = getGraph()[kind].get(id);
      const page = Number(n);
      if (!node || !(page >= 1 && page <= archive.pages(getGraph(), kind, id))) return undefined;
      return { node, page };
    };
    return {
      generateStaticParams: () => renderedOnFirstRequest(() => archive.params(getGraph(), kind), archive.placeholder),
      generateMetadata: async ({ params }: Props): Promise<Metadata> => {
        const found = await lookup(params);
        if (!found) return {};
        const { node, page } = found;
        return pageMetadata({
          title: `${node.name}: every ${archive.noun}${page > 1 ? `, page ${page}` : ''}`,
          description: archive.description(node.name),
          path: archive.href(kind, node.id, page),
        });
      },
      Page: async ({ params }: Props) => {
        const found = await lookup(params);
        if (!found) notFound();
        return <archive.View {...archive.props(getGraph(), kind, found.node, found.page)} />;
      },
    };
  };
}

/** `/<kind>/<id>/articles/page/<n>`: every report naming the entity, with its results in each (lib/view/entity.ts). */
export const reportArchiveRoute = archiveRoute({
  noun: 'report',
  description: (name) => `Every report naming ${name}, newest first, with the results of each session.`,
  href: archiveHref,
  pages: archivePageCount,
  params: archiveParams,
  props: entityArchiveProps,
  View: EntityArchive,
});

/**
 * `/<kind>/<id>/seasons/page/<n>`: every season of an entity whose page shows only the latest
 * (lib/view/seasons.ts). Most have none, so the list can be empty: a static export then renders a placeholder.
 */
export const seasonArchiveRoute = archiveRoute({
  noun: 'season',
  description: (name) => `${name}'s starts, class wins, podiums, poles and DNFs in every season, series and class, newest first.`,
  href: seasonsHref,
  pages: seasonPageCount,
  params: seasonArchiveParams,
  placeholder: { id: '-', n: '1' },
  props: seasonArchiveProps,
  View: SeasonArchive,
});
