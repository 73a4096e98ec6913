/** Author pages (`/authors/<id>`, their later pages and feed) and the byline's links. */
import type { AuthorViewProps } from './props/author-view';
import type { AuthorNode, Graph } from '../graph/types';
import { entityHref } from '../routes';
import { articleCards } from './shared';
import { pictureProps } from './picture';

/** Articles on each page of an author. */
export const AUTHOR_PAGE_SIZE = 24;

/** Page n of an author: `/authors/<id>`, then `/authors/<id>/page/<n>`. */
export function authorPageHref(id: string, page = 1): string {
  return page <= 1 ? entityHref('authors', id) : `${entityHref('authors', id)}/page/${page}`;
}

export function authorFeedPath(id: string): string {
  return `${entityHref('authors', id)}/feed.xml`;
}

export function authorPageCount(graph: Graph, id: string): number {
  return Math.max(1, Math.ceil((graph.articlesBy.authors.get(id)?.length ?? 0) / AUTHOR_PAGE_SIZE));
}

/**
 * Static params of every page of every author, `/authors/<id>/page/<n>`; page 1 duplicates the author's
 * own URL, which is its canonical (like the indexes' page 1).
 */
export function authorPageParams(graph: Graph): { id: string; n: string }[] {
  const out: { id: string; n: string }[] = [];
  for (const id of graph.authors.keys()) for (let n = 1; n <= authorPageCount(graph, id); n++) out.push({ id, n: String(n) });
  return orPlaceholder(out, { id: NO_AUTHOR, n: '1' });
}

/** Static params of the author pages and feeds. */
export function authorParams(graph: Graph): { id: string }[] {
  return orPlaceholder([...graph.authors.keys()].map((id) => ({ id })), { id: NO_AUTHOR });
}

/**
 * A static export refuses a dynamic route without params, and content may have no author yet: the export
 * then writes one "not found" page in their place, under an id no author can have (ids are never `-`).
 */
export const NO_AUTHOR = '-';
function orPlaceholder<T>(params: T[], placeholder: T): T[] {
  return params.length === 0 && process.env.NEXT_OUTPUT === 'export' ? [placeholder] : params;
}

/** "Chief correspondent. 12 articles on Endurance Desk." */
export function authorSummary(graph: Graph, node: AuthorNode): string {
  const count = graph.articlesBy.authors.get(node.id)?.length ?? 0;
  const bio = node.bio ? `${node.bio} ` : node.role ? `${node.role}. ` : '';
  return `${bio}${count} article${count === 1 ? '' : 's'} by ${node.name}, newest first.`.slice(0, 200);
}

/** A profile's label: its host without `www.` (`x.com`, `linkedin.com`). */
function linkLabel(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}

export function authorViewProps(graph: Graph, node: AuthorNode, page: number): AuthorViewProps {
  const slugs = graph.articlesBy.authors.get(node.id) ?? [];
  const pages = authorPageCount(graph, node.id);
  const photo = node.photo ? pictureProps(node.photo, `${node.name}`, 'thumb') : undefined;
  return {
    crumbs: [
      { href: '/', label: 'Home' },
      { href: '/authors', label: 'Authors' },
      ...(page > 1 ? [{ href: authorPageHref(node.id), label: node.name }, { label: `Page ${page}` }] : [{ label: node.name }]),
    ],
    name: node.name,
    role: node.role,
    bio: node.bio,
    photo,
    links: node.links.map((href) => ({ href, label: linkLabel(href) })),
    feed: { href: authorFeedPath(node.id), label: `RSS feed of ${node.name}'s articles` },
    total: slugs.length,
    page,
    pages,
    pageHrefs: Array.from({ length: pages }, (_, i) => authorPageHref(node.id, i + 1)),
    articles: articleCards(graph, slugs.slice((page - 1) * AUTHOR_PAGE_SIZE, page * AUTHOR_PAGE_SIZE), 'h3', false),
  };
}
