import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import type { Article } from '@/lib/content/types';
import { loadRepositoryGraph } from './content-oracle';

/**
 * What a crawler sees without running JavaScript: robots.txt → sitemap index → every page, parsed as HTML
 * (by the browser's DOMParser, which runs no script), its head and its JSON-LD; the feeds parsed as XML;
 * the share images read as PNG. Expected values come from the content on disk (the oracle), never from
 * constants of this file.
 */

const graph = loadRepositoryGraph();
const xml = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' });
const ENTITY_KINDS = ['drivers', 'teams', 'events', 'circuits', 'series'] as const;
type Kind = (typeof ENTITY_KINDS)[number];
/** Kinds with a page per entity and an index: the named entities and the car models. */
const PAGE_KINDS = [...ENTITY_KINDS, 'cars'] as const;
type PageKind = (typeof PAGE_KINDS)[number];

type LdNode = Record<string, unknown> & { '@type'?: string | string[]; '@id'?: string };

interface PageInfo {
  status: number;
  title: string;
  canonical: string[];
  meta: Record<string, string[]>;
  feeds: { href: string; title: string }[];
  jsonld: string[];
  scriptCount: number;
  h1: string;
  articleLang: string | null;
  crumbs: { label: string; href: string | null }[];
  links: string[];
}

/** Parses a page's HTML in the browser without executing it. */
async function inspect(page: Page, html: string): Promise<Omit<PageInfo, 'status'>> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const meta: Record<string, string[]> = {};
    for (const m of doc.querySelectorAll('meta[property], meta[name]')) {
      const key = m.getAttribute('property') ?? m.getAttribute('name')!;
      (meta[key] ??= []).push(m.getAttribute('content') ?? '');
    }
    return {
      title: doc.title,
      canonical: [...doc.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href') ?? ''),
      meta,
      feeds: [...doc.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => ({
        href: l.getAttribute('href') ?? '',
        title: l.getAttribute('title') ?? '',
      })),
      jsonld: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      scriptCount: doc.querySelectorAll('script').length,
      h1: doc.querySelector('h1')?.textContent?.trim() ?? '',
      articleLang: doc.querySelector('main article')?.getAttribute('lang') ?? null,
      crumbs: [...doc.querySelectorAll('nav[aria-label="Breadcrumb"] li')].map((li) => ({
        label: (li.querySelector('a, span[aria-current]')?.textContent ?? '').trim(),
        href: li.querySelector('a')?.getAttribute('href') ?? null,
      })),
      links: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    };
  }, html);
}

/** The site's origin as it publishes itself (SITE_URL at build time), read from robots.txt. */
async function siteOrigin(request: APIRequestContext): Promise<{ origin: string; sitemap: string }> {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  const line = (await res.text()).split('\n').find((l) => /^sitemap:/i.test(l));
  expect(line, 'robots.txt names a sitemap').toBeDefined();
  const url = new URL(line!.replace(/^sitemap:\s*/i, '').trim());
  return { origin: url.origin, sitemap: url.pathname };
}

function localPath(url: string, origin: string): string {
  expect(url.startsWith(`${origin}/`) || url === origin, `${url} is on ${origin}`).toBe(true);
  const u = new URL(url);
  return u.pathname + u.search + u.hash;
}

/** Follows the sitemap index to every URL set; returns loc path → lastmod. */
async function readSitemap(request: APIRequestContext, origin: string, path: string): Promise<Map<string, string | undefined>> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const doc = xml.parse(await res.text());
  const out = new Map<string, string | undefined>();
  if (doc.sitemapindex) {
    const files = [doc.sitemapindex.sitemap].flat() as { loc: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) for (const [k, v] of await readSitemap(request, origin, localPath(f.loc, origin))) out.set(k, v);
    return out;
  }
  const urls = [doc.urlset.url].flat() as { loc: string; lastmod?: string }[];
  expect(urls.length, `${path}: at most 50,000 URLs per file`).toBeLessThanOrEqual(50_000);
  for (const u of urls) {
    const p = localPath(u.loc, origin);
    expect(out.has(p), `${p} listed once`).toBe(false);
    out.set(p, u.lastmod === undefined ? undefined : String(u.lastmod));
  }
  return out;
}

