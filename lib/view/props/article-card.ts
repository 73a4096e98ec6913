/** The props of components/article-card.tsx, as lib/view fills them. */
import type { PictureProps } from './picture';

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
  /** The article's lead photo as a 16:9 thumbnail, when it has one. */
  thumb?: PictureProps;
}
