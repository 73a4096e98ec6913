/** The props of components/author-view.tsx, as lib/view/author.ts fills them. */
import type { ArticleCardProps } from './article-card';
import type { Crumb } from './breadcrumbs';
import type { PictureProps } from './picture';

export interface AuthorViewProps {
  crumbs: Crumb[];
  name: string;
  role?: string;
  bio?: string;
  photo?: PictureProps;
  /** Their profiles elsewhere, with a readable label (the host name). */
  links: { href: string; label: string }[];
  feed: { href: string; label: string };
  total: number;
  page: number;
  pages: number;
  /** Page n of the articles is hrefs[n - 1]. */
  pageHrefs: string[];
  articles: ArticleCardProps[];
}