// ---- expectations from the content ----

const modified = (a: Article) => a.updated ?? a.date;
function newest(slugs: Iterable<string>): string | undefined {
  let n: string | undefined;
  for (const s of slugs) {
    const d = modified(graph.articleBySlug.get(s)!);
    if (n === undefined || d > n) n = d;
  }
  return n;
}
const newestArticle = newest(graph.articleBySlug.keys());
const newestOfKind = Object.fromEntries(
  PAGE_KINDS.map((k) => [k, newest([...graph.articlesBy[k].values()].flat())]),
) as Record<PageKind, string | undefined>;

/** The lastmod the content implies for a page path. */
function expectedLastmod(path: string): string | undefined {
  const [, first, second, third] = path.split('/');
  if (path === '/' || path === '/data' || first === 'articles' && (second === undefined || second === 'page')) return newestArticle;
  if (first === 'articles') return modified(graph.articleBySlug.get(second!)!);
  const kind = first as PageKind;
  if (second === undefined || second === 'page' && third !== undefined) return newestOfKind[kind];
  // An edition page (/events/<id>/<year>) changes with the reports of that edition.
  if (kind === 'events' && third !== undefined) return newest(graph.editions.get(`${second}/${third}`)!.articles);
  return newest(graph.articlesBy[kind].get(second) ?? []);
}

/** Every page the content must produce (pagination pages beyond the first come from the link crawl). */
function contentPages(): string[] {
  return [
    '/',
    '/articles',
    ...graph.articles.map((a) => a.url),
    ...PAGE_KINDS.flatMap((k) => [`/${k}`, ...[...graph[k].keys()].map((id) => `/${k}/${id}`)]),
    ...[...graph.editions.values()].map((e) => `/events/${e.eventId}/${e.year}`),
  ];
}

