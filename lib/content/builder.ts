/** ContentBuilder: validates articles one at a time against the registries, then applies the rules across files. */
import { flat } from './intern';
import type { BodyScan, NameUse } from './mdx';
import { normalizeArticle, type Occurrence } from './normalize';
import { parseRegistries, SINGULAR, type RawRegistryDocument, type Resolver } from './registry';
import { ENTITY_KINDS } from './types';
import { sessionKeys, sessionSlug } from './session-identity';
import { timingTagProblems, type EditionSessionInfo, type TimingTag } from './timing-tag-rules';
import { duplicateSlugProblem, internalProblem } from './builder-problems';
import { nearDuplicateProblems, nearestName, newDriverProblems, unknownDistinctProblems, unusedRegistryProblems } from './cross-file-rules';
import type { Article, Content, EntityKind, Problem, RawArticle, Registries } from './types';
import { readTimingFolder, type TimingFolder, type TimingRead } from './timing/edition';
import type { TimingReport } from './timing/types';
import { timingHash } from './timing/laps-cache';
import { contributionOf, type ArticleContribution, type SessionReport } from './contribution';

/** One timing folder as ContentBuilder.readTiming read it: plain data, which a worker thread can post. */
export type TimingEntry = TimingRead & { hash?: string };

/** See ContentBuilder.exportState(). */
export interface BuilderState {
  first: Record<EntityKind, (readonly [string, Occurrence])[]>;
  driverInSeveral: string[];
  bodyNames: { file: string; use: NameUse }[];
  sessionReports: SessionReport[];
  timingTags: TimingTag[];
  editionSessions: [edition: string, sessions: EditionSessionInfo[]][];
}

export type { ArticleContribution, SessionReport } from './contribution';

/** What ContentBuilder.sessionFacts() hands to the session conflict check. */
export interface SessionFacts {
  /** The files that report a session another file reports too, with that edition (`<event>/<year>`). */
  shared: Map<string, string>;
  /** The official timing, always kept (one small report per edition). */
  timing: readonly TimingReport[];
  /** The valid articles, when the builder keeps them. */
  articles?: readonly Article[];
  reports: readonly SessionReport[];
  eventName(id: string): string;
  normalize(raw: RawArticle): Article | undefined;
}

export interface BuildOptions {
  /**
   * The article bodies as scanned by lib/content/mdx.ts (`scanBody`), by file. With them, buildContent
   * also checks what `<Results>`, `<Driver>` and `<Team>` name. `npm run check` passes them.
   */
  bodies?: ReadonlyMap<string, BodyScan>;
  /** The content directory as shown in messages (default `content`). */
  contentDir?: string;
}

/**
 * buildContent one article at a time, so that a large corpus can be checked without holding every
 * article in memory (`keepArticles: false`). Cross-document rules (near-duplicate names, unknown
 * `<Driver>` names, unused registry files, new drivers) run in finish().
 */
export class ContentBuilder {
  private readonly dir: string;
  private readonly keepArticles: boolean;
  private readonly registries: Registries;
  private readonly resolver: Resolver;
  private readonly problems: Problem[];
  private readonly articles: Article[] = [];
  private readonly slugs = new Map<string, string>();
  /** The first place each entity is named in frontmatter, by kind and id. */
  private readonly first: Record<EntityKind, Map<string, Occurrence>> = {
    drivers: new Map(),
    teams: new Map(),
    events: new Map(),
    circuits: new Map(),
    series: new Map(),
  };
  /** Unregistered drivers named in more than one article. */
  private readonly driverInSeveral = new Set<string>();
  private readonly bodyNames: { file: string; use: NameUse }[] = [];
  private readonly sessionReports: SessionReport[] = [];
  /** `<Classification>` and `<LapChart>` tags, checked in finish() against the sessions of their editions. */
  private readonly timingTags: TimingTag[] = [];
  /** By edition, every reported session (names and classes only), for the timing tags. */
  private readonly editionSessions = new Map<string, EditionSessionInfo[]>();
  private readonly checkSlugs: boolean;
  private readonly timing: TimingReport[] = [];
  /** Editions whose official timing has errors: their <Classification> and <LapChart> are checked once it loads. */
  private readonly brokenTiming = new Set<string>();
  /** Drivers named by official timing: no "new driver" warning for them. */
  private readonly officialDrivers = new Set<string>();
  /** What the articles take from the registries, as a hash (parseRegistries): the key of reuse(). */
  readonly resolution: string;

