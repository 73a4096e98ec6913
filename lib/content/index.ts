import { createHash } from 'node:crypto';
import { resolveClass } from './classes';
import { flat } from './intern';
import type { BodyScan, NameUse, ResultsUse } from './mdx';
import { editDistance, findNearDuplicates, toId } from './names';
import { normalizeArticle, type Occurrence } from './normalize';
import { parseRegistries, SINGULAR, type RawRegistryDocument, type Resolver } from './registry';
import { ENTITY_KINDS } from './types';
import { sessionKeys } from './sessions';
import { buildSessions, type Conflict } from '../graph/sessions';
import type { Article, Content, EntityKind, Problem, RawArticle, Registries } from './types';

export { ContentError, formatProblem } from './problems';
export type { RawRegistryDocument } from './registry';
export type { BodyScan } from './mdx';
export * from './types';

/** See ContentBuilder.exportState(). */
export interface BuilderState {
  first: Record<EntityKind, (readonly [string, Occurrence])[]>;
  driverInSeveral: string[];
  bodyNames: { file: string; use: NameUse }[];
  sessionReports: SessionReport[];
}

/**
 * Which edition and session identity keys an article's sessions have: enough to find the sessions
 * reported twice. With the hash of the file's text when the check knows it (for ConflictCache).
 */
type SessionReport = [file: string, edition: string, keys: string[], hash?: string];

/**
 * Where the check keeps the session conflicts of each edition's reports (lib/content/check-cache.ts),
 * so that a check reads again only the reports of the editions whose files changed. `salt` stands for
 * everything else the result depends on: the checker's code and the registries.
 */
