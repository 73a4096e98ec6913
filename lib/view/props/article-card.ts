/** The props of components/article-card.tsx, as lib/view fills them. */

export interface CardLeader {
  sessionName: string;
  className: string;
  number?: string;
  label: string;
  time?: { ms: number; digits: number };
}

export interface ArticleCardProps {
  href: string;
  title: string;
  description: string;
  date: string;
  lang: string;
  kicker?: string;
  leaders?: readonly CardLeader[];
  headingLevel?: 'h2' | 'h3';
}