  constructor(
    rawRegistries: readonly RawRegistryDocument[],
    options: BuildOptions & {
      /** Keep the valid articles for finish() (default true); the check does not need them. */
      keepArticles?: boolean;
      /** Report two articles with the same slug (default true); off when the caller sees only part of the articles. */
      checkSlugs?: boolean;
    } = {},
  ) {
    this.dir = options.contentDir ?? 'content';
    this.keepArticles = options.keepArticles ?? true;
    this.checkSlugs = options.checkSlugs ?? true;
    const { registries, resolver, problems, resolution } = parseRegistries(rawRegistries);
    this.resolution = resolution;
    this.registries = registries;
    this.resolver = resolver;
    this.problems = problems;
  }

  /**
   * Checks one article (and its scanned body, when given). `hints.placeholders: false` tells that the
   * frontmatter text holds no `TODO`.
   */
  add(raw: RawArticle, body?: BodyScan, hints: { placeholders?: boolean; hash?: string } = {}): Article | undefined {
    const { contribution, article } = this.contribute(raw, body, hints);
    if (!this.replay(contribution) || !article || !this.keepArticles) return undefined;
    const kept = fillFromRegistries(article, this.registries);
    this.articles.push(kept);
    return kept;
  }

  /**
   * What one article adds to this builder, worked out without changing it (lib/content/contribution.ts):
   * the check keeps it by the article's digest (lib/check/check-cache.ts) and replays it.
   */
  contribute(raw: RawArticle, body?: BodyScan, hints: { placeholders?: boolean; hash?: string } = {}): { contribution: ArticleContribution; article?: Article } {
    return contributionOf(raw, body, hints, this.resolver, this.keepArticles);
  }

  /**
   * Adds what contribute() worked out for an article (by this builder, or by one with the same
   * registries). False when another article has its slug: then it is not published, and its sessions
   * are not counted.
   */
  replay(c: ArticleContribution): boolean {
    const other = this.checkSlugs ? this.slugs.get(c.slug) : undefined;
    if (other !== undefined) this.problems.push(duplicateSlugProblem(c.file, c.slug, other));
    else this.slugs.set(c.slug, c.file);
    for (const p of c.problems) this.problems.push(p);
    for (const o of c.occurrences) {
      const seen = this.first[o.kind].get(o.id);
      // A copy of the name: as written it is a slice of the file's text, which it would keep in memory.
      if (!seen) this.first[o.kind].set(o.id, { ...o, written: flat(o.written) });
      else if (o.kind === 'drivers' && seen.file !== o.file) this.driverInSeveral.add(o.id);
    }
    if (other === undefined) {
      if (c.report) this.sessionReports.push(c.report);
      for (const [edition, info] of c.sessions) this.noteEditionSession(edition, info);
    }
    for (const use of c.bodyNames) this.bodyNames.push({ file: c.file, use });
    for (const t of c.timingTags) this.timingTags.push(t);
    return other === undefined;
  }

  /**
   * Takes an article that an earlier builder, with the same `resolution`, made from the same file text
   * (a server's reload, lib/served/ (content.ts, production-loader.ts, dev-loader.ts)): only its slug is checked again. It takes no part in the
   * rules across files (session conflicts, near-duplicate names), which the check applies to the whole
   * content before a publish; without it they can only find fewer problems, never more.
   */
  reuse(article: Article): void {
    const other = this.checkSlugs ? this.slugs.get(article.slug) : undefined;
    if (other !== undefined) {
      this.problems.push(duplicateSlugProblem(article.file, article.slug, other));
      return;
    }
    this.slugs.set(article.slug, article.file);
    if (this.keepArticles) this.articles.push(article);
  }

  /**
   * Checks one folder of official timing (timing.yaml and its CSV files) and keeps its report: each of its
   * sessions joins its edition as one more report of that session.
   */
  addTiming(folder: TimingFolder): TimingReport | undefined {
    return this.takeTiming(this.readTiming(folder));
  }