export interface ConflictCache {
  salt: string;
  get(key: string): Problem[] | undefined;
  put(key: string, problems: readonly Problem[]): void;
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


/** Longer descriptions are cut off in search results. */
const SEARCH_SNIPPET_LENGTH = 160;

/**
 * Validates and resolves all content at once. Returns every problem found (errors and warnings);
 * `content` holds only the articles that are valid.
 */
export function buildContent(
  rawArticles: readonly RawArticle[],
  rawRegistries: readonly RawRegistryDocument[],
  options: BuildOptions = {},
): { content: Content; problems: Problem[] } {
  const builder = new ContentBuilder(rawRegistries, options);
  for (const raw of rawArticles) builder.add(raw, options.bodies?.get(raw.file));
  return builder.finish();
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
  private readonly checkSlugs: boolean;
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
    let kept: Article | undefined;
    const problems = this.problems;
    let publishable = true;
    const other = this.checkSlugs ? this.slugs.get(raw.slug) : undefined;
    if (other !== undefined) {
      publishable = false;
      problems.push(duplicateSlugProblem(raw.file, raw.slug, other));
    } else this.slugs.set(raw.slug, raw.file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw.slug)) {
      publishable = false;
      problems.push({
        file: raw.file,
        path: '(file name)',
        message: `"${raw.slug}" cannot be a page address: use lower-case letters, digits and dashes only`,
        value: raw.slug,
        hint: `rename the file to ${toId(raw.slug) || 'a-name'}.mdx`,
        severity: 'error',
      });
    }
    let result: ReturnType<typeof normalizeArticle>;
    try {
      result = normalizeArticle(raw, this.resolver, { build: this.keepArticles, placeholders: hints.placeholders });
    } catch (error) {
      // A bug in the checker must not hide the other files' problems, nor print a stack trace.
      result = { problems: [internalProblem(raw.file, error)], occurrences: [] };
    }
    for (const p of result.problems) problems.push(p);
    for (const o of result.occurrences) {
      if (!o.id) continue;
      const seen = this.first[o.kind].get(o.id);
      // A copy of the name: as written it is a slice of the file's text, which it would keep in memory.
      if (!seen) this.first[o.kind].set(o.id, { ...o, written: flat(o.written) });
      else if (o.kind === 'drivers' && seen.file !== o.file) this.driverInSeveral.add(o.id);
    }
    if (result.article && publishable && this.keepArticles) {
      kept = fillFromRegistries(result.article, this.registries);
      this.articles.push(kept);
    }
    if (result.problems.length === 0 && publishable) this.noteSessions(raw, hints.hash);
    const description = raw.data.description;
    if (result.problems.length === 0 && typeof description === 'string' && description.trim().length > SEARCH_SNIPPET_LENGTH) {
      problems.push({
        file: raw.file,
        path: 'description',
        message: `is ${description.trim().length} characters long; search engines cut it at about ${SEARCH_SNIPPET_LENGTH}`,
        hint: 'put the essential words first, or shorten it',
        severity: 'warning',
      });
    }
    if (body) {
      for (const p of body.problems) problems.push(p);
      problems.push(...resultsProblems(raw, body.results));
      for (const use of body.names) this.bodyNames.push({ file: raw.file, use });
    }
    return kept;
  }

  /**
   * Takes an article that an earlier builder, with the same `resolution`, made from the same file text
   * (a server's reload, lib/content/load.ts): only its slug is checked again. It takes no part in the
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

  /** What finish() needs from the articles added so far, to merge the work of several builders. */
  exportState(): BuilderState {
    const first = {} as BuilderState['first'];
    for (const kind of ENTITY_KINDS) first[kind] = [...this.first[kind]];
    return { first, driverInSeveral: [...this.driverInSeveral], bodyNames: this.bodyNames, sessionReports: this.sessionReports };
  }

  /** Remembers the session identities of a valid article (not its results), for sessionConflicts(). */
  private noteSessions(raw: RawArticle, hash: string | undefined): void {
    const { event, results, date } = raw.data as { event?: { name?: unknown; year?: unknown }; results?: unknown; date?: unknown };
    if (!event || typeof event.name !== 'string' || !Array.isArray(results)) return;
    const year = typeof event.year === 'number' ? event.year : Number(String(date instanceof Date ? date.toISOString() : date).slice(0, 4));
    const edition = `${this.resolver.resolve('events', event.name)}/${year}`;
    const keys: string[] = [];
    for (const r of results as Record<string, unknown>[]) {
      const ref = typeof r.id === 'string' ? toId(r.id) : undefined;
      for (const key of sessionKeys({ name: String(r.session).trim(), type: r.type as 'race', at: typeof r.at === 'string' ? r.at.trim() : undefined, provisional: r.provisional === true, ref })) {
        keys.push(key);
      }
    }
    if (keys.length > 0) this.sessionReports.push(hash === undefined ? [raw.file, edition, keys] : [raw.file, edition, keys, hash]);
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
  }

  /** The problems found so far, handed over once (the check locates them while the file is at hand). */
  drain(): Problem[] {
    return this.problems.splice(0, this.problems.length);
  }

  /**
   * `reread` gives the article of a file again when the builder did not keep the articles (the check):
   * the reports of a session shared by several files are compared then.
   */
  finish(reread?: (file: string) => RawArticle | undefined, cache?: ConflictCache): { content: Content; problems: Problem[] } {
    const { registries, problems, first, dir } = this;
    for (const p of this.sessionConflictProblems(reread, cache)) problems.push(p);
    const bodyUses = this.bodyNameProblems();
    const nearDuplicates = nearDuplicateProblems(registries, first, dir);
    const more = [
      ...nearDuplicates.problems,
      ...unusedRegistryProblems(registries, first, bodyUses),
      ...unknownDistinctProblems(registries, first),
      // A near-duplicate is already reported as an error: no "new driver" warning for it as well.
      ...newDriverProblems(registries, first.drivers, new Set([...this.driverInSeveral, ...nearDuplicates.ids]), dir),
    ];
    // A loop, not push(...more): a large corpus can have more problems than a call takes arguments.
    for (const p of more) problems.push(p);
    const articles = this.articles.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
    const resolver = this.resolver;
    return { content: { articles, registries, resolve: (kind, written) => resolver.resolve(kind, written) }, problems };
  }

  private sessionConflictProblems(reread?: (file: string) => RawArticle | undefined, cache?: ConflictCache): Problem[] {
    const files = this.filesSharingSessions();
    if (files.size === 0) return [];
    const eventName = (id: string) => this.registries.events.get(id)?.name ?? this.first.events.get(id)?.written ?? id;
    const conflicts = (articles: readonly Article[]) => buildSessions(articles, eventName).conflicts.map(conflictProblem);
    if (this.keepArticles) return conflicts(this.articles.filter((a) => files.has(a.file)));
    const normalized = (list: readonly string[]) => {
      const articles: Article[] = [];
      for (const file of [...list].sort()) {
        const raw = reread?.(file);
        if (!raw) continue;
        const { article } = normalizeArticle(raw, this.resolver, { build: true });
        if (article) articles.push(article);
      }
      return articles;
    };
    if (!cache) return conflicts(normalized([...files.keys()]));
    // Sessions are an edition's: its reports are compared among themselves, and kept by the hashes of
    // their files, so only an edition with a changed, added or removed report is read again.
    const hashes = new Map(this.sessionReports.map(([file, , , hash]) => [file, hash]));
    const editions = new Map<string, string[]>();
    for (const [file, edition] of files) (editions.get(edition) ?? editions.set(edition, []).get(edition)!).push(file);
    const problems: Problem[] = [];
    for (const [edition, list] of editions) {
      const sorted = [...list].sort();
      const known = sorted.every((f) => hashes.get(f) !== undefined);
      const eventId = edition.slice(0, edition.lastIndexOf('/'));
      const key = known ? conflictKey(cache.salt, edition, eventName(eventId), sorted.map((f) => `${f}\0${hashes.get(f)}`)) : undefined;
      const kept = key ? cache.get(key) : undefined;
      const found = kept ?? conflicts(normalized(sorted));
      if (key && !kept) cache.put(key, found);
      for (const p of found) problems.push(p);
    }
    return problems;
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

function nearDuplicateProblems(
  registries: Registries,
  firstByKind: Record<EntityKind, Map<string, Occurrence>>,
  dir: string,
): { problems: Problem[]; ids: Set<string> } {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const kind of ENTITY_KINDS) {
    const first = firstByKind[kind];
    const registry = registries[kind];
    const candidates = new Set<string>([...registry.keys(), ...first.keys()]);
    const distinct: [string, string][] = [];
    for (const record of registry.values()) for (const d of record.distinct) distinct.push([record.id, d]);
    for (const pair of findNearDuplicates([...candidates], { people: kind === 'drivers', distinct })) {
      // Report at the spelling without a registry entry (the likely typo), else at the one named later.
      const aRegistered = registry.has(pair.a);
      const [keep, odd] =
        aRegistered !== registry.has(pair.b)
          ? aRegistered
            ? [pair.a, pair.b]
            : [pair.b, pair.a]
          : (registry.get(pair.a)?.file ?? first.get(pair.a)?.file ?? '') <= (registry.get(pair.b)?.file ?? first.get(pair.b)?.file ?? '')
            ? [pair.a, pair.b]
            : [pair.b, pair.a];
      if (kind === 'drivers') ids.add(odd);
      const oddPlace = first.get(odd);
      const keepRecord = registry.get(keep);
      const oddRecord = registry.get(odd);
      const keepName = keepRecord?.name ?? first.get(keep)?.written ?? keep;
      const oddName = oddRecord?.name ?? oddPlace?.written ?? odd;
      const registryFile = keepRecord?.file ?? `${dir}/${kind}/${keep}.yaml`;
      const keepPlace = keepRecord ? keepRecord.file : first.get(keep)?.file;
      problems.push({
        file: oddRecord?.file ?? oddPlace?.file ?? registryFile,
        path: oddRecord ? 'name' : (oddPlace?.path ?? 'name'),
        message: `"${oddName}" looks like the same ${SINGULAR[kind]} as "${keepName}"${keepPlace ? ` (${keepPlace})` : ''}`,
        hint: keepRecord
          ? `if it is the same ${SINGULAR[kind]}, add "${oddName}" to aliases in ${registryFile}; ` +
            `if not, add distinct: [${odd}] to that file`
          : `if it is the same ${SINGULAR[kind]}, correct the spelling, or create ${registryFile} with name: ${keepName} and aliases: [${oddName}]; ` +
            `if not, create it with distinct: [${odd}]`,
        severity: 'error',
      });
    }
  }
  return { problems, ids };
}

