/** Queries over the graph: names, profiles, related articles, class leaders, A to Z groups. */
import type { Article, Entry, Session, SessionType } from '../content/types';
import { rivalsSteps, type Rival } from './rivals';
import { statsOf, type EntityStats } from './stats';
import { runToEnd, type Steps } from './steps';
import type { EntryRecord, Graph, LinkedKind } from './types';

/** The display name of an entity by id (falls back to the id). */
export function nameOf(graph: Graph, kind: LinkedKind, id: string): string {
  return graph[kind].get(id)?.name ?? id;
}

export { workCounter } from './work-counter';
import { workCounter } from './work-counter';

/** How many of an entity's most frequent teams, drivers or cars its page names (chips and JSON-LD). */
export const MOST_FREQUENT = 30;

/** Entities so common (a series, a busy circuit) that sharing them says little about relatedness. */
const HUB_SIZE = 200;
/** Related articles kept per article (pages show fewer). */
const RELATED_KEEP = 12;
const RELATED_WEIGHT: Record<LinkedKind, number> = { drivers: 1, teams: 1, cars: 1, events: 1, circuits: 1, series: 1, authors: 0 };

const relatedCache = new WeakMap<Graph, Map<string, { slug: string; shared: number }[]>>();

/**
 * Articles ranked by the number of entities they share with `slug` (drivers, teams, cars, event, circuit,
 * series), then by date. Uses the reverse indexes: the cost is the sum of the entity degrees, and hub
 * entities with more than HUB_SIZE articles are skipped so the cost stays bounded as the site grows.
 */
export function relatedArticles(graph: Graph, slug: string, limit = 4): { article: Article; shared: number }[] {
  let cache = relatedCache.get(graph);
  if (!cache) relatedCache.set(graph, (cache = new Map()));
  let ranked = cache.get(slug);
  if (!ranked) {
    const scores = new Map<string, number>();
    const entities = graph.entitiesOf.get(slug);
    if (entities) {
      for (const kind of Object.keys(entities) as LinkedKind[]) {
        for (const id of entities[kind]) {
          const slugs = graph.articlesBy[kind].get(id) ?? [];
          if (slugs.length > HUB_SIZE) continue;
          for (const other of slugs) {
            workCounter.steps++;
            if (other !== slug) scores.set(other, (scores.get(other) ?? 0) + RELATED_WEIGHT[kind]);
          }
        }
      }
    }
    const compare = (a: { slug: string; shared: number }, b: { slug: string; shared: number }) =>
      b.shared - a.shared ||
      graph.articleBySlug.get(b.slug)!.date.localeCompare(graph.articleBySlug.get(a.slug)!.date) ||
      a.slug.localeCompare(b.slug);
    // The best RELATED_KEEP by insertion (same order as a stable sort): O(candidates), not O(n log n),
    // since an article can share a tail driver with thousands of others on a large site.
    const top: { slug: string; shared: number }[] = [];
    for (const [s, shared] of scores) {
      const item = { slug: s, shared };
      if (top.length === RELATED_KEEP && compare(item, top[top.length - 1]!) >= 0) continue;
      let i = top.length;
      while (i > 0 && compare(item, top[i - 1]!) < 0) i--;
      top.splice(i, 0, item);
      if (top.length > RELATED_KEEP) top.pop();
    }
    ranked = top;
    cache.set(slug, ranked);
  }
  return ranked.slice(0, limit).map((r) => ({ article: graph.articleBySlug.get(r.slug)!, shared: r.shared }));
}

export interface ClassLeader {
  session: Session;
  className: string;
  classId: string;
  entry: Entry;
}

/** The entry in position 1 of each class of each session (nothing for a class whose positions are not stated). */
export function classLeaders(article: Article): ClassLeader[] {
  const out: ClassLeader[] = [];
  for (const session of article.sessions) {
    for (const cls of session.classes) {
      const leader = cls.entries.find((e) => e.pos === 1);
      if (leader) out.push({ session, className: cls.name, classId: cls.id, entry: leader });
    }
  }
  return out;
}

export interface Count {
  id: string;
  count: number;
}

/** How often each id occurs, the most frequent first, then by id (the chips, the summaries, the profiles). */
export function countIds(ids: Iterable<string | undefined>): Count[] {
  const m = new Map<string, number>();
  for (const id of ids) tally(m, id);
  return counted(m);
}

const tally = (m: Map<string, number>, id: string | undefined) => {
  if (id) m.set(id, (m.get(id) ?? 0) + 1);
};
/** Most frequent first, then by id. */
const counted = (m: Map<string, number>): Count[] =>
  [...m.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));

/** Is `a` a better result than `b`? Class position first, then overall, then the earlier date. */
function better(a: EntryRecord, b: EntryRecord): boolean {
  const pa = a.pos ?? Infinity;
  const pb = b.pos ?? Infinity;
  if (pa !== pb) return pa < pb;
  const oa = a.overall ?? Infinity;
  const ob = b.overall ?? Infinity;
  if (oa !== ob) return oa < ob;
  return a.date < b.date;
}

