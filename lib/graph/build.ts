/** Builds the entity graph from the content: entities, editions, sessions, indexes. */
import type { Article, Content, EntityKind, Ref } from '../content/types';
import { workCounter } from './queries';
import { EntryRecord, type EntryContext } from './entry';
import { articleModified } from './modified';
import { buildSessionSteps, editionKey, type SessionIndex } from './session-merge';
import { buildStatsSteps } from './stats';
import { runToEnd, type Steps } from './steps';
import type { AuthorNode, CarNode, Edition, EntityNode, EventNode, Graph, LinkedKind } from './types';

/** Entries handled between two yields where the work per entry is small. */
const ENTRY_BATCH = 2_000;

const LINKED_KINDS: readonly LinkedKind[] = ['drivers', 'teams', 'events', 'circuits', 'series', 'cars', 'authors'];

/** Counts the spellings of one entity so the most used one becomes its name. */
class Spellings {
  private readonly counts = new Map<string, Map<string, number>>();
  add(id: string, written: string): void {
    let m = this.counts.get(id);
    if (!m) this.counts.set(id, (m = new Map()));
    m.set(written, (m.get(written) ?? 0) + 1);
  }
  ids(): IterableIterator<string> {
    return this.counts.keys();
  }
  /** Most used spelling first; ties keep the first seen. */
  of(id: string): string[] {
    const m = this.counts.get(id);
    if (!m) return [];
    return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  }
}

function node<T extends EntityNode>(
  id: string,
  record: { name: string; aliases: string[] } | undefined,
  spellings: string[],
  extra: Omit<T, keyof EntityNode>,
): T {
  const name = record?.name ?? spellings[0] ?? id;
  const aliases = [...new Set([...(record?.aliases ?? []), ...spellings])].filter((a) => a !== name);
  return { id, name, aliases, registered: record !== undefined, ...extra } as T;
}

/**
 * Builds the entity graph in one pass over all articles: O(total entries + total drivers per entry).
 * Pages only look things up in it.
 */
export function buildGraph(content: Content): Graph {
  return runToEnd(buildGraphSteps(content));
}