function unusedRegistryProblems(
  registries: Registries,
  first: Record<EntityKind, Map<string, Occurrence>>,
  bodyUses: ReadonlySet<string>,
): Problem[] {
  const used = new Set(bodyUses);
  for (const kind of ENTITY_KINDS) for (const id of first[kind].keys()) used.add(`${kind}/${id}`);
  // Events name their series and circuit.
  for (const ev of registries.events.values()) {
    if (!used.has(`events/${ev.id}`)) continue;
    if (ev.seriesId) used.add(`series/${ev.seriesId}`);
    if (ev.circuitId) used.add(`circuits/${ev.circuitId}`);
  }
  const problems: Problem[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const record of registries[kind].values()) {
      if (used.has(`${kind}/${record.id}`)) continue;
      problems.push({
        file: record.file,
        path: 'name',
        message: `no article names this ${SINGULAR[kind]} yet`,
        value: record.name,
        hint: 'this is fine for a new entry; check the spelling if you expected it to be used',
        severity: 'warning',
      });
    }
  }
  return problems;
}

/** The key of an edition's conflicts: the salt, the edition, its event's name and its reports' files and hashes. */
function conflictKey(salt: string, edition: string, eventName: string, files: readonly string[]): string {
  return createHash('sha256').update([salt, edition, eventName, ...files].join('\n')).digest('hex');
}

