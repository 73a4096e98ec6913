/** The content model's types: raw documents, articles, sessions, entries, registries, problems. */
import type { Duration, Gap } from './time';

/** The five kinds of named entity an editor can write in plain text (and describe in a registry file). */
export const ENTITY_KINDS = ['drivers', 'teams', 'events', 'circuits', 'series'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The kinds with a registry folder: the entities, and the people who write the articles. */
export const REGISTRY_KINDS = [...ENTITY_KINDS, 'authors'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export const SESSION_TYPES = ['practice', 'qualifying', 'race'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export type Severity = 'error' | 'warning';

/** One thing wrong with the content, in words an editor understands. */
export interface Problem {
  /** Path relative to the repository, e.g. `content/articles/x.mdx`. */
  file: string;
  /** Field path in the frontmatter or registry file, e.g. `results[0].classes[1].entries[2].time`; `body` for MDX. */
  path: string;
  message: string;
  /** The offending value, when there is one. */
  value?: unknown;
  /** How to fix it. */
  hint?: string;
  line?: number;
  column?: number;
  severity: Severity;
}

/** A reference to an entity as written in an article, resolved to its id. */
export interface Ref {
  id: string;
  /** The spelling used in this article. */
  written: string;
}

export interface DriverRef extends Ref {
  /** FIA driver category (Platinum, Gold, Silver, Bronze) when the article gives one. */
  category?: string;
}

export interface Entry {
  pos?: number;
  overall?: number;
  number?: string;
  team?: Ref;
  car?: Ref;
  drivers: DriverRef[];
  time?: Duration;
  gap?: Gap;
  laps?: number;
  status?: string;
  note?: string;
  /** Official timing only: the fastest lap (FL_TIME) and its lap number (FL_LAPNUM). */
  fastestLap?: Duration;
  fastestLapNumber?: number;
  /** Official timing only: the race time of the car (TOTAL_TIME). */
  totalTime?: Duration;
  /** Official timing only: the line of the classification CSV the entry comes from. */
  line?: number;
}

export interface ClassResult {
  /** Class id, e.g. `lmgte-pro`. */
  id: string;
  /** Class name as published, canonicalised (e.g. `LMGTE Pro`). */
  name: string;
  entries: Entry[];
}

export interface Session {
  /** Id of the session within its article, e.g. `qualifying-1`. */
  id: string;
  name: string;
  type: SessionType;
  at?: string;
  /** `provisional: true`: the order is not final (a first qualifying before the grid is set, results under appeal). */
  provisional?: boolean;
  /** The editor's `id`, folded like an id: ties the reports of one session together. */
  ref?: string;
  classes: ClassResult[];
}

export interface ArticleEvent {
  /** The recurring event. */
  event: Ref;
  year: number;
  series?: Ref;
  circuit?: Ref;
}

/** A photo of content/images/ as an article uses it. */
export interface ArticleImage {
  /** The file name in content/images/. */
  src: string;
  alt: string;
  caption?: string;
  credit: string;
}

export interface Correction {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  text: string;
}

export interface Article {
  slug: string;
  url: string;
  /** Source file relative to the repository. */
  file: string;
  title: string;
  description: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** ISO date of the last update, when the editor gives one. */
  updated?: string;
  /** The byline: each name as written, resolved like a driver's (content/authors/). */
  authors: Ref[];
  /** Dated notices, oldest first. */
  corrections: Correction[];
  /** The lead photo. */
  image?: ArticleImage;
  lang: string;
  tags: string[];
  event?: ArticleEvent;
  sessions: Session[];
  /** mdx-bundler output (function body), rendered on the server. */
  bodyCode: string;
  /** The raw MDX body, for word counts and checks. */
  bodyRaw: string;
  readingMinutes: number;
}

interface RegistryBase {
  id: string;
  file: string;
  name: string;
  aliases: string[];
  distinct: string[];
}
export interface DriverRecord extends RegistryBase {
  nationality?: string;
  born?: string;
}
export interface TeamRecord extends RegistryBase {
  country?: string;
}
export interface EventRecord extends RegistryBase {
  series?: string;
  circuit?: string;
  /** Resolved ids of `series` and `circuit`. */
  seriesId?: string;
  circuitId?: string;
}
export interface CircuitRecord extends RegistryBase {
  country?: string;
  locality?: string;
  lengthKm?: number;
}
export interface SeriesRecord extends RegistryBase {
  shortName?: string;
}
export interface AuthorRecord extends RegistryBase {
  role?: string;
  bio?: string;
  photo?: string;
  links?: string[];
}

export interface Registries {
  drivers: Map<string, DriverRecord>;
  teams: Map<string, TeamRecord>;
  events: Map<string, EventRecord>;
  circuits: Map<string, CircuitRecord>;
  series: Map<string, SeriesRecord>;
  authors: Map<string, AuthorRecord>;
}

/** Everything lib/content hands to lib/graph. */
export interface Content {
  articles: Article[];
  /** The official timing, one report per timing.yaml (lib/content/timing). */
  timing: TimingReport[];
  registries: Registries;
  /** Resolves a name as written (any spelling, alias or id) to the entity id. */
  resolve: (kind: RegistryKind, written: string) => string;
}

/** A document as read from disk or from contentlayer, before validation. */
export interface RawDocument {
  /** Path relative to the repository, e.g. `content/articles/x.mdx`. */
  file: string;
  data: Record<string, unknown>;
}

export interface RawArticle extends RawDocument {
  slug: string;
  bodyRaw: string;
  bodyCode: string;
}

/** A content file as read, for locating problems: its text and where its YAML and body start. */
export interface SourceFile {
  /** Path as shown to editors, e.g. `content/articles/x.mdx`. */
  file: string;
  text: string;
  /** The YAML (frontmatter or registry file) and the line of the file its first line is on. */
  yamlText?: string;
  yamlFirstLine?: number;
  /** Articles: the line of the file the MDX body starts on. */
  bodyLine?: number;
}

/** Official timing (lib/content/timing): one report per timing.yaml, its sessions and their lap summaries. */
export interface CarLapSummary {
  number: string;
  class: string;
  team: string;
  /** Laps completed. */
  laps: number;
  fastest: { lap: number; ms: number; driverId: string } | null;
  /** Laps led in class. */
  lapsLed: number;
  stints: { driverId: string; fromLap: number; toLap: number; laps: number; ms: number }[];
  pitStops: number;
  pitMs: number;
  drivers: { driverId: string; name: string; laps: number; ms: number; lapsLed: number }[];
  /** Position in class at the flag. */
  posAtFlag: number;
}
export interface SessionLapSummary {
  file: string;
  hash: string;
  /** By class, then posAtFlag. */
  cars: CarLapSummary[];
  classes: {
    class: string;
    leaderLaps: number;
    fastest: { number: string; driverId: string; lap: number; ms: number } | null;
  }[];
}
/** A timing file of a session: its path as shown (`content/timing/…/x.CSV`) and its content hash. */
export interface TimingFileRef {
  file: string;
  hash: string;
}
/** One session of a timing.yaml: a report of that session, like an article's. */
export interface TimingSession extends Session {
  /** The classification file, when the session has one: `classes` are its full classification. */
  classification?: TimingFileRef;
  /** The lap analysis, when the session has one, and its summary (driver ids resolved). */
  lapsFile?: TimingFileRef;
  laps?: SessionLapSummary;
  /** Laps and no classification: `classes` are the order at the flag, shown as unofficial and counted nowhere. */
  unofficial?: true;
}
/** A timing.yaml and the files it lists: the official timing of one edition. */
export interface TimingReport {
  /** timing.yaml as shown to editors: `content/timing/8-hours-of-bahrain/2024/timing.yaml`. */
  file: string;
  event: ArticleEvent;
  /** Who published the files (`Al Kamel Systems`). */
  source?: string;
  sessions: TimingSession[];
}
