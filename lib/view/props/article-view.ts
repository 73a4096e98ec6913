/** The props of components/article-view.tsx, as lib/view fills them. */
import type { Article } from '../../content/types';
import type { ArticleCardProps } from './article-card';
import type { Crumb } from './breadcrumbs';
import type { ChipGroup } from './entity-chips';
import type { MdxContext } from './mdx-components';
import type { FigureProps } from './picture';

export interface ArticleViewProps
  extends Pick<Article, 'title' | 'description' | 'date' | 'updated' | 'corrections' | 'lang' | 'readingMinutes'> {
  /** The byline: each author's name and page. */
  authors: { name: string; href: string }[];
  /** The lead photo, with its caption and credit, when the article has one and its file is there. */
  lead?: FigureProps;
  crumbs: Crumb[];
  kicker?: string;
  code: string;
  /** False when the body places the tables itself with <Results />. */
  resultsAfterBody: boolean;
  mdx: MdxContext;
  entities: ChipGroup[];
  related: ArticleCardProps[];
  dataLinks: { json: string; csv: string };
  /** Each session this article reports, as a fact on its edition page, with how many other reports cover it. */
  sessionLinks: { label: string; href: string; kind: string; otherReports: number }[];
}
