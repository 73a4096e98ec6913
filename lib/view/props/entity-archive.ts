/** The props of components/entity-archive.tsx, as lib/view fills them. */
import type { ClassTag } from './class-badge';
import type { ArticleListItem } from './article-row';
import type { Crumb } from './breadcrumbs';

export interface EntityArchiveItem extends ArticleListItem {
  /** The driver's or team's results in this report. */
  results: { session: string; className: string; classTag: ClassTag; result: string; number?: string }[];
}

export interface EntityArchiveProps {
  crumbs: Crumb[];
  name: string;
  /** The driver's or team's own page. */
  href: string;
  total: number;
  page: number;
  pages: number;
  /** `/drivers/<id>/articles`: page n is `<base>/page/<n>`. */
  base: string;
  items: EntityArchiveItem[];
}
