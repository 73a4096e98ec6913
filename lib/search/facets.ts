/**
 * What the search index knows about a page beyond its text: its kind, series, years and language (the
 * filters of /search) and, for articles, the date and event shown in a result. Written into each page's
 * search document (lib/search/documents.ts), read back by Pagefind (lib/search/indexer.ts).
 */
import type { Article } from '../content/types';
import { nameOf, type EntryRecord, type Graph } from '../graph';
import { runToEnd, type Steps } from '../graph/steps';

export interface SearchFacets {
  kind: SearchKind;
  /** BCP 47 language of the content; the filter shows its name in that language ("Nederlands"). */
  lang: string;
  series: string[];
  years: number[];
  /** Articles: ISO date and event label shown in the result. */
  date?: string;
  event?: string;
}

export const SEARCH_KINDS = ['Article', 'Driver', 'Team', 'Car', 'Event', 'Circuit', 'Series', 'Author'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function articleFacets(graph: Graph, article: Article): SearchFacets {
  const ev = article.event;
  return {
    kind: 'Article',
    lang: article.lang,
    series: ev?.series ? [nameOf(graph, 'series', ev.series.id)] : [],
    years: ev ? [ev.year] : [Number(article.date.slice(0, 4))],
    date: article.date,
    event: ev ? `${nameOf(graph, 'events', ev.event.id)} ${ev.year}` : undefined,
  };
}

/** A driver's or team's facets from their entries: every series and year they appear in. */
export function entriesFacets(graph: Graph, kind: 'Driver' | 'Team' | 'Car', entries: readonly EntryRecord[]): SearchFacets {
  return runToEnd(entriesFacetsSteps(graph, kind, entries));
}

/** Entries read between two pauses of entriesFacetsSteps: the busiest team has tens of thousands. */
const FACET_STEP = 5000;

/** entriesFacets in steps (lib/graph/steps.ts), for a server that makes a publish's documents in slices. */
export function* entriesFacetsSteps(graph: Graph, kind: 'Driver' | 'Team' | 'Car', entries: readonly EntryRecord[]): Steps<SearchFacets> {
  const series = new Set<string>();
  const years = new Set<number>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.year !== undefined) years.add(e.year);
    const seriesId = e.eventId ? graph.events.get(e.eventId)?.seriesId : undefined;
    if (seriesId) series.add(seriesId);
    if (i % FACET_STEP === FACET_STEP - 1) yield;
  }
  return facets(graph, kind, series, years);
}

/** Event, circuit and series pages: the series and years of their editions. */
export function editionsFacets(graph: Graph, kind: 'Event' | 'Circuit' | 'Series', editions: readonly { year: number; seriesId?: string }[]): SearchFacets {
  const series = new Set<string>();
  const years = new Set<number>();
  for (const e of editions) {
    years.add(e.year);
    if (e.seriesId) series.add(e.seriesId);
  }
  return facets(graph, kind, series, years);
}

/** The values of the kind, series and year filters of /search, from the graph (no article is read). */
/** An author's page: the series and years of their articles. */
export function authorFacets(graph: Graph, slugs: readonly string[]): SearchFacets {
  const series = new Set<string>();
  const years = new Set<number>();
  for (const slug of slugs) {
    const a = graph.articleBySlug.get(slug);
    if (!a) continue;
    years.add(a.event?.year ?? Number(a.date.slice(0, 4)));
    if (a.event?.series) series.add(a.event.series.id);
  }
  return facets(graph, 'Author', series, years);
}

export function searchOptions(graph: Graph): { kind: string[]; series: string[]; year: string[] } {
  const years = new Set<number>();
  for (const event of graph.events.values()) for (const e of event.editions) years.add(e.year);
  return {
    kind: [...SEARCH_KINDS],
    series: [...graph.series.values()].map((s) => s.name).sort(),
    year: [...years].sort((a, b) => b - a).map(String),
  };
}

function facets(graph: Graph, kind: SearchKind, series: Set<string>, years: Set<number>): SearchFacets {
  return {
    kind,
    lang: 'en',
    series: [...series].map((id) => nameOf(graph, 'series', id)).sort(),
    years: [...years].sort((a, b) => b - a),
  };
}
