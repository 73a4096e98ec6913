/**
 * The search index's documents, made from the content and the graph instead of read from built pages.
 *
 * A server build prerenders only part of the site (lib/prerender/policy.ts) and renders the rest on a reader's
 * first request, so the built HTML is not the whole site: at 10,000 articles it is about a tenth of the
 * articles. And a page's HTML is 100 to 600 KB, of which the index wants a few hundred words: Pagefind
 * took about 20 ms a page to parse it (12 s for 626 pages at 1,000 articles). So every page the index
 * covers gets a small HTML document here, with the words of the page a reader searches for: its title as
 * the `<h1>` (the result's title), its kicker, summary and aliases; for an article, its standfirst, body
 * text, its event and authors, and the names in the first three of each class (podiumIds: not the whole
 * results tables, whose hundreds of rows would drown every query).
 * Filters and result metadata (lib/search/facets.ts) ride along as Pagefind's `data-pagefind-filter` and
 * `data-pagefind-meta` elements. Every article, driver, team, car, event, edition, circuit, series and author
 * is indexed, whatever was prerendered, and the pages themselves carry no markup for the index.
 */
import type { Article } from '../content/types';
import { countryName } from '../country';
import { countEntriesSteps, nameOf, profileSteps, type AuthorNode, type CarNode, type CircuitNode, type DriverNode, type Edition, type EventNode, type Graph, type LinkedKind, type SeriesNode, type TeamNode } from '../graph';
import { runToEnd, type Steps } from '../graph/steps';
import { escapeHtml } from '../html';
import { articleHref, carHref, editionHref, entityHref } from '../routes';
import { carSummary } from '../view/car';
import { editionSummary, editionTitle } from '../view/edition';
import { driverSummary, teamSummary } from '../view/entity';
import { hubSummary } from '../view/hub';
import { eventLabel } from '../view/shared';
import { articleFacets, authorFacets, editionsFacets, entriesFacetsSteps, languageName, type SearchFacets } from './facets';
import { authorSummary } from '../view/author';
import type { HtmlRecord } from './indexer';

/** What one page gives the index. */
export interface SearchDocument {
  url: string;
  title: string;
  kicker?: string;
  /** Paragraphs of text, in page order. */
  text: (string | undefined)[];
  facets: SearchFacets;
}

/**
 * The readable text of an MDX body: prose without Markdown or JSX syntax. Components' tags go (their
 * text children stay), as do imports and exports, code, expressions, comments, link targets and images.
 */
export function mdxPlainText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([^*_~\n]*?\S)\1/g, '$2')
    .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*$/gm, ' ')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The positions in class whose names an article's document carries: a race's podium (docs/content-format.md, "Statistics"), a qualifying's first three. */
const PODIUM = 3;

/**
 * The drivers, teams and cars in the first three of a class (`pos` 1 to 3) in any of the article's
 * sessions, in the order written: the names a report is about. The rest of its results tables stay out of
 * its document, as the tables themselves do: at 10,000 articles the busiest driver was in the results of
 * 10,001 of the 16,059 documents, so a search for their name answered with every report they had raced
 * in, and its index chunks were the largest part of the query's download (bench/README.md). Their driver,
 * team and car pages list every appearance; the names the body's prose mentions are in its text.
 */
export function podiumIds(article: Article): Record<'drivers' | 'teams' | 'cars', string[]> {
  const drivers = new Set<string>();
  const teams = new Set<string>();
  const cars = new Set<string>();
  for (const session of article.sessions) {
    for (const cls of session.classes) {
      for (const e of cls.entries) {
        if (e.pos === undefined || e.pos > PODIUM) continue;
        for (const d of e.drivers) drivers.add(d.id);
        if (e.team) teams.add(e.team.id);
        if (e.car) cars.add(e.car.id);
      }
    }
  }
  return { drivers: [...drivers], teams: [...teams], cars: [...cars] };
}

function articleDocument(graph: Graph, article: Article): SearchDocument {
  const ids = { ...graph.entitiesOf.get(article.slug), ...podiumIds(article) };
  const names = (kind: LinkedKind, list: readonly string[] = []) => list.map((id) => nameOf(graph, kind, id)).join(', ');
  const ev = article.event;
  return {
    url: articleHref(article.slug),
    title: article.title,
    kicker: eventLabel(graph, article),
    text: [
      article.description,
      mdxPlainText(article.bodyRaw),
      ev && `${nameOf(graph, 'events', ev.event.id)} ${ev.year}`,
      ev?.series && nameOf(graph, 'series', ev.series.id),
      ev?.circuit && nameOf(graph, 'circuits', ev.circuit.id),
      names('drivers', ids?.drivers),
      names('teams', ids?.teams),
      names('cars', ids?.cars),
      names('authors', ids?.authors),
    ],
    facets: articleFacets(graph, article),
  };
}

const alsoWritten = (aliases: readonly string[]) => (aliases.length ? `Also written as: ${aliases.join(', ')}` : undefined);
const country = (code: string | undefined, label: string) => (code ? `${label}: ${countryName(code)} (${code.toUpperCase()})` : undefined);