/** buildGraph in steps: it yields after each article and each batch of entries (lib/graph/steps.ts). */
export function* buildGraphSteps(content: Content): Steps<Graph> {
  const { registries } = content;
  // Oldest first, so that lists built by appending can be reversed once into newest-first order.
  const chronological = [...content.articles].sort((a, b) => a.date.localeCompare(b.date) || b.slug.localeCompare(a.slug));
  const spellings: Record<EntityKind | 'authors', Spellings> = {
    drivers: new Spellings(),
    teams: new Spellings(),
    events: new Spellings(),
    circuits: new Spellings(),
    series: new Spellings(),
    authors: new Spellings(),
  };
  const carNames = new Spellings();
  const classes = new Map<string, { id: string; name: string }>();
  const entries: EntryRecord[] = [];
  const articlesBy = Object.fromEntries(LINKED_KINDS.map((k) => [k, new Map<string, string[]>()])) as Graph['articlesBy'];
  const modifiedBy = Object.fromEntries(LINKED_KINDS.map((k) => [k, new Map<string, string>()])) as Graph['modifiedBy'];
  const entitiesOf = new Map<string, Record<LinkedKind, string[]>>();
  const editions = new Map<string, Edition>();
  const registryName = (id: string) => registries.events.get(id)?.name ?? id;
  const sessions = yield* buildSessionSteps(chronological, registryName, content.timing);

  for (const article of chronological) {
    const seen = Object.fromEntries(LINKED_KINDS.map((k) => [k, new Set<string>()])) as Record<LinkedKind, Set<string>>;
    const see = (kind: EntityKind | 'authors', ref: Ref | undefined) => {
      if (!ref || !ref.id) return;
      spellings[kind].add(ref.id, ref.written);
      seen[kind].add(ref.id);
    };
    for (const author of article.authors) see('authors', author);
    const ev = article.event;
    if (ev) {
      see('events', ev.event);
      see('series', ev.series);
      see('circuits', ev.circuit);
      const key = `${ev.event.id}/${ev.year}`;
      let edition = editions.get(key);
      if (!edition) {
        edition = {
          eventId: ev.event.id,
          year: ev.year,
          seriesId: ev.series?.id,
          circuitId: ev.circuit?.id,
          articles: [],
          sessions: sessions.byEdition.get(editionKey(ev.event.id, ev.year)) ?? [],
        };
        editions.set(key, edition);
      }
      edition.articles.push(article.slug);
    }
    for (const session of article.sessions) {
      for (const cls of session.classes) {
        if (!classes.has(cls.id)) classes.set(cls.id, { id: cls.id, name: cls.name });
        const context: EntryContext = { article, session, cls, node: sessions.of.get(session)! };
        for (const e of cls.entries) {
          see('teams', e.team);
          if (e.car) {
            carNames.add(e.car.id, e.car.written);
            seen.cars.add(e.car.id);
          }
          workCounter.steps += 1 + e.drivers.length;
          for (const d of e.drivers) see('drivers', d);
          entries.push(new EntryRecord(entries.length, e, context));
        }
      }
    }
    const ids = {} as Record<LinkedKind, string[]>;
    const modified = articleModified(article);
    for (const kind of LINKED_KINDS) {
      ids[kind] = [...seen[kind]];
      const index = articlesBy[kind];
      const newest = modifiedBy[kind];
      for (const id of ids[kind]) {
        let list = index.get(id);
        if (!list) index.set(id, (list = []));
        list.push(article.slug);
        const before = newest.get(id);
        if (before === undefined || modified > before) newest.set(id, modified);
      }
    }
    entitiesOf.set(article.slug, ids);
    yield;
  }

  // Official timing: its editions, entities and entries (after the articles' of the same year, oldest first).
  const timingEntries = yield* addTiming(content, { spellings, carNames, classes, editions, sessions });
  yield* mergeByDate(entries, timingEntries);

  // Newest first everywhere. (A step each: at 10,000 articles these passes over every entry and link took
  // 200–300 ms as one step, twice that on a server busy with a publish's check.)
  for (const kind of LINKED_KINDS) {
    for (const list of articlesBy[kind].values()) list.reverse();
    yield;
  }
  entries.reverse();
  yield;
  for (let i = 0; i < entries.length; i++) {
    entries[i]!.index = i;
    if (i % ENTRY_BATCH === 0) yield;
  }
  const entriesBy: Graph['entriesBy'] = { drivers: new Map(), teams: new Map(), cars: new Map() };
  const push = (m: Map<string, EntryRecord[]>, id: string, e: EntryRecord) => {
    let list = m.get(id);
    if (!list) m.set(id, (list = []));
    list.push(e);
  };
  for (const e of entries) {
    for (const d of e.driverIds) push(entriesBy.drivers, d, e);
    if (e.teamId) push(entriesBy.teams, e.teamId, e);
    if (e.carId) push(entriesBy.cars, e.carId, e);
    if (e.index % ENTRY_BATCH === 0) yield;
  }

  // The maps of entities, a step each.
  const articleBySlug = new Map(content.articles.map((a) => [a.slug, a]));
  yield;
  const drivers = entityMap(registries.drivers, spellings.drivers, (r) => ({
    nationality: r?.nationality,
    born: r?.born,
  }));
  yield;
  const teams = entityMap(registries.teams, spellings.teams, (r) => ({ country: r?.country }));
  const circuits = entityMap(registries.circuits, spellings.circuits, (r) => ({
    country: r?.country,
    locality: r?.locality,
    lengthKm: r?.lengthKm,
  }));
  const series = entityMap(registries.series, spellings.series, (r) => ({ shortName: r?.shortName }));
  const authors = entityMap<AuthorNode, NonNullable<ReturnType<typeof registries.authors.get>>>(registries.authors, spellings.authors, (r) => ({
    role: r?.role,
    bio: r?.bio,
    photo: r?.photo,
    links: r?.links ?? [],
  }));
  const cars = new Map<string, CarNode>([...carNames.ids()].map((id) => [id, { id, name: carNames.of(id)[0] ?? id }]));
  yield;
  const graph: Graph = {
    articles: [...chronological].reverse(),
    articleBySlug,
    drivers,
    teams,
    circuits,
    series,
    authors,
    events: new Map(),
    cars,
    classes,
    entries,
    entriesBy,
    articlesBy,
    modifiedBy,
    entitiesOf,
    editionsBy: { circuits: new Map(), series: new Map() },
    editions,
    sessions,
    stats: yield* buildStatsSteps(
      sessions.all,
      (session) => (session.eventId ? editions.get(editionKey(session.eventId, session.year!))?.seriesId : undefined),
      (written) => content.resolve('teams', written),
    ),
    resolve: content.resolve,
  };

  const editionsByEvent = new Map<string, Edition[]>();
  for (const edition of editions.values()) {
    edition.articles.reverse();
    push2(editionsByEvent, edition.eventId, edition);
  }
  yield;
  const eventIds = new Set([...spellings.events.ids(), ...registries.events.keys()]);
  for (const id of eventIds) {
    const record = registries.events.get(id);
    const eds = (editionsByEvent.get(id) ?? []).sort((a, b) => b.year - a.year);
    const latest = eds[0];
    graph.events.set(
      id,
      node<EventNode>(id, record, spellings.events.of(id), {
        seriesId: latest?.seriesId ?? record?.seriesId,
        circuitId: latest?.circuitId ?? record?.circuitId,
        editions: eds,
      }),
    );
  }
  yield;
  const allEditions = [...editions.values()].sort((a, b) => b.year - a.year || a.eventId.localeCompare(b.eventId));
  for (const edition of allEditions) {
    if (edition.circuitId) push2(graph.editionsBy.circuits, edition.circuitId, edition);
    if (edition.seriesId) push2(graph.editionsBy.series, edition.seriesId, edition);
  }
  return graph;
}

