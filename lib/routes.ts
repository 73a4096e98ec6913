import type { LinkedKind } from './graph/types';

/** The URL scheme of content-format.md, in one place. */
export function entityHref(kind: Exclude<LinkedKind, 'cars'>, id: string): string {
  return `/${kind}/${id}`;
}

export function articleHref(slug: string): string {
  return `/articles/${slug}`;
}

/** Page n (1-based) of a paginated index: `/drivers`, `/drivers/page/2`, ... */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
}
