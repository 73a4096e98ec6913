/** The cache tags a publish must revalidate, from the graph before and after it. */
import { entityTag, LIST_TAG } from '../cache/tags.mjs';
import { classify } from '../content/classify';
import { runToEnd, type Steps } from '../graph/steps';
import type { Graph, LinkedKind } from '../graph/types';

/**
 * The cache tags a publish must revalidate (lib/cache/tags.mjs), from the graph before and after it and
 * the content files it names (`articles/x.mdx`, `drivers/y.yaml`, as paths inside the content directory):
 *
 * - every article named, added or deleted, every article that names an edited registry entity, and every
 *   article whose entities changed otherwise (an alias that now resolves elsewhere);
 * - every entity those articles name, before or after (its page, feed, image, archive, edition pages);
 *   the edited registry entities; and the articles of any entity whose displayed name changed;
 * - for official timing (`timing/<event-id>/<year>/…`), its edition's event and articles, and every driver,
 *   team, car, series and circuit of that edition's sessions, before or after;
 * - LIST_TAG: the home page, the indexes, the feeds, the sitemap and every other list.
 *
 * Linear in the number of articles (one comparison of each article's entity ids).
 */
export function affectedTags(before: Graph | undefined, after: Graph, files: readonly string[]): string[] {
  return runToEnd(affectedTagsSteps(before, after, files));
}

/** Articles compared, or read for their entities, between two pauses of affectedTagsSteps. */
const AFFECTED_STEP = 1000;

/**
 * affectedTags in steps, for the reload on a running server (app/internal/publish/route.server.ts): at
 * 30,000 articles, comparing every article's entities at once held the serving thread about 0.4 s.
 */
export function* affectedTagsSteps(before: Graph | undefined, after: Graph, files: readonly string[]): Steps<string[]> {
  let read = 0;
  const step = () => ++read % AFFECTED_STEP === 0;
  const graphs = before ? [before, after] : [after];
  const articles = new Set<string>();
  const entities = new Set<string>();
  const addEntity = (kind: LinkedKind, id: string) => entities.add(`${kind}\0${id}`);
  const articlesOf = (kind: LinkedKind, id: string) => {
    for (const g of graphs) for (const slug of g.articlesBy[kind].get(id) ?? []) articles.add(slug);
  };

  for (const file of files) {
    const kind = classify(file);
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (kind.type === 'timing' || kind.type === 'timing-file') {
      const [, eventId = '', year = ''] = file.split('/');
      for (const g of graphs) timingEntities(g, `${eventId}/${year}`, addEntity, articles);
    } else if (kind.type === 'article') articles.add(name.replace(/\.mdx$/, ''));
    else if (kind.type === 'registry') {
      const id = name.replace(/\.yaml$/, '');
      addEntity(kind.kind, id);
      articlesOf(kind.kind, id);
    }
  }
  if (before) {
    for (const [slug, ids] of after.entitiesOf) {
      if (!sameEntities(before.entitiesOf.get(slug), ids)) articles.add(slug);
      if (step()) yield;
    }
    for (const slug of before.entitiesOf.keys()) if (!after.entitiesOf.has(slug)) articles.add(slug);
  }
  const done = new Set<string>();
  const addEntitiesOfArticles = function* (): Steps<void> {
    for (const slug of articles) {
      if (done.has(slug)) continue;
      done.add(slug);
      for (const g of graphs) {
        const ids = g.entitiesOf.get(slug);
        if (ids) for (const kind of Object.keys(ids) as LinkedKind[]) for (const id of ids[kind]) addEntity(kind, id);
      }
      if (step()) yield;
    }
  };
  yield* addEntitiesOfArticles();
  // An entity whose name changed (a registry edit, or a new most-used spelling) is shown under its new
  // name by every article that names it, and by the pages of everything those articles name.
  if (before) {
    for (const key of [...entities]) {
      const [kind, id] = key.split('\0') as [LinkedKind, string];
      if (before[kind].get(id)?.name !== after[kind].get(id)?.name) articlesOf(kind, id);
    }
    yield* addEntitiesOfArticles();
  }
  const tags = new Set<string>([LIST_TAG]);
  for (const slug of articles) tags.add(entityTag('articles', slug));
  for (const key of entities) {
    const [kind, id] = key.split('\0') as [string, string];
    tags.add(entityTag(kind, id));
  }
  return [...tags];
}

/** What an edition's timing shows: its event, series, circuit, articles, and everyone in its sessions. */
function timingEntities(graph: Graph, key: string, addEntity: (kind: LinkedKind, id: string) => void, articles: Set<string>): void {
  const edition = graph.editions.get(key);
  if (!edition) return;
  addEntity('events', edition.eventId);
  if (edition.seriesId) addEntity('series', edition.seriesId);
  if (edition.circuitId) addEntity('circuits', edition.circuitId);
  for (const slug of edition.articles) articles.add(slug);
  for (const session of edition.sessions) {
    for (const cls of session.classes) {
      for (const e of cls.entries) {
        for (const d of e.drivers) addEntity('drivers', d.id);
        if (e.team) addEntity('teams', e.team.id);
        if (e.car) addEntity('cars', e.car.id);
      }
    }
    for (const car of session.laps?.cars ?? []) for (const d of car.drivers) addEntity('drivers', d.driverId);
  }
}

function sameEntities(a: Record<LinkedKind, string[]> | undefined, b: Record<LinkedKind, string[]>): boolean {
  if (!a) return false;
  for (const kind of Object.keys(b) as LinkedKind[]) {
    const x = a[kind] ?? [];
    const y = b[kind];
    if (x.length !== y.length || x.some((id, i) => id !== y[i])) return false;
  }
  return true;
}