/**
 * The best position in each kind of session: in a race's final classification, in a final qualifying, in
 * practice. Standings and provisional sessions are not results, so they are never anyone's best.
 */
export function bestBySessionType(entries: readonly EntryRecord[]): Partial<Record<SessionType, EntryRecord>> {
  const best: Partial<Record<SessionType, EntryRecord>> = {};
  for (const e of entries) considerBest(best, e);
  return best;
}

function considerBest(best: Partial<Record<SessionType, EntryRecord>>, e: EntryRecord): void {
  if (e.pos === undefined) return;
  if (e.sessionType !== 'practice' && !e.counted) return;
  const cur = best[e.sessionType];
  if (!cur || better(e, cur)) best[e.sessionType] = e;
}

/**
 * The last few profiles computed. A driver's page needs its profile for the page, its metadata and its
 * JSON-LD, one after the other; pages are rendered in turn, so a handful is enough and memory stays flat.
 */
const profileCache = new WeakMap<Graph, Map<string, unknown>>();
const PROFILES_KEPT = 8;
function recent<T>(graph: Graph, key: string, compute: () => T): T {
  let cache = profileCache.get(graph);
  if (!cache) profileCache.set(graph, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  if (cache.size > PROFILES_KEPT) cache.delete(cache.keys().next().value!);
  return value;
}

export interface DriverProfile {
  entries: EntryRecord[];
  teams: Count[];
  cars: Count[];
  coDrivers: Count[];
  best: Partial<Record<SessionType, EntryRecord>>;
  articles: string[];
  /** Starts, class wins, podiums, poles, DNFs and seasons (lib/graph/stats.ts). */
  stats: EntityStats;
}

export function driverProfile(graph: Graph, id: string): DriverProfile {
  return recent(graph, `drivers/${id}`, () => runToEnd(driverProfileSteps(graph, id)));
}

/**
 * A profile reads every entry of its driver or team: the busiest team of 10,000 articles has tens of
 * thousands, about a second of work at once. In steps, the server makes one between requests
 * (profileSteps, for a publish's search documents) in slices.
 */
const PROFILE_STEP = 2000;

function* eachEntry(entries: readonly EntryRecord[], visit: (e: EntryRecord) => void): Steps<void> {
  for (let i = 0; i < entries.length; i++) {
    visit(entries[i]!);
    if (i % PROFILE_STEP === PROFILE_STEP - 1) yield;
  }
}

function* driverProfileSteps(graph: Graph, id: string): Steps<DriverProfile> {
  const entries = graph.entriesBy.drivers.get(id) ?? [];
  const teams = new Map<string, number>();
  const cars = new Map<string, number>();
  const coDrivers = new Map<string, number>();
  const best: DriverProfile['best'] = {};
  yield* eachEntry(entries, (e) => {
    tally(teams, e.teamId);
    tally(cars, e.carId);
    for (const d of e.driverIds) if (d !== id) tally(coDrivers, d);
    considerBest(best, e);
  });
  return {
    entries,
    teams: counted(teams),
    cars: counted(cars),
    coDrivers: counted(coDrivers),
    best,
    articles: graph.articlesBy.drivers.get(id) ?? [],
    stats: statsOf(graph.stats, 'drivers', id),
  };
}

/** How often each id `pick` gives occurs in `entries`, most frequent first, in steps. */
export function* countEntriesSteps(entries: readonly EntryRecord[], pick: (e: EntryRecord) => string | undefined): Steps<Count[]> {
  const m = new Map<string, number>();
  yield* eachEntry(entries, (e) => tally(m, pick(e)));
  return counted(m);
}

/** driverProfile or teamProfile made in steps, and kept as they keep theirs: they find it made. */
export function* profileSteps(graph: Graph, kind: 'drivers' | 'teams', id: string): Steps<void> {
  const key = `${kind}/${id}`;
  if (kind === 'drivers') yield* keptSteps(graph, key, driverProfileSteps(graph, id));
  else yield* keptSteps(graph, key, teamProfileSteps(graph, id));
}

/** How often each team and driver entered a car model, most frequent first (its page's chips). */
export interface CarCounts {
  teams: Count[];
  drivers: Count[];
}

export function carCounts(graph: Graph, id: string): CarCounts {
  return recent(graph, `cars/${id}`, () => runToEnd(carCountsSteps(graph, id)));
}

function* carCountsSteps(graph: Graph, id: string): Steps<CarCounts> {
  const teams = new Map<string, number>();
  const drivers = new Map<string, number>();
  yield* eachEntry(graph.entriesBy.cars.get(id) ?? [], (e) => {
    tally(teams, e.teamId);
    for (const d of e.driverIds) tally(drivers, d);
  });
  return { teams: counted(teams), drivers: counted(drivers) };
}

/** A driver's head-to-head rivals (lib/graph/rivals.ts), kept as the profiles are. */
export function driverRivals(graph: Graph, id: string): Rival[] {
  return recent(graph, `rivals/${id}`, () => runToEnd(rivalsSteps(graph, id)));
}

/**
 * What the page of a driver, team or car reads of all its entries (profile, rivals, a car's counts), made in
 * steps and kept where driverProfile, teamProfile, driverRivals and carCounts find it. At 30,000 articles,
 * at once: the busiest driver's profile and rivals 0.2–0.4 s, the busiest team's profile 0.1–0.2 s, the
 * busiest car's counts 0.5–0.7 s (273,000 entries). A page's render makes them in turns first
 * (app/_routes/entity-route.tsx), so that a reader of another page never waits for the whole of it.
 */
export function* entityPageSteps(graph: Graph, kind: 'drivers' | 'teams' | 'cars', id: string): Steps<void> {
  if (kind === 'cars') return void (yield* keptSteps(graph, `cars/${id}`, carCountsSteps(graph, id)));
  yield* profileSteps(graph, kind, id);
  if (kind === 'drivers') yield* keptSteps(graph, `rivals/${id}`, rivalsSteps(graph, id));
}

function* keptSteps<T>(graph: Graph, key: string, steps: Steps<T>): Steps<void> {
  if (profileCache.get(graph)?.has(key)) return;
  const value = yield* steps;
  recent(graph, key, () => value);
}

export interface TeamProfile {
  entries: EntryRecord[];
  drivers: Count[];
  cars: Count[];
  best: Partial<Record<SessionType, EntryRecord>>;
  articles: string[];
  stats: EntityStats;
}

export function teamProfile(graph: Graph, id: string): TeamProfile {
  return recent(graph, `teams/${id}`, () => runToEnd(teamProfileSteps(graph, id)));
}

function* teamProfileSteps(graph: Graph, id: string): Steps<TeamProfile> {
  const entries = graph.entriesBy.teams.get(id) ?? [];
  const drivers = new Map<string, number>();
  const cars = new Map<string, number>();
  const best: TeamProfile['best'] = {};
  yield* eachEntry(entries, (e) => {
    for (const d of e.driverIds) tally(drivers, d);
    tally(cars, e.carId);
    considerBest(best, e);
  });
  return {
    entries,
    drivers: counted(drivers),
    cars: counted(cars),
    best,
    articles: graph.articlesBy.teams.get(id) ?? [],
    stats: statsOf(graph.stats, 'teams', id),
  };
}

/**
 * One driver's or team's entries grouped by article, both newest first. An entity's archive pages are
 * rendered one after the other, so only the last few groupings are kept (memory stays flat at 10k articles).
 */
const byArticleCache = new WeakMap<Graph, Map<string, Map<string, EntryRecord[]>>>();
const BY_ARTICLE_KEEP = 8;

export function entriesByArticle(graph: Graph, kind: 'drivers' | 'teams', id: string): Map<string, EntryRecord[]> {
  let cache = byArticleCache.get(graph);
  if (!cache) byArticleCache.set(graph, (cache = new Map()));
  const key = `${kind}/${id}`;
  let grouped = cache.get(key);
  if (!grouped) {
    grouped = new Map();
    for (const e of graph.entriesBy[kind].get(id) ?? []) {
      workCounter.steps++;
      const list = grouped.get(e.article);
      if (list) list.push(e);
      else grouped.set(e.article, [e]);
    }
    cache.set(key, grouped);
    if (cache.size > BY_ARTICLE_KEEP) cache.delete(cache.keys().next().value!);
  }
  return grouped;
}

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'dalla', 'van', 'von', 'der', 'den', 'ten', 'ter', 'la', 'le', 'du', 'dos', 'das', 'do']);

/** A person's surname with its particles: "Paul Dalla Lana" → "Dalla Lana", "Larry ten Voorde" → "ten Voorde". */
export function surname(name: string): string {
  const parts = name.trim().split(/\s+/);
  let i = parts.length - 1;
  while (i > 1 && PARTICLES.has(parts[i - 1]!.toLowerCase())) i--;
  if (i === 1 && parts.length > 2 && PARTICLES.has(parts[0]!.toLowerCase())) i = 0;
  return parts.slice(i).join(' ');
}

/** Sort key for people: surname first, as results archives list drivers. */
export function surnameKey(name: string): string {
  const last = surname(name);
  const first = name.trim().slice(0, name.trim().length - last.length).trim();
  return `${last} ${first}`
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Index-page groups: first letter (A–Z, else #) → items sorted by key. */
export function groupAtoZ<T>(items: readonly T[], key: (item: T) => string): { letter: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => key(a).localeCompare(key(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const c = key(item).charAt(0).toUpperCase();
    const letter = c >= 'A' && c <= 'Z' ? c : '#';
    const list = groups.get(letter);
    if (list) list.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups.entries()].map(([letter, list]) => ({ letter, items: list }));
}