  /**
   * The first half of addTiming: reads a folder against this builder's registries, and changes nothing.
   * A publish does it in a worker thread, and keeps the entry to take again while the folder's files
   * and the resolution stay the same (lib/publish/prepare.ts).
   */
  readTiming(folder: TimingFolder): TimingEntry {
    let read: ReturnType<typeof readTimingFolder>;
    try {
      read = readTimingFolder(folder, this.resolver);
    } catch (error) {
      read = { problems: [internalProblem(folder.file, error)], occurrences: [] };
    }
    // takeTiming uses only the first occurrence of each name: the others need not be kept nor copied.
    const seen = new Set<string>();
    const occurrences = read.occurrences
      .filter((o) => o.id && !seen.has(`${o.kind}:${o.id}`) && seen.add(`${o.kind}:${o.id}`))
      // Copies: a name as written is a slice of the CSV's text, and the entry is kept (megabytes per file).
      .map((o) => ({ ...o, id: flat(o.id), written: flat(o.written) }));
    const problems = read.problems.map((p) => JSON.parse(JSON.stringify(p)) as Problem);
    const entry: TimingEntry = { ...read, problems, occurrences };
    const report = read.report;
    if (report) {
      entry.hash = timingHash([report.file, ...report.sessions.flatMap((s) => [s.classification?.hash ?? '', s.lapsFile?.hash ?? ''])].join('\n') + JSON.stringify(folder.data));
    }
    return entry;
  }

  /** The second half of addTiming: keeps what readTiming read (of this builder, or of one with the same resolution). */
  takeTiming(read: TimingEntry): TimingReport | undefined {
    for (const p of read.problems) this.problems.push(p);
    if (!read.report && read.edition && read.problems.some((p) => p.severity === 'error')) this.brokenTiming.add(read.edition);
    for (const o of read.occurrences) {
      if (!o.id) continue;
      if (o.kind === 'drivers') this.officialDrivers.add(o.id);
      if (!this.first[o.kind].has(o.id)) this.first[o.kind].set(o.id, o);
    }
    const report = read.report;
    if (!report) return undefined;
    this.timing.push(report);
    const keys: string[] = [];
    for (const s of report.sessions) for (const key of sessionKeys(s)) keys.push(key);
    this.sessionReports.push([report.file, `${report.event.event.id}/${report.event.year}`, keys, read.hash]);
    for (const t of report.sessions) {
      this.noteEditionSession(`${report.event.event.id}/${report.event.year}`, {
        slug: sessionSlug(t), names: [t.name], type: t.type, at: t.at, provisional: t.provisional,
        classes: t.classes.map((c) => c.id), classNames: t.classes.map((c) => c.name), laps: t.lapsFile !== undefined,
      });
    }
    return report;
  }

  /** What finish() needs from the articles added so far, to merge the work of several builders. */
  exportState(): BuilderState {
    const first = {} as BuilderState['first'];
    for (const kind of ENTITY_KINDS) first[kind] = [...this.first[kind]];
    return {
      first,
      driverInSeveral: [...this.driverInSeveral],
      bodyNames: this.bodyNames,
      sessionReports: this.sessionReports,
      timingTags: this.timingTags,
      editionSessions: [...this.editionSessions],
    };
  }

  /** Remembers a session of an edition by its names and classes, for the timing tags. */
  private noteEditionSession(edition: string, info: EditionSessionInfo): void {
    const list = this.editionSessions.get(edition);
    if (list) list.push(info);
    else this.editionSessions.set(edition, [info]);
  }

  /**
   * The files that report a session another file reports too (same edition, a shared identity key),
   * with that edition: only those need their results compared, so the check can let every other
   * article go.
   */
  private filesSharingSessions(): Map<string, string> {
    const byKey = new Map<string, string>();
    const shared = new Map<string, string>();
    for (const [file, edition, keys] of this.sessionReports) {
      for (const key of keys) {
        const k = `${edition}|${key}`;
        const other = byKey.get(k);
        if (other === undefined) byKey.set(k, file);
        else if (other !== file) {
          shared.set(other, edition);
          shared.set(file, edition);
        }
      }
    }
    return shared;
  }

  /** Adds another builder's state; builders of consecutive slices of the articles must be imported in order. */
  importState(state: BuilderState): void {
    for (const kind of ENTITY_KINDS) {
      const first = this.first[kind];
      for (const [id, o] of state.first[kind]) {
        const seen = first.get(id);
        if (!seen) first.set(id, o);
        else if (kind === 'drivers' && seen.file !== o.file) this.driverInSeveral.add(id);
      }
    }
    for (const id of state.driverInSeveral) this.driverInSeveral.add(id);
    for (const b of state.bodyNames) this.bodyNames.push(b);
    for (const r of state.sessionReports) this.sessionReports.push(r);
    for (const t of state.timingTags) this.timingTags.push(t);
    for (const [edition, list] of state.editionSessions) for (const info of list) this.noteEditionSession(edition, info);
  }

  /** The problems found so far, handed over once (the check locates them while the file is at hand). */
  drain(): Problem[] {
    return this.problems.splice(0, this.problems.length);
  }

