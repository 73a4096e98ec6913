/** The entity graph's types. */
import type { EntryRecord } from './entry';
import type { SessionIndex, SessionNode } from './session-merge';
import type { StatsIndex } from './stats';
import type { Article, EntityKind } from '../content/types';

export interface EntityNode {
  id: string;
  /** Canonical name: the registry's, else the most used spelling. */
  name: string;
  /** Other spellings: registry aliases and variants seen in articles. */
  aliases: string[];
  /** True when a registry file describes the entity. */
  registered: boolean;
}
export interface DriverNode extends EntityNode {
  nationality?: string;
  born?: string;
}
export interface TeamNode extends EntityNode {
  country?: string;
}
export interface CircuitNode extends EntityNode {
  country?: string;
  locality?: string;
  lengthKm?: number;
}
/** A person who writes for the site (content/authors/<id>.yaml, or a byline without one). */
export interface AuthorNode extends EntityNode {
  role?: string;
  bio?: string;
  /** A file in content/images/. */
  photo?: string;
  /** Their profiles elsewhere (JSON-LD sameAs). */
  links: string[];
}
export interface SeriesNode extends EntityNode {
  shortName?: string;
}
export interface EventNode extends EntityNode {
  seriesId?: string;
  circuitId?: string;
  /** Editions by year, newest first. */
  editions: Edition[];
}
export interface CarNode {
  id: string;
  name: string;
}
export interface ClassNode {
  id: string;
  name: string;
}

/** One running of a recurring event: "24 Hours of Le Mans 2017". */
export interface Edition {
  eventId: string;
  year: number;
  seriesId?: string;
  circuitId?: string;
  /** Slugs, newest first. */
  articles: string[];
  /** Its sessions, each one merged classification from all its reports, in page order. */
  sessions: SessionNode[];
}

export { EntryRecord } from './entry';

/** The kinds whose pages list the articles they appear in. */
export type LinkedKind = EntityKind | 'cars' | 'authors';

export interface Graph {
  /** Newest first. */
  articles: Article[];
  articleBySlug: Map<string, Article>;
  drivers: Map<string, DriverNode>;
  teams: Map<string, TeamNode>;
  events: Map<string, EventNode>;
  circuits: Map<string, CircuitNode>;
  series: Map<string, SeriesNode>;
  cars: Map<string, CarNode>;
  authors: Map<string, AuthorNode>;
  classes: Map<string, ClassNode>;
  entries: EntryRecord[];
  /** Entries by driver/team/car id, newest first. */
  entriesBy: { drivers: Map<string, EntryRecord[]>; teams: Map<string, EntryRecord[]>; cars: Map<string, EntryRecord[]> };
  /** Article slugs by entity id, newest first. */
  articlesBy: Record<LinkedKind, Map<string, string[]>>;
  /**
   * When each entity's page last changed, by entity id: the newest modification (`updated`, else `date`)
   * of the articles it appears in (the sitemap, the feeds, JSON-LD dateModified). Computed once here: at
   * 10,000 articles, working it out from articlesBy for every entity took the sitemap about half a second.
   */
  modifiedBy: Record<LinkedKind, Map<string, string>>;
  /** Editions held at a circuit / in a series, newest first. */
  editionsBy: { circuits: Map<string, Edition[]>; series: Map<string, Edition[]> };
  /** Entity ids by article slug. */
  entitiesOf: Map<string, Record<LinkedKind, string[]>>;
  /** Editions by `<event>/<year>` (editionKey). */
  editions: Map<string, Edition>;
  /** Sessions as facts: every report of one session joined, with one merged classification. */
  sessions: SessionIndex;
  /** Starts, class wins, podiums, poles and DNFs by the contract's rules, per driver, team and car model. */
  stats: StatsIndex;
  /** Resolves a name as written to an entity id (registry aliases included). */
  resolve: (kind: EntityKind, written: string) => string;
}

export type { SessionNode } from './session-merge';
export type { EntityStats, SeasonTally, Tally, EventBest } from './stats';
