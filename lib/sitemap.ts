/** The sitemap index and its files. */
import { runToEnd, type Steps } from './graph/steps';
import type { Graph, LinkedKind } from './graph/types';
import { articleModified, entityModified, newestModified } from './modified';
import { articleHref, carHref, editionHref, entityHref, pageHref, sessionPageHref } from './routes';
import { absoluteUrl } from './site';
import { APPEARANCE_ROWS, archiveHref, archivePageCount, articlePageCount, editionsHref, ENTITY_CARDS, hubEditionPageCount, indexPageCount, seasonPageCount, seasonsHref } from './view';

/**
 * URLs per sitemap file, a tenth of the protocol's limit (50,000): after a publish each file is rendered again on
 * its first request, and Next measures every entry it caches with `JSON.stringify`, which writes a body
 * of 50,000 URLs (about 6 MB) as an array of numbers: 0.6–0.7 s on the thread that answers readers, at
 * 10,000 articles (bench/README.md, "What a reader waits for during a publish"). 5,000 URLs cost about a tenth.
 */
export const SITEMAP_FILE_URLS = 5_000;

type PageKind = Exclude<LinkedKind, 'cars'>;
const KINDS: readonly PageKind[] = ['drivers', 'teams', 'events', 'circuits', 'series', 'authors'];

export interface SitemapEntry {
  /** Path of the page; its canonical URL is absoluteUrl(path). */
  path: string;
  /** ISO date from the content, never the build time. */
  lastModified?: string;
}

const cache = new WeakMap<Graph, SitemapEntry[]>();
/** Each sitemap path's last modification, made with the entries. */
const byPath = new WeakMap<Graph, Map<string, string | undefined>>();