interface TimingTargets {
  spellings: Record<EntityKind, Spellings>;
  carNames: Spellings;
  classes: Map<string, { id: string; name: string }>;
  editions: Map<string, Edition>;
  sessions: SessionIndex;
}

/** Adds the official timing's editions, names and entries, a step per timing report; returns its entry records, oldest year first. */
function* addTiming(content: Content, t: TimingTargets): Steps<EntryRecord[]> {
  const records: EntryRecord[] = [];
  const reports = [...content.timing].sort((a, b) => a.event.year - b.event.year || a.file.localeCompare(b.file));
  for (const report of reports) {
    const ev = report.event;
    const see = (kind: EntityKind, ref: Ref | undefined) => {
      if (ref?.id) t.spellings[kind].add(ref.id, ref.written);
    };
    see('events', ev.event);
    see('series', ev.series);
    see('circuits', ev.circuit);
    const key = editionKey(ev.event.id, ev.year);
    let edition = t.editions.get(key);
    if (!edition) {
      edition = { eventId: ev.event.id, year: ev.year, seriesId: ev.series?.id, circuitId: ev.circuit?.id, articles: [], sessions: t.sessions.byEdition.get(key) ?? [] };
      t.editions.set(key, edition);
    }
    edition.seriesId ??= ev.series?.id;
    edition.circuitId ??= ev.circuit?.id;
    for (const session of report.sessions) {
      const node = t.sessions.of.get(session)!;
      for (const cls of session.classes) {
        if (!t.classes.has(cls.id)) t.classes.set(cls.id, { id: cls.id, name: cls.name });
        const context: EntryContext = { timing: report, session, cls, node };
        for (const e of cls.entries) {
          see('teams', e.team);
          if (e.car) t.carNames.add(e.car.id, e.car.written);
          workCounter.steps += 1 + e.drivers.length;
          for (const d of e.drivers) see('drivers', d);
          records.push(new EntryRecord(0, e, context));
        }
      }
    }
    yield;
  }
  return records;
}

/** Merges `more` (sorted by date) into `into` (sorted by date), stably, in one pass, in steps of ENTRY_BATCH entries. */
function* mergeByDate(into: EntryRecord[], more: readonly EntryRecord[]): Steps<void> {
  if (more.length === 0) return;
  const merged: EntryRecord[] = [];
  let j = 0;
  for (const e of into) {
    while (j < more.length && more[j]!.date < e.date) merged.push(more[j++]!);
    merged.push(e);
    if (merged.length % ENTRY_BATCH === 0) yield;
  }
  while (j < more.length) merged.push(more[j++]!);
  into.length = 0;
  yield;
  for (let i = 0; i < merged.length; i++) {
    into.push(merged[i]!);
    if (i % ENTRY_BATCH === 0) yield;
  }
}

function push2<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

function entityMap<T extends EntityNode, R extends { name: string; aliases: string[] }>(
  registry: Map<string, R>,
  spellings: Spellings,
  extra: (record: R | undefined) => Omit<T, keyof EntityNode>,
): Map<string, T> {
  const ids = new Set([...spellings.ids(), ...registry.keys()]);
  const map = new Map<string, T>();
  for (const id of [...ids].sort()) {
    const record = registry.get(id);
    map.set(id, node<T>(id, record, spellings.of(id), extra(record)));
  }
  return map;
}

export type { Article };
