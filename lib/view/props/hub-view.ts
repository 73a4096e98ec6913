/** The props of components/hub-view.tsx, as lib/view fills them. */
import type { ArticleCardProps } from './article-card';
import type { Crumb } from './breadcrumbs';
import type { ChipGroup } from './entity-chips';
import type { RecordsViewProps } from './records-view';

export interface HubEdition {
  /** Anchor id, e.g. the year. */
  anchor: string;
  title: string;
  href?: string;
  meta?: string;
  articles: ArticleCardProps[];
}

export interface HubViewProps {
  crumbs: Crumb[];
  kicker: string;
  name: string;
  summary: string;
  facts: { label: string; value: string }[];
  aliases: string[];
  groups: ChipGroup[];
  /** Roll of honour, pole sitters and qualifying records (events and circuits). */
  records?: RecordsViewProps;
  /** The latest editions; `editionsTotal` counts them all and `editionsArchive` links to the edition pages. */
  editions: HubEdition[];
  editionsTotal?: number;
  editionsArchive?: { href: string; label: string };
  /** The entity as data (`data.json`). */
  data?: { href: string; label: string };
}
