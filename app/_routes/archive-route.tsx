/** The route factory behind the archives of a driver or team (its reports and seasons) and of an event, circuit or series (its editions), page by page. */
import type { ComponentType } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityArchive } from '@/components/entity-archive';
import { HubArchive } from '@/components/hub-archive';
import { SeasonArchive } from '@/components/season-archive';
import type { Graph } from '@/lib/graph';
import { JsonLd } from '@/components/json-ld';
import { listJsonLd } from '@/lib/page-jsonld';
import { pageHref } from '@/lib/routes';
import { getGraph } from '@/lib/served/graph';
import { pageModified } from '@/lib/sitemap';
import type { Crumb } from '@/lib/view/props/breadcrumbs';
import type { EntityArchiveProps } from '@/lib/view/props/entity-archive';
import type { HubArchiveProps } from '@/lib/view/props/hub-archive';
import type { SeasonArchiveProps } from '@/lib/view/props/season-archive';
import { pageMetadata } from '@/lib/seo';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';
import {
  archiveHref,
  archivePageCount,
  archiveParams,
  editionsHref,
  entityArchiveProps,
  hubArchiveProps,
  hubEditionPageCount,
  hubEditionParams,
  seasonArchiveParams,
  seasonArchiveProps,
  seasonPageCount,
  seasonsHref,
} from '@/lib/view';

type ArchiveKind = 'drivers' | 'teams' | 'events' | 'circuits' | 'series';
/** The node of a kind: DriverNode for 'drivers', ... */
type NodeOf<K extends ArchiveKind> = K extends ArchiveKind ? (Graph[K] extends Map<string, infer N> ? N : never) : never;
type PageParam = { id: string; n: string };
type Props = { params: Promise<PageParam> };
type FirstProps = { params: Promise<{ id: string }> };
const withPage1 = async (params: FirstProps['params']): Promise<PageParam> => ({ ...(await params), n: '1' });

interface Archive<K extends ArchiveKind, P extends { crumbs: Crumb[]; base: string }> {
  /** What a page lists, in its title: "<name>: every <noun>". */
  noun: string;
  description: (name: string) => string;
  href: (kind: K, id: string, page: number) => string;
  /** The entity's pages: /page/<n> beyond it is a 404. */
  pages: (graph: Graph, kind: K, id: string) => number;
  /** Every page of every entity, for the static export. */
  params: (graph: Graph, kind: K) => PageParam[];
  /** The param a static export renders (as its 404) when `params` is empty (lib/prerender/policy.ts). */
  placeholder?: PageParam;
  props: (graph: Graph, kind: K, node: NodeOf<K>, page: number) => P;
  View: ComponentType<P>;
  /**
   * Page 1 at `<base>` like an index (`/series/<id>/editions`, `/page/1` canonical to it), with the list's
   * JSON-LD (lib/page-jsonld.ts listJsonLd): then the route also exports `first`, the page at `<base>`.
   */
  listAtBase?: boolean;
}

/**
 * The exports of `/<kind>/<id>/<archive>/page/<n>`: rendered on its first request, then cached; prerendered
 * only in a static export (lib/prerender/policy.ts). An unknown entity or page is a 404 with no metadata.
 */
function archiveRoute<K extends ArchiveKind, P extends { crumbs: Crumb[]; base: string }>(archive: Archive<K, P>) {
  return (kind: K) => {
    const lookup = async (params: Props['params']) => {
      const { id, n } = await params;
      const node = (getGraph()[kind] as Map<string, NodeOf<K>>).get(id);
      // Only a page number as its pages write it: `abc`, `1.5` or `01` is a 404, as is a page past the last.
      const page = /^[1-9]\d*$/.test(n) ? Number(n) : NaN;
      if (!node || !(page >= 1 && page <= archive.pages(getGraph(), kind, id))) return undefined;
      return { node, page };
    };
    const title = (node: NodeOf<K>) => `${node.name}: every ${archive.noun}`;
    const metadata = (node: NodeOf<K>, page: number) =>
      pageMetadata({ title: `${title(node)}${page > 1 ? `, page ${page}` : ''}`, description: archive.description(node.name), path: archive.href(kind, node.id, page) });
    const render = (node: NodeOf<K>, page: number) => {
      const props = archive.props(getGraph(), kind, node, page);
      if (!archive.listAtBase) return <archive.View {...props} />;
      const view = { title: title(node), summary: archive.description(node.name), crumbs: props.crumbs, base: props.base, page };
      return (
        <>
          <JsonLd data={listJsonLd(view, pageModified(getGraph(), pageHref(props.base, page)))} />
          <archive.View {...props} />
        </>
      );
    };
    return {
      generateStaticParams: () => renderedOnFirstRequest(() => archive.params(getGraph(), kind), archive.placeholder),
      generateMetadata: async ({ params }: Props): Promise<Metadata> => {
        const found = await lookup(params);
        return found ? metadata(found.node, found.page) : {};
      },
      Page: async ({ params }: Props) => {
        const found = await lookup(params);
        if (!found) notFound();
        return render(found.node, found.page);
      },
      /** `<base>`, page 1, when `listAtBase`: its own route file (`/<kind>/<id>/editions/page.tsx`). */
      first: {
        generateStaticParams: () =>
          renderedOnFirstRequest(
            () => archive.params(getGraph(), kind).flatMap((p) => (p.n === '1' ? [{ id: p.id }] : [])),
            archive.placeholder && { id: archive.placeholder.id },
          ),
        generateMetadata: async ({ params }: FirstProps): Promise<Metadata> => {
          const found = await lookup(withPage1(params));
          return found ? metadata(found.node, found.page) : {};
        },
        Page: async ({ params }: FirstProps) => {
          const found = await lookup(withPage1(params));
          if (!found || !archive.listAtBase) notFound();
          return render(found.node, found.page);
        },
      },
    };
  };
}

/** `/<kind>/<id>/articles/page/<n>`: every report naming the entity, with its results in each (lib/view/entity.ts). */
export const reportArchiveRoute = archiveRoute<'drivers' | 'teams', EntityArchiveProps>({
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
export const seasonArchiveRoute = archiveRoute<'drivers' | 'teams', SeasonArchiveProps>({
  noun: 'season',
  description: (name) => `${name}'s starts, class wins, podiums, poles and DNFs in every season, series and class, newest first.`,
  href: seasonsHref,
  pages: seasonPageCount,
  params: seasonArchiveParams,
  placeholder: { id: '-', n: '1' },
  props: seasonArchiveProps,
  View: SeasonArchive,
});

/**
 * `/<kind>/<id>/editions` and `…/editions/page/<n>`: every edition of an event, circuit or series whose page shows only the
 * latest (lib/view/hub-editions.ts), with its reports. Most have none, so a static export may need a placeholder.
 */
export const hubArchiveRoute = archiveRoute<'events' | 'circuits' | 'series', HubArchiveProps>({
  noun: 'edition',
  description: (name) => `Every edition of ${name}, newest first, with its class winners, pole sitters and reports.`,
  href: editionsHref,
  pages: hubEditionPageCount,
  params: hubEditionParams,
  placeholder: { id: '-', n: '1' },
  props: hubArchiveProps,
  View: HubArchive,
  listAtBase: true,
});