  /**
   * The cross-file rules, and the result. `sessionProblems` are the session conflicts, which a check above
   * the graph finds (lib/check/session-conflicts.ts, from sessionFacts()); they come before the other
   * cross-file problems.
   */
  finish(sessionProblems: readonly Problem[] = []): { content: Content; problems: Problem[] } {
    const { registries, problems, first, dir } = this;
    for (const p of sessionProblems) problems.push(p);
    const bodyUses = this.bodyNameProblems();
    const editionName = (edition: string) => {
      const i = edition.lastIndexOf('/');
      const id = edition.slice(0, i);
      return `${registries.events.get(id)?.name ?? first.events.get(id)?.written ?? id} ${edition.slice(i + 1)}`;
    };
    // A tag of an edition whose timing has errors would only repeat them ("no such session"): those errors
    // are reported, and the tag is checked once the timing loads.
    const tags = this.brokenTiming.size === 0 ? this.timingTags : this.timingTags.filter((t) => t.edition === undefined || !this.brokenTiming.has(t.edition));
    for (const p of timingTagProblems(tags, (e) => this.editionSessions.get(e) ?? [], editionName)) problems.push(p);
    const nearDuplicates = nearDuplicateProblems(registries, first, dir);
    const more = [
      ...nearDuplicates.problems,
      ...unusedRegistryProblems(registries, first, bodyUses),
      ...unknownDistinctProblems(registries, first),
      // A near-duplicate is already reported as an error: no "new driver" warning for it as well.
      ...newDriverProblems(registries, first.drivers, new Set([...this.driverInSeveral, ...nearDuplicates.ids, ...this.officialDrivers]), dir),
    ];
    // A loop, not push(...more): a large corpus can have more problems than a call takes arguments.
    for (const p of more) problems.push(p);
    return { content: this.content(), problems };
  }

  /**
   * The content as finish() gives it, without the rules across files: a publish's server takes it so,
   * once its worker thread has applied them to what changed (lib/publish/prepare-changes.ts).
   */
  content(): Content {
    const articles = this.articles.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
    const resolver = this.resolver;
    const timing = this.timing.sort((a, b) => a.file.localeCompare(b.file));
    return { articles, timing, registries: this.registries, resolve: (kind, written) => resolver.resolve(kind, written) };
  }

  /**
   * What the session conflict check (lib/check/session-conflicts.ts) needs: the files that share a session
   * with another file, by edition; the articles when kept; the session reports with their hashes; the
   * event's name for messages; and how to normalise an article read again.
   */
  sessionFacts(): SessionFacts {
    const eventName = (id: string) => this.registries.events.get(id)?.name ?? this.first.events.get(id)?.written ?? id;
    return {
      shared: this.filesSharingSessions(),
      timing: this.timing,
      articles: this.keepArticles ? this.articles : undefined,
      reports: this.sessionReports,
      eventName,
      normalize: (raw) => normalizeArticle(raw, this.resolver, { build: true }).article,
    };
  }

  /** `<Driver>`/`<Team>` must name an entity with a registry entry or one named in some article's frontmatter. */
  private bodyNameProblems(): Set<string> {
    const uses = new Set<string>();
    for (const { file, use } of this.bodyNames) {
      const id = this.resolver.resolve(use.kind, use.written);
      const tag = use.kind === 'drivers' ? 'Driver' : 'Team';
      if (id && (this.registries[use.kind].has(id) || this.first[use.kind].has(id))) {
        uses.add(`${use.kind}/${id}`);
        continue;
      }
      const guess = nearestName(id, this.registries[use.kind], this.first[use.kind]);
      this.problems.push({
        file,
        path: 'body',
        line: use.line,
        column: use.column,
        message: `<${tag}>${use.written}</${tag}> names no ${SINGULAR[use.kind]} the site knows`,
        value: use.written,
        hint:
          (guess ? `did you mean "${guess}"? ` : '') +
          `a name links to a page when it has a registry entry or appears in some article's results; check the spelling, or add ${this.dir}/${use.kind}/${id || 'name'}.yaml`,
        severity: 'error',
      });
    }
    return uses;
  }
}

/** An event's registry entry supplies the series and circuit an article leaves out. */
function fillFromRegistries(article: Article, registries: Registries): Article {
  const ev = article.event;
  if (!ev) return article;
  const record = registries.events.get(ev.event.id);
  if (!record) return article;
  return {
    ...article,
    event: {
      ...ev,
      series: ev.series ?? (record.series && record.seriesId ? { id: record.seriesId, written: record.series } : undefined),
      circuit:
        ev.circuit ?? (record.circuit && record.circuitId ? { id: record.circuitId, written: record.circuit } : undefined),
    },
  };
}
