/** The props of components/article-card.tsx, as lib/view fills them. */
import type { PictureProps } from './picture';
import type { ClassTag } from './class-badge';

export interface CardLeader {
  sessionName: string;
  className: string;
  classTag: ClassTag;
  number?: string;
  label: string;
  /** Formatted (lib/content/time.ts). */
  time?: string;
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