/** The description is HTML in a feed: its entities decode back to the plain text. */
function decodeHtml(html: string): string {
  return html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

function types(node: LdNode): string[] {
  return [node['@type'] ?? []].flat();
}

/** Every object in a JSON-LD value, at any depth. */
function* walk(value: unknown): Generator<LdNode> {
  if (Array.isArray(value)) for (const v of value) yield* walk(v);
  else if (value && typeof value === 'object') {
    yield value as LdNode;
    for (const v of Object.values(value)) yield* walk(v);
  }
}

function topNodes(blocks: string[]): LdNode[] {
  return blocks.flatMap((text) => {
    const doc = JSON.parse(text) as LdNode;
    expect(doc['@context']).toBe('https://schema.org');
    return (doc['@graph'] as LdNode[] | undefined) ?? [doc];
  });
}

function isPng1200x630(body: Buffer): { png: boolean; width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return {
    png: body.subarray(0, 8).equals(signature) && body.subarray(12, 16).toString('ascii') === 'IHDR',
    width: body.readUInt32BE(16),
    height: body.readUInt32BE(20),
  };
}

// One worker crawls once; a failing test does not skip the others.
test.describe.configure({ mode: 'default' });

let origin = '';
let sitemap = new Map<string, string | undefined>();
const pages = new Map<string, PageInfo>();

test.beforeAll(async ({ request, browser }) => {
  ({ origin } = await siteOrigin(request));
  const { sitemap: path } = await siteOrigin(request);
  sitemap = await readSitemap(request, origin, path);
  const page = await browser.newPage();
  for (const p of sitemap.keys()) {
    const res = await request.get(p, { maxRedirects: 0 });
    pages.set(p, { status: res.status(), ...(await inspect(page, await res.text())) });
  }
  await page.close();
});

test('the sitemap lists every page, each once, with its lastmod from the content, and nothing that fails', () => {
  for (const p of contentPages()) expect(sitemap.has(p), `${p} in the sitemap`).toBe(true);
  for (const [p, lastmod] of sitemap) {
    expect(pages.get(p)!.status, `${p} status`).toBe(200);
    expect(p.endsWith('/page/1'), `${p}: page 1 is listed as its index`).toBe(false);
    expect(lastmod, `${p} lastmod`).toBe(expectedLastmod(p));
  }
});

test('every page reachable by links from the home page is in the sitemap (except /x/page/1, canonical to /x)', async ({ request, page }) => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const info = pages.get(path) ?? { status: 0, ...(await inspect(page, await (await request.get(path)).text())) };
    for (const href of info.links) {
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const target = href.split('#')[0]!;
      // Data and feeds are linked too, but are not pages.
      if (target === '' || /\.(xml|json|csv)$/.test(target) || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  for (const path of seen) {
    if (/\/page\/1$/.test(path)) {
      const info = await inspect(page, await (await request.get(path)).text());
      expect(info.canonical, `${path} canonical`).toEqual([`${origin}${path.replace(/\/page\/1$/, '')}`]);
      continue;
    }
    expect(sitemap.has(path), `${path} (linked) is in the sitemap`).toBe(true);
  }
});

test('every page has a title, description, canonical URL, Open Graph and Twitter card, and is indexable', () => {
  for (const [path, info] of pages) {
    const canonical = `${origin}${path === '/' ? '' : path}`;
    expect(info.canonical, `${path} canonical`).toEqual([canonical]);
    expect(info.title.length, `${path} title`).toBeGreaterThan(0);
    expect(info.meta.description?.[0]?.length ?? 0, `${path} description`).toBeGreaterThan(0);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'])
      expect(info.meta[key]?.length, `${path} ${key}`).toBe(1);
    expect(info.meta['og:url']![0], `${path} og:url`).toBe(canonical);
    expect(info.meta['twitter:card']![0]).toBe('summary_large_image');
    expect((info.meta.robots ?? []).join(' '), `${path} robots`).not.toContain('noindex');
    expect(info.feeds.map((f) => localPath(f.href, origin)), `${path} offers the site feed`).toContain('/feed.xml');
  }
});

test('articles are Open Graph articles in their own language, with their dates', () => {
  for (const article of graph.articles) {
    const info = pages.get(article.url)!;
    expect(info.meta['og:type']).toEqual(['article']);
    expect(info.meta['article:published_time']).toEqual([article.date]);
    expect(info.meta['article:modified_time']).toEqual([modified(article)]);
    expect(info.meta['og:locale']![0]!.split('_')[0]).toBe(article.lang.split('-')[0]);
    expect(info.articleLang).toBe(article.lang);
    if (article.lang === 'nl') expect(info.meta['og:locale']).toEqual(['nl_NL']);
  }
  expect(graph.articles.some((a) => a.lang === 'nl'), 'the content has a Dutch report').toBe(true);
});

test('every JSON-LD block parses, has a BreadcrumbList matching the visible breadcrumbs, and every @id resolves', () => {
  const defined = new Map<string, Set<string>>();
  const refs: { from: string; id: string }[] = [];
  for (const [path, info] of pages) {
    expect(info.jsonld.length, `${path} has JSON-LD`).toBeGreaterThan(0);
    const nodes = topNodes(info.jsonld);
    for (const n of nodes) expect(types(n).length, `${path}: every node has a @type`).toBeGreaterThan(0);
    for (const n of walk(nodes)) {
      if (typeof n['@id'] !== 'string') continue;
      if (n['@type'] !== undefined) {
        const set = defined.get(path) ?? new Set<string>();
        set.add(n['@id']);
        defined.set(path, set);
      }
      refs.push({ from: path, id: n['@id'] });
    }
    if (path === '/') {
      expect(nodes.some((n) => types(n).includes('WebSite'))).toBe(true);
      continue;
    }
    const crumbs = nodes.filter((n) => types(n).includes('BreadcrumbList'));
    expect(crumbs, `${path} BreadcrumbList`).toHaveLength(1);
    const items = crumbs[0]!.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    expect(items.map((i) => i.name), `${path}: crumbs as shown`).toEqual(info.crumbs.map((c) => c.label));
    expect(items.map((i) => localPath(i.item, origin)), `${path}: crumb links as shown`).toEqual(info.crumbs.map((c) => c.href ?? path));
  }
  // A reference to another page's node (a driver mentioned in a report) is defined, with a type, on that page.
  for (const { from, id } of refs) {
    const u = new URL(id);
    expect(u.origin, `${from}: ${id}`).toBe(origin);
    expect(defined.get(u.pathname)?.has(id), `${from}: ${id} is described on ${u.pathname}`).toBe(true);
  }
});

test('articles carry a NewsArticle about their SportsEvent, which names their drivers and teams', () => {
  for (const article of graph.articles) {
    const info = pages.get(article.url)!;
    const nodes = topNodes(info.jsonld);
    const news = nodes.find((n) => types(n).includes('NewsArticle'))!;
    expect(news, article.slug).toBeDefined();
    expect(news.headline).toBe(article.title);
    expect(news.headline).toBe(info.h1);
    expect(news.description).toBe(article.description);
    expect(news.datePublished).toBe(article.date);
    expect(news.dateModified).toBe(modified(article));
    expect(news.inLanguage).toBe(article.lang);
    expect(localPath([news.image].flat()[0] as string, origin).split('?')[0]).toBe(localPath(info.meta['og:image']![0]!, origin).split('?')[0]);
    expect([news.author].flat().every((a) => typeof (a as LdNode).name === 'string')).toBe(true);
    expect((news.publisher as LdNode).name).toBeTruthy();
    const ids = graph.entitiesOf.get(article.slug)!;
    const named = new Set([...ids.drivers.map((d) => `${origin}/drivers/${d}#person`), ...ids.teams.map((t) => `${origin}/teams/${t}#team`)]);
    const mentioned = new Set(([news.mentions ?? []].flat() as LdNode[]).map((m) => m['@id']));
    const ev = article.event;
    // Without an event the article mentions every driver and team; with one, the event names them as competitors.
    expect(mentioned).toEqual(ev ? new Set() : named);
    if (!ev) continue;
    const event = nodes.find((n) => types(n).includes('SportsEvent'))!;
    expect((news.about as LdNode)['@id']).toBe(event['@id']);
    expect(event['@id']).toBe(`${origin}/events/${ev.event.id}/${ev.year}#event`);
    if (ev.circuit) expect(event.location).toMatchObject({ '@type': 'Place', '@id': `${origin}/circuits/${ev.circuit.id}#place` });
    if (ev.series) expect(([event.superEvent].flat() as LdNode[]).map((s) => s['@id'])).toContain(`${origin}/series/${ev.series.id}#series`);
    const competitors = ([event.competitor].flat() as LdNode[]).map((c) => c['@id']);
    expect(new Set(competitors)).toEqual(named);
  }
});

test('drivers are Persons, teams SportsTeams, events, circuits and series their own nodes', () => {
  const main: Record<Kind, { type: string; fragment: string }> = {
    drivers: { type: 'Person', fragment: 'person' },
    teams: { type: 'SportsTeam', fragment: 'team' },
    events: { type: 'EventSeries', fragment: 'event' },
    circuits: { type: 'Place', fragment: 'place' },
    series: { type: 'EventSeries', fragment: 'series' },
  };
  for (const kind of ENTITY_KINDS) {
    for (const node of graph[kind].values()) {
      const path = `/${kind}/${node.id}`;
      const info = pages.get(path)!;
      const nodes = topNodes(info.jsonld);
      const id = `${origin}${path}#${main[kind].fragment}`;
      const entity = nodes.find((n) => n['@id'] === id);
      expect(entity, `${path} ${id}`).toBeDefined();
      expect(types(entity!)).toContain(main[kind].type);
      expect(entity!.name).toBe(info.h1);
      if (kind !== 'series' && node.aliases.length > 0) expect(new Set([entity!.alternateName].flat())).toEqual(new Set(node.aliases));
      if (kind === 'drivers') {
        const nationality = (node as { nationality?: string }).nationality;
        if (nationality) expect((entity!.nationality as LdNode).identifier).toBe(nationality.toUpperCase());
      }
      const pageNode = nodes.find((n) => n['@id'] === `${origin}${path}`)!;
      expect(pageNode.mainEntity).toEqual({ '@id': id });
    }
  }
});

test('the 404 is marked noindex and still describes itself', async ({ request, page }) => {
  const res = await request.get(`/no-such-page-${Date.now()}`);
  expect(res.status()).toBe(404);
  const info = await inspect(page, await res.text());
  expect((info.meta.robots ?? []).join(' ')).toContain('noindex');
  expect(info.meta.description?.[0]).toBeTruthy();
  for (const key of ['og:title', 'og:description', 'twitter:card']) expect(info.meta[key]?.length, key).toBe(1);
  expect(info.canonical).toEqual([]);
});

test('the site feed lists the latest 50 articles with full summaries and working links', async ({ request }) => {
  const res = await request.get('/feed.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('xml');
  const channel = xml.parse(await res.text()).rss.channel;
  const items = [channel.item ?? []].flat() as Record<string, unknown>[];
  const expected = graph.articles.slice(0, 50);
  expect(items).toHaveLength(expected.length);
  for (const [i, article] of expected.entries()) {
    const item = items[i]!;
    expect((item.title as { '#cdata': string })['#cdata']).toBe(article.title);
    expect(decodeHtml((item.description as { '#cdata': string })['#cdata'])).toBe(article.description);
    expect(item['dc:language']).toBe(article.lang);
    const link = localPath(String(item.link), origin);
    expect(link).toBe(article.url);
    expect((await request.get(link)).status(), link).toBe(200);
  }
});

test('each driver and team has a feed of its reports, offered in its page head', async ({ request }) => {
  for (const kind of ['drivers', 'teams'] as const) {
    for (const id of graph[kind].keys()) {
      const path = `/${kind}/${id}`;
      const feedPath = `${path}/feed.xml`;
      expect(pages.get(path)!.feeds.map((f) => localPath(f.href, origin)), `${path} head`).toContain(feedPath);
      const res = await request.get(feedPath);
      expect(res.status(), feedPath).toBe(200);
      const channel = xml.parse(await res.text()).rss.channel;
      const items = [channel.item ?? []].flat() as { link: string }[];
      const slugs = (graph.articlesBy[kind].get(id) ?? []).slice(0, 50);
      expect(items.map((i) => localPath(i.link, origin)), feedPath).toEqual(slugs.map((s) => `/articles/${s}`));
    }
  }
});

test('every share image is a 1200×630 PNG; articles, drivers and teams have their own', async ({ request }) => {
  // One image per article, driver and team: about 250 drawn on first request with the timing files' entrants.
  test.setTimeout(300_000);
  const checked = new Set<string>();
  for (const [path, info] of pages) {
    const image = localPath(info.meta['og:image']![0]!, origin);
    const own = /^\/(articles|drivers|teams)\/[^/]+$/.test(path);
    if (own) expect(image.split('?')[0], `${path} has its own image`).toBe(`${path}/opengraph-image`);
    if (checked.has(image)) continue;
    checked.add(image);
    const res = await request.get(image);
    expect(res.status(), image).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = isPng1200x630(await res.body());
    expect(png, image).toEqual({ png: true, width: 1200, height: 630 });
    expect(info.meta['og:image:width']).toEqual(['1200']);
    expect(info.meta['og:image:height']).toEqual(['630']);
  }
});

test('breadcrumbs in the JSON-LD are the ones a reader sees', async ({ page }) => {
  for (const path of [graph.articles[0]!.url, `/drivers/${[...graph.drivers.keys()][0]}`, '/teams']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Breadcrumb' });
    const visible = (await nav.getByRole('listitem').allTextContents()).map((t) => t.replace('›', '').trim());
    const ld = topNodes(pages.get(path)!.jsonld).find((n) => types(n).includes('BreadcrumbList'))!;
    expect((ld.itemListElement as { name: string }[]).map((i) => i.name)).toEqual(visible);
  }
});
