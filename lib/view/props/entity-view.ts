/** The props of components/entity-view.tsx, as lib/view fills them. */
import type { AtTheWheelProps } from './at-the-wheel';
import type { ArticleCardProps } from './article-card';
import type { Crumb } from './breadcrumbs';
import type { ChipGroup } from './entity-chips';
import type { SeasonRow } from './season-table';

export type { SeasonRow } from './season-table';

export interface EntityViewProps {
  crumbs: Crumb[];
  kicker: string;
  name: string;
  /** One-sentence summary, also the meta description. */
  summary: string;
  /** ISO country code of a driver's nationality or a team's base. */
  country?: string;
  /** The country's English name. */
  countryName?: string;
  countryLabel?: string;
  born?: string;
  aliases: string[];
  stats: { label: string; value: string | number }[];
  best: { label: string; value: string; href: string }[];
  groups: ChipGroup[];
  /** A driver's figures from the official lap analyses; absent for a driver without laps. */
  atTheWheel?: AtTheWheelProps;
  /** The statistics by season: one row per year × series × class, newest first (the latest of them). */
  seasons?: SeasonRow[];
  /** The rows the career chart draws (its busiest lanes), every row's count, and where all of them are. */
  seasonsChart?: SeasonRow[];
  seasonsTotal?: number;
  seasonsArchive?: { href: string; label: string };
  /** Head to head against the drivers met most often (driver pages). */
  rivals?: RivalRow[];
  /** The best race finish at each event. */
  eventBests?: { label: string; value: string; href: string }[];
  /** The latest appearances (`shown` of `total`), as one HTML table (lib/view/html/appearance-table.ts). */
  appearances: { shown: number; total: number; html: string };
  /** The latest reports; `articlesTotal` counts them all and `archive` links to the paginated list. */
  articles: ArticleCardProps[];
  articlesTotal?: number;
  archive?: { href: string; label: string };
  /** The entity's own feed, for readers who follow one driver or team. */
  feed?: { href: string; label: string };
  /** The entity as data (`data.json`). */
  data?: { href: string; label: string };
}

export interface RivalRow {
  href: string;
  name: string;
  meetings: number;
  wins: number;
  losses: number;
  sessions: { href: string; label: string; result: string }[];
}
