/** The props of components/home-view.tsx, as lib/view fills them. */
import type { ArticleCardProps } from './article-card';
import type { ChipGroup } from './entity-chips';

export interface HomeViewProps {
  lead?: ArticleCardProps;
  latest: ArticleCardProps[];
  events: ChipGroup;
  drivers: ChipGroup;
}
