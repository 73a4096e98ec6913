/** The props of components/article-row.tsx, as lib/view fills them. */

export interface ArticleListItem {
  href: string;
  title: string;
  date: string;
  lang: string;
  kicker?: string;
}