function max(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/**
 * Every indexable page of the site with its last modification: the home page, the archive and the entity
 * indexes with their pages 2..n (page 1 is the index itself), every article and every entity page, and
 * the report archive and season pages of drivers and teams and the edition pages of events, circuits and
 * series whose page shows only the latest.
 */
export function sitemapEntries(graph: Graph): SitemapEntry[] {
  return cache.get(graph) ?? runToEnd(sitemapSteps(graph));
}

/** Articles, or entities, or editions read between two pauses of sitemapSteps. */
const SITEMAP_STEP = 1000;

/**
 * sitemapEntries and the dates pageModified looks up, made in steps and kept for `graph`: a publish makes
 * them while it prepares the new graph (lib/publish/prepare.ts), in slices, so that the first list page
 * rendered after the swap finds them. At 30,000 articles the first such page made them at once, about
 * 0.7 s on the thread that answers readers (bench/README.md, "The tags of a publish, and the garbage
 * collector at 30,000 articles").
 */
export function* sitemapSteps(graph: Graph): Steps<SitemapEntry[]> {
  const cached = cache.get(graph);
  if (cached) return cached;
  let read = 0;
  const step = () => ++read % SITEMAP_STEP === 0;
  const newestArticle = newestModified(graph, graph.articleBySlug.keys());
  const entries: SitemapEntry[] = [{ path: '/', lastModified: newestArticle }];
  for (let page = 1; page <= articlePageCount(graph); page++) entries.push({ path: pageHref('/articles', page), lastModified: newestArticle });
  entries.push({ path: '/data', lastModified: newestArticle });
  for (const article of graph.articles) {
    entries.push({ path: articleHref(article.slug), lastModified: articleModified(article) });
    if (step()) yield;
  }
  for (const kind of KINDS) {
    const pages: SitemapEntry[] = [];
    let newestOfKind: string | undefined;
    for (const id of graph[kind].keys()) {
      const lastModified = entityModified(graph, kind, id);
      newestOfKind = max(newestOfKind, lastModified);
      pages.push({ path: entityHref(kind, id), lastModified });
      if (kind === 'drivers' || kind === 'teams') pages.push(...archivePages(graph, kind, id, lastModified));
      else if (kind !== 'authors') for (let n = 1; n <= hubEditionPageCount(graph, kind, id); n++) pages.push({ path: editionsHref(kind, id, n), lastModified });
      if (step()) yield;
    }
    // An index page changes whenever an entity of its kind appears or changes.
    // (No author yet, no index of authors: an empty page is nothing to offer a search engine.)
    const indexPages = kind === 'authors' && graph.authors.size === 0 ? 0 : indexPageCount(graph, kind);
    for (let page = 1; page <= indexPages; page++) entries.push({ path: pageHref(`/${kind}`, page), lastModified: newestOfKind });
    entries.push(...pages);
  }
  // Car models, and every event edition.
  const carPages: SitemapEntry[] = [];
  let newestCar: string | undefined;
  for (const id of graph.cars.keys()) {
    const lastModified = entityModified(graph, 'cars', id);
    newestCar = max(newestCar, lastModified);
    carPages.push({ path: carHref(id), lastModified });
    if (step()) yield;
  }
  for (let page = 1; page <= indexPageCount(graph, 'cars'); page++) entries.push({ path: pageHref('/cars', page), lastModified: newestCar });
  entries.push(...carPages);
  for (const edition of graph.editions.values()) {
    entries.push({ path: editionHref(edition.eventId, edition.year), lastModified: newestModified(graph, edition.articles) });
    // Each session's own page, full classification and laps (rendered on its first request).
    for (const s of edition.sessions) entries.push({ path: sessionPageHref(s), lastModified: newestModified(graph, s.reports) });
    if (step()) yield;
  }
  const dates = new Map<string, string | undefined>();
  for (const e of entries) {
    dates.set(e.path, e.lastModified);
    if (step()) yield;
  }
  cache.set(graph, entries);
  byPath.set(graph, dates);
  return entries;
}

/**
 * The pages behind a driver's or team's page that hold what it shows only the latest of (lib/view): its
 * report archive, when it has more reports or appearances than the page shows, and its season pages.
 */
function archivePages(graph: Graph, kind: 'drivers' | 'teams', id: string, lastModified: string | undefined): SitemapEntry[] {
  const out: SitemapEntry[] = [];
  const linked = (graph.articlesBy[kind].get(id)?.length ?? 0) > ENTITY_CARDS || (graph.entriesBy[kind].get(id)?.length ?? 0) > APPEARANCE_ROWS;
  if (linked) for (let n = 1; n <= archivePageCount(graph, kind, id); n++) out.push({ path: archiveHref(kind, id, n), lastModified });
  for (let n = 1; n <= seasonPageCount(graph, kind, id); n++) out.push({ path: seasonsHref(kind, id, n), lastModified });
  return out;
}

/** The last modification of the page at `path`, as the sitemap gives it (for JSON-LD dateModified). */
export function pageModified(graph: Graph, path: string): string | undefined {
  sitemapEntries(graph);
  return byPath.get(graph)!.get(path);
}

/** Where app/sitemaps/sitemap.ts serves file `id`. */
export function sitemapFilePath(id: number): string {
  return `/sitemaps/sitemap/${id}.xml`;
}

/** The sitemap files: `/sitemaps/sitemap/<id>.xml` for id 0..n-1, each at most SITEMAP_FILE_URLS URLs. */
export function sitemapIds(graph: Graph, perFile = SITEMAP_FILE_URLS): { id: number }[] {
  const count = Math.max(1, Math.ceil(sitemapEntries(graph).length / perFile));
  return Array.from({ length: count }, (_, id) => ({ id }));
}

export function sitemapChunk(graph: Graph, id: number, perFile = SITEMAP_FILE_URLS): SitemapEntry[] {
  return sitemapEntries(graph).slice(id * perFile, (id + 1) * perFile);
}

/** The newest lastModified of a list of entries (for the sitemap index). */
export function newestEntry(entries: readonly SitemapEntry[]): string | undefined {
  let newest: string | undefined;
  for (const e of entries) newest = max(newest, e.lastModified);
  return newest;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The sitemap index: each file of app/sitemap.ts with the newest lastmod of its URLs. */
export function sitemapIndexXml(graph: Graph): string {
  const items = sitemapIds(graph).map(({ id }) => {
    const lastmod = newestEntry(sitemapChunk(graph, id));
    return `<sitemap><loc>${escapeXml(absoluteUrl(sitemapFilePath(id)))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