// In steps (lib/graph/steps.ts): the documents of the busiest drivers and teams read tens of thousands of
// entries each, for their facets and their summary's profile, and a server makes them between requests.
function* driverDocumentSteps(graph: Graph, d: DriverNode): Steps<SearchDocument> {
  const entries = graph.entriesBy.drivers.get(d.id) ?? [];
  const facets = yield* entriesFacetsSteps(graph, 'Driver', entries);
  const teams = yield* countEntriesSteps(entries, (e) => e.teamId);
  return { url: entityHref('drivers', d.id), title: d.name, kicker: 'Driver', text: [driverSummary(graph, d, teams), country(d.nationality, 'Nationality'), alsoWritten(d.aliases)], facets };
}

function* teamDocumentSteps(graph: Graph, t: TeamNode): Steps<SearchDocument> {
  const facets = yield* entriesFacetsSteps(graph, 'Team', graph.entriesBy.teams.get(t.id) ?? []);
  yield* profileSteps(graph, 'teams', t.id);
  return { url: entityHref('teams', t.id), title: t.name, kicker: 'Team', text: [teamSummary(graph, t), country(t.country, 'Country'), alsoWritten(t.aliases)], facets };
}

function* carDocumentSteps(graph: Graph, c: CarNode): Steps<SearchDocument> {
  const facets = yield* entriesFacetsSteps(graph, 'Car', graph.entriesBy.cars.get(c.id) ?? []);
  return { url: carHref(c.id), title: c.name, kicker: 'Car', text: [carSummary(graph, c)], facets };
}

const driverDocument = (graph: Graph, d: DriverNode) => runToEnd(driverDocumentSteps(graph, d));
const teamDocument = (graph: Graph, t: TeamNode) => runToEnd(teamDocumentSteps(graph, t));
const carDocument = (graph: Graph, c: CarNode) => runToEnd(carDocumentSteps(graph, c));

function eventDocument(graph: Graph, e: EventNode): SearchDocument {
  return { url: entityHref('events', e.id), title: e.name, kicker: 'Event', text: [hubSummary(graph, 'events', e), alsoWritten(e.aliases)], facets: editionsFacets(graph, 'Event', e.editions) };
}

function editionDocument(graph: Graph, edition: Edition): SearchDocument {
  return {
    url: editionHref(edition.eventId, edition.year),
    title: editionTitle(graph, edition),
    kicker: 'Edition',
    text: [editionSummary(graph, edition)],
    facets: editionsFacets(graph, 'Event', [edition]),
  };
}

function circuitDocument(graph: Graph, c: CircuitNode): SearchDocument {
  const facets = editionsFacets(graph, 'Circuit', graph.editionsBy.circuits.get(c.id) ?? []);
  return { url: entityHref('circuits', c.id), title: c.name, kicker: 'Circuit', text: [hubSummary(graph, 'circuits', c), country(c.country, 'Country'), alsoWritten(c.aliases)], facets };
}

function seriesDocument(graph: Graph, s: SeriesNode): SearchDocument {
  const facets = editionsFacets(graph, 'Series', graph.editionsBy.series.get(s.id) ?? []);
  return { url: entityHref('series', s.id), title: s.name, kicker: s.shortName ? `Series · ${s.shortName}` : 'Series', text: [hubSummary(graph, 'series', s), alsoWritten(s.aliases)], facets };
}

function authorDocument(graph: Graph, a: AuthorNode): SearchDocument {
  const slugs = graph.articlesBy.authors.get(a.id) ?? [];
  return { url: entityHref('authors', a.id), title: a.name, kicker: a.role ? `Author · ${a.role}` : 'Author', text: [authorSummary(graph, a), alsoWritten(a.aliases)], facets: authorFacets(graph, slugs) };
}

/** Every page the search index covers, newest articles first, then each kind of entity page. */
export function* searchDocuments(graph: Graph): Generator<SearchDocument> {
  for (const article of graph.articles) yield articleDocument(graph, article);
  for (const d of graph.drivers.values()) yield driverDocument(graph, d);
  for (const t of graph.teams.values()) yield teamDocument(graph, t);
  for (const c of graph.cars.values()) yield carDocument(graph, c);
  for (const e of graph.events.values()) yield eventDocument(graph, e);
  for (const edition of graph.editions.values()) yield editionDocument(graph, edition);
  for (const c of graph.circuits.values()) yield circuitDocument(graph, c);
  for (const s of graph.series.values()) yield seriesDocument(graph, s);
  for (const a of graph.authors.values()) yield authorDocument(graph, a);
}

/**
 * The documents of the pages under one cache tag's URL (lib/cache/tags.mjs): an article's, an entity's,
 * and for an event its editions' too. None when the graph has no such entity.
 */
export function tagDocuments(graph: Graph, kind: string, id: string): SearchDocument[] {
  return runToEnd(tagDocumentSteps(graph, kind, id));
}