/** Two reports of one session that give the same car different facts. */
export function conflictProblem(c: Conflict): Problem {
  return {
    file: c.other.file,
    path: c.other.path,
    message: `${c.car} has ${c.field} ${c.other.value} here, but ${c.kept.value} in ${c.kept.file} (${c.kept.path}), a report of the same session (${c.session})`,
    hint:
      'correct the report that is wrong; if this order is not final, mark the session provisional: true; ' +
      'if the two are different sessions, give each its own id',
    severity: 'error',
  };
}

/** Two articles with the same file name (in different folders) would have the same URL. */
export function duplicateSlugProblem(file: string, slug: string, other: string): Problem {
  return {
    file,
    path: '(file name)',
    message: `gives the same page address /articles/${slug} as ${other}`,
    hint: 'two articles cannot share a file name, even in different folders: rename one of them',
    severity: 'error',
  };
}

function internalProblem(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    file,
    path: '(file)',
    message: `the check could not finish this file (${message})`,
    hint: 'this is a bug in the checker, not in the article: please report it with this file',
    severity: 'error',
  };
}

/** `<Results session="…" class="…" />` must name a session and class of the article's frontmatter. */
function resultsProblems(raw: RawArticle, uses: readonly ResultsUse[]): Problem[] {
  if (uses.length === 0) return [];
  const problems: Problem[] = [];
  const sessions = sessionsOf(raw.data);
  for (const use of uses) {
    const at = { file: raw.file, path: 'body', line: use.line, column: use.column };
    const tag = `<Results${use.session !== undefined ? ` session="${use.session}"` : ''}${use.class !== undefined ? ` class="${use.class}"` : ''} />`;
    if (sessions.length === 0) {
      problems.push({
        ...at,
        message: `${tag} has nothing to show: the frontmatter has no results`,
        hint: 'add the results to the frontmatter (results:), or remove the tag',
        severity: 'error',
      });
      continue;
    }
    // A session or class without a valid name is reported in the frontmatter; do not guess here.
    if (sessions.some((s) => !s.complete)) continue;
    let chosen = sessions;
    if (use.session !== undefined) {
      const wanted = use.session.trim();
      chosen = sessions.filter((s) => s.name === wanted);
      if (chosen.length === 0) {
        const near = sessions.find((s) => toId(s.name) === toId(wanted));
        problems.push({
          ...at,
          message: `${tag} names a session this article does not have`,
          value: use.session,
          hint: near
            ? `write the name exactly as in the frontmatter: session="${near.name}"`
            : `the sessions in the frontmatter are ${sessions.map((s) => `"${s.name}"`).join(', ')}`,
          severity: 'error',
        });
        continue;
      }
    }
    if (use.class !== undefined) {
      const id = resolveClass(use.class).id;
      if (!chosen.some((s) => s.classes.includes(id))) {
        const classes = [...new Set(chosen.flatMap((s) => s.classNames))].join(', ');
        problems.push({
          ...at,
          message: `${tag} names a class that ${use.session !== undefined ? 'this session does not have' : 'no session of this article has'}`,
          value: use.class,
          hint: `the classes are ${classes || '(none)'}`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

interface SessionNames {
  name: string;
  classes: string[];
  classNames: string[];
  /** False when the session's name or a class name is missing or not text. */
  complete: boolean;
}

/** Session names and class ids, read defensively from the raw frontmatter (it may be invalid). */
function sessionsOf(data: Record<string, unknown>): SessionNames[] {
  const results = data.results;
  if (!Array.isArray(results)) return [];
  const out: SessionNames[] = [];
  for (const s of results as unknown[]) {
    if (s === null || typeof s !== 'object') continue;
    const { session, classes } = s as { session?: unknown; classes?: unknown };
    const names = (Array.isArray(classes) ? (classes as unknown[]) : []).map((c) =>
      c !== null && typeof c === 'object' ? (c as { class?: unknown }).class : undefined,
    );
    const infos = names.filter((c): c is string => typeof c === 'string').map((c) => resolveClass(c));
    out.push({
      name: typeof session === 'string' ? session.trim() : '',
      classes: infos.map((i) => i.id),
      classNames: infos.map((i) => i.name),
      complete: typeof session === 'string' && Array.isArray(classes) && infos.length === names.length,
    });
  }
  return out;
}

/** The known name closest to an unknown id (edit distance at most 3), for a "did you mean". */
function nearestName(id: string, registry: ReadonlyMap<string, { name: string }>, named: ReadonlyMap<string, Occurrence>): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  const consider = (candidate: string, name: string) => {
    if (Math.abs(candidate.length - id.length) >= bestDistance) return;
    const d = editDistance(id, candidate, bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  };
  for (const [candidate, record] of registry) consider(candidate, record.name);
  for (const [candidate, o] of named) consider(candidate, o.written.trim());
  return best;
}

/** `distinct: [id]` naming an id that neither a registry file nor any article uses: most likely a typo. */
function unknownDistinctProblems(registries: Registries, first: Record<EntityKind, Map<string, Occurrence>>): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const record of registries[kind].values()) {
      record.distinct.forEach((id, i) => {
        if (registries[kind].has(id) || first[kind].has(id)) return;
        problems.push({
          file: record.file,
          path: `distinct[${i}]`,
          message: `no ${SINGULAR[kind]} has the id ${id}`,
          value: id,
          hint: `write the id of the other ${SINGULAR[kind]}: its name in lower case, with - between words`,
          severity: 'warning',
        });
      });
    }
  }
  return problems;
}

const LISTED_NAMES = 6;

/**
 * One warning per article for the drivers that appear in that article only and have no registry entry:
 * the names most likely to be new or misspelt. Drivers named in two articles or more are established.
 */
function newDriverProblems(
  registries: Registries,
  first: ReadonlyMap<string, Occurrence>,
  inSeveral: ReadonlySet<string>,
  dir: string,
): Problem[] {
  const perFile = new Map<string, Occurrence[]>();
  for (const [id, o] of first) {
    if (registries.drivers.has(id) || inSeveral.has(id)) continue;
    const list = perFile.get(o.file);
    if (list) list.push(o);
    else perFile.set(o.file, [o]);
  }
  const problems: Problem[] = [];
  for (const [file, list] of perFile) {
    const first = list[0]!;
    const names = list.map((o) => `"${o.written.trim()}"`);
    const shown = names.length > LISTED_NAMES ? `${names.slice(0, LISTED_NAMES).join(', ')} and ${names.length - LISTED_NAMES} more` : names.join(', ');
    problems.push({
      file,
      path: first.path,
      message:
        list.length === 1
          ? `new driver: ${shown} appears in no other article and has no registry entry`
          : `${list.length} new drivers appear in no other article and have no registry entry: ${shown}`,
      hint: `check the spelling; add ${dir}/drivers/${first.id}.yaml (one file per driver) if a driver needs a canonical spelling, aliases or a nationality`,
      severity: 'warning',
    });
  }
  return problems;
}
