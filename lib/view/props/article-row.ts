/** The props of components/article-row.tsx, as lib/view fills them. */
import type { PictureProps } from './picture';

export interface ArticleListItem {
  href: string;
  title: string;
  date: string;
  lang: string;
  kicker?: string;
  /** The lead photo as a small thumbnail, when the article has one. */
  thumb?: PictureProps;
}
