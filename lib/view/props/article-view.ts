/** The props of components/article-view.tsx, as lib/view fills them. */
import type { Article } from '../../content/types';
import type { ArticleCardProps } from './article-card';
import type { Crumb } from './breadcrumbs';
import type { ChipGroup } from './entity-chips';
import type { MdxContext } from './mdx-components';

export interface ArticleViewProps
  extends Pick<Article, 'title' | 'description' | 'date' | 'updated' | 'author' | 'lang' | 'readingMinutes'> {
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