/** tagDocuments in steps: a driver's, team's or car's document pauses between batches of its entries. */
function* tagDocumentSteps(graph: Graph, kind: string, id: string): Steps<SearchDocument[]> {
  const one = <T>(value: T | undefined, make: (graph: Graph, value: T) => SearchDocument) => (value === undefined ? [] : [make(graph, value)]);
  const some = function* <T>(value: T | undefined, make: (graph: Graph, value: T) => Steps<SearchDocument>): Steps<SearchDocument[]> {
    return value === undefined ? [] : [yield* make(graph, value)];
  };
  switch (kind) {
    case 'articles':
      return one(graph.articleBySlug.get(id), articleDocument);
    case 'drivers':
      return yield* some(graph.drivers.get(id), driverDocumentSteps);
    case 'teams':
      return yield* some(graph.teams.get(id), teamDocumentSteps);
    case 'cars':
      return yield* some(graph.cars.get(id), carDocumentSteps);
    case 'circuits':
      return one(graph.circuits.get(id), circuitDocument);
    case 'series':
      return one(graph.series.get(id), seriesDocument);
    case 'authors':
      return one(graph.authors.get(id), authorDocument);
    case 'events': {
      const e = graph.events.get(id);
      return e ? [eventDocument(graph, e), ...e.editions.map((edition) => editionDocument(graph, edition))] : [];
    }
    default:
      return [];
  }
}

/**
 * The URLs of the documents tagDocuments makes for one cache tag, without making them: what a publish
 * needs of the graph before it (the busiest driver's document reads every one of their entries).
 */
export function tagUrls(graph: Graph, kind: string, id: string): string[] {
  switch (kind) {
    case 'articles':
      return graph.articleBySlug.has(id) ? [articleHref(id)] : [];
    case 'cars':
      return graph.cars.has(id) ? [carHref(id)] : [];
    case 'events': {
      const e = graph.events.get(id);
      return e ? [entityHref('events', id), ...e.editions.map((edition) => editionHref(edition.eventId, edition.year))] : [];
    }
    case 'drivers':
    case 'teams':
    case 'circuits':
    case 'series':
    case 'authors':
      return graph[kind].has(id) ? [entityHref(kind, id)] : [];
    default:
      return [];
  }
}

/** A document added or changed by a publish (its HTML), or removed (`html: null`). */
export interface SearchChange {
  url: string;
  html: string | null;
}

/**
 * What a publish changes in the search index, from the graph before and after it and the cache tags it
 * revalidates (lib/publish/affected.ts): the documents of every tagged page as they are now, and `null`
 * for those that are gone. A page's document is made from the same facts as the page, so a document
 * changes only where its page's tag is revalidated. Linear in the number of tagged pages.
 */
export function searchChanges(before: Graph | undefined, after: Graph, tags: readonly string[]): SearchChange[] {
  return runToEnd(searchChangeSteps(before, after, tags));
}

/**
 * searchChanges in steps, one tag each (lib/graph/steps.ts): a server makes them in slices between
 * requests (a registry edit tags thousands of pages at 10,000 articles, seconds of work).
 */
export function* searchChangeSteps(before: Graph | undefined, after: Graph, tags: readonly string[]): Steps<SearchChange[]> {
  const changes = new Map<string, string | null>();
  for (const tag of tags) {
    const colon = tag.indexOf(':');
    if (colon < 0) continue;
    const kind = tag.slice(0, colon);
    const id = tag.slice(colon + 1);
    if (before) for (const url of tagUrls(before, kind, id)) if (!changes.has(url)) changes.set(url, null);
    for (const doc of yield* tagDocumentSteps(after, kind, id)) changes.set(doc.url, documentHtml(doc));
    yield;
  }
  return [...changes].map(([url, html]) => ({ url, html }));
}

/** The small HTML page Pagefind reads for one document: the markup of a page's indexed part, and nothing else. */
export function documentHtml(doc: SearchDocument): string {
  const f = doc.facets;
  const spans = [
    ['filter', 'kind', f.kind],
    ['meta', 'kind', f.kind],
    ['filter', 'language', languageName(f.lang)],
    ...f.series.map((s) => ['filter', 'series', s]),
    ...f.years.map((y) => ['filter', 'year', String(y)]),
    ...(f.date ? [['meta', 'date', f.date]] : []),
    ...(f.event ? [['meta', 'event', f.event]] : []),
  ]
    .map(([what, key, value]) => `<span data-pagefind-${what}="${key}">${escapeHtml(value!)}</span>`)
    .join('');
  const text = doc.text
    .filter((t): t is string => Boolean(t))
    .map((t) => `<p>${escapeHtml(t)}</p>`)
    .join('');
  const kicker = doc.kicker ? `<p>${escapeHtml(doc.kicker)}</p>` : '';
  return (
    `<!doctype html><html lang="${escapeHtml(f.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head>` +
    `<body><main data-pagefind-body=""><div hidden data-pagefind-ignore="">${spans}</div>${kicker}<h1>${escapeHtml(doc.title)}</h1>${text}</main></body></html>`
  );
}

/** The index's input: one record per document. */
export function* searchRecords(graph: Graph): Generator<HtmlRecord> {
  for (const doc of searchDocuments(graph)) yield { url: doc.url, html: documentHtml(doc) };
}
