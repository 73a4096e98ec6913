/** What every archive page of an entity shares: crumbs back to it, its name and link, the counts and the pager's base. */
import type { LinkedKind } from '../graph';
import { entityHref } from '../routes';
import type { EntityArchiveProps } from './props/entity-archive';

/**
 * The frame of page `page` of `pages` of an entity's archive: `what` names the archive ("Reports",
 * "Seasons", "Editions") and `suffix` is its path under the entity's page (`articles`, `seasons`, `editions`).
 */
export function archiveFrame(o: {
  kind: Exclude<LinkedKind, 'cars'>;
  kindTitle: string;
  node: { id: string; name: string };
  what: string;
  suffix: string;
  total: number;
  page: number;
  pages: number;
}): Omit<EntityArchiveProps, 'items'> {
  const href = entityHref(o.kind, o.node.id);
  return {
    crumbs: [
      { href: '/', label: 'Home' },
      { href: `/${o.kind}`, label: o.kindTitle },
      { href, label: o.node.name },
      { label: o.pages > 1 ? `${o.what}, page ${o.page}` : o.what },
    ],
    name: o.node.name,
    href,
    total: o.total,
    page: o.page,
    pages: o.pages,
    base: `${href}/${o.suffix}`,
  };
}
