import { XMLParser } from 'fast-xml-parser';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { buildContent } from '@/lib/check/build-content';
import { type RawArticle, type RawRegistryDocument } from '@/lib/content';
import { buildGraph } from '@/lib/graph/build';
import { articlesFeed, entityFeed } from '@/lib/feeds';
import { articleJsonLd, driverJsonLd, ldId } from '@/lib/page-jsonld';
import { serializeJsonLd } from '@/components/json-ld';
import { indexMetadata, ogLocale, pageMetadata } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';

const EVIL = '</script><script>alert(1)</script>';
const SEPARATORS = 'line\u2028separator\u2029paragraph';

const evilTitle = `Pole for ${EVIL} at Le Mans`;
const evilDriver = `Evil ${EVIL} Driver`;

function rawArticle(slug: string, date: string, data: Record<string, unknown>): RawArticle {
  return {
    file: `content/articles/${slug}.mdx`,
    slug,
    bodyRaw: 'Body text of the report.',
    bodyCode: '',
    data: { description: `A description long enough for the fifty-character minimum ${SEPARATORS}.`, date, ...data },
  };
}

const registries: RawRegistryDocument[] = [
  { kind: 'drivers', id: 'kamui-kobayashi', file: 'content/drivers/kamui-kobayashi.yaml', data: { name: 'Kamui Kobayashi', aliases: ['K. Kobayashi'], nationality: 'JP' } },
];

function fixtureGraph() {
  const { content, problems } = buildContent(
    [
      rawArticle('evil', '2017-06-14', {
        title: evilTitle,
        lang: 'nl',
        tags: ['Le Mans'],
        event: { name: '24 Hours of Le Mans', year: 2017, series: 'FIA World Endurance Championship', circuit: 'Circuit de la Sarthe' },
        results: [
          {
            session: 'Qualifying 1',
            type: 'qualifying',
            classes: [
              {
                class: 'LMP1',
                entries: [{ pos: 1, number: '7', team: 'Toyota Gazoo Racing', drivers: ['Kamui Kobayashi', evilDriver], time: '3:19.793' }],
              },
            ],
          },
        ],
      }),
      rawArticle('later', '2018-06-14', { title: 'A later report', updated: '2018-07-01' }),
    ],
    registries,
  );
  const errors = problems.filter((p) => p.severity === 'error');
  expect(errors).toEqual([]);
  return buildGraph(content);
}

/** The text of every `<script>` in the markup, found by the HTML rule that ends a script at `</script`. */
function scripts(markup: string): { attrs: string; text: string }[] {
  return [...markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)].map((m) => ({ attrs: m[1] ?? '', text: m[2] ?? '' }));
}

describe('serializeJsonLd', () => {
  it('leaves no character that could end a script element or break old parsers, and round-trips', () => {
    const value = { a: EVIL, b: SEPARATORS, c: '<!-- & -->' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('JsonLd rendered by react-dom/server', () => {
  const graph = fixtureGraph();
  const article = graph.articleBySlug.get('evil')!;
  const crumbs = [{ href: '/', label: 'Home' }, { href: '/articles', label: 'Articles' }, { label: article.title }];
  const data = articleJsonLd(graph, article, crumbs);
  const markup = renderToStaticMarkup(createElement(JsonLd, { data }));

  it('renders exactly one script, whose text is the whole JSON-LD', () => {
    const found = scripts(markup);
    expect(found).toHaveLength(1);
    expect(found[0]!.attrs).toContain('application/ld+json');
    expect(markup.match(/<\/script/gi)).toHaveLength(1);
    expect(JSON.parse(found[0]!.text)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('keeps the hostile title and driver name as data', () => {
    const parsed = JSON.parse(scripts(markup)[0]!.text) as { '@graph': Record<string, unknown>[] };
    const news = parsed['@graph'].find((n) => n['@type'] === 'NewsArticle')!;
    expect(news.headline).toBe(evilTitle);
    expect(news.inLanguage).toBe('nl');
    const evilId = graph.resolve('drivers', evilDriver);
    // The article is about the event, which names each driver once, as a competitor.
    expect(news.about).toEqual({ '@id': ldId.edition(article.event!.event.id, article.event!.year) });
    expect(news.mentions).toBeUndefined();
    const event = parsed['@graph'].find((n) => n['@type'] === 'SportsEvent')!;
    const competitor = (event.competitor as { '@id': string; name: string }[]).find((c) => c['@id'] === ldId.person(evilId));
    expect(competitor?.name).toBe(evilDriver);
    const breadcrumbs = parsed['@graph'].find((n) => n['@type'] === 'BreadcrumbList')!;
    const items = breadcrumbs.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual(crumbs.map((_, i) => i + 1));
    expect(items.at(-1)!.item).toBe(absoluteUrl(article.url));
  });

  it('describes the event with its circuit, series and competitors by @id', () => {
    const nodes = (data['@graph'] as unknown as Record<string, unknown>[]);
    const event = nodes.find((n) => n['@type'] === 'SportsEvent')!;
    const news = nodes.find((n) => n['@type'] === 'NewsArticle')!;
    expect(news.about).toEqual({ '@id': event['@id'] });
    expect((event.location as { '@type': string })['@type']).toBe('Place');
    const superEvents = event.superEvent as { '@id': string }[];
    expect(superEvents.map((s) => s['@id'])).toContain(ldId.series(article.event!.series!.id));
    const competitors = (event.competitor as { '@id': string }[]).map((c) => c['@id']);
    for (const id of graph.entitiesOf.get('evil')!.drivers) expect(competitors).toContain(ldId.person(id));
    for (const id of graph.entitiesOf.get('evil')!.teams) expect(competitors).toContain(ldId.team(id));
  });

  it('gives a driver a Person with aliases and nationality', () => {
    const driver = graph.drivers.get('kamui-kobayashi')!;
    const ld = driverJsonLd(graph, driver, { crumbs: [{ href: '/', label: 'Home' }, { label: driver.name }], summary: 'x' });
    const person = (ld['@graph'] as unknown as Record<string, unknown>[]).find((n) => n['@type'] === 'Person')!;
    expect(person['@id']).toBe(ldId.person('kamui-kobayashi'));
    expect(person.alternateName).toContain('K. Kobayashi');
    expect((person.nationality as { identifier: string }).identifier).toBe('JP');
  });
});

describe('feeds', () => {
  const graph = fixtureGraph();
  const parser = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' });

  it('writes hostile titles as text and escapes them inside the HTML description', () => {
    const xml = articlesFeed(graph, { title: 'All', description: 'All reports', pagePath: '/', feedPath: '/feed.xml', slugs: graph.articles.map((a) => a.slug) });
    const doc = parser.parse(xml);
    const items = [doc.rss.channel.item].flat() as Record<string, unknown>[];
    expect(items).toHaveLength(graph.articles.length);
    const evil = items.find((i) => i.link === absoluteUrl('/articles/evil'))!;
    expect((evil.title as { '#cdata': string })['#cdata']).toBe(evilTitle);
    const content = (evil['content:encoded'] as { '#cdata': string })['#cdata'];
    expect(content).not.toContain('<script>');
    expect(content).toContain('&lt;/script&gt;');
    expect(evil['dc:language']).toBe('nl');
    // Dates come from the content: the channel is as new as its newest article (updated 2018-07-01).
    expect(new Date(doc.rss.channel.lastBuildDate as string).toISOString().slice(0, 10)).toBe('2018-07-01');
  });

  it('gives a driver a feed of the reports they appear in', () => {
    const id = graph.resolve('drivers', evilDriver);
    const doc = parser.parse(entityFeed(graph, 'drivers', graph.drivers.get(id)!));
    const items = [doc.rss.channel.item].flat() as { link: string }[];
    expect(items.map((i) => i.link)).toEqual((graph.articlesBy.drivers.get(id) ?? []).map((s) => absoluteUrl(`/articles/${s}`)));
  });
});

describe('pageMetadata', () => {
  it('derives og:locale from the language', () => {
    expect(ogLocale('nl')).toBe('nl_NL');
    expect(ogLocale('pt-BR')).toBe('pt_BR');
    const meta = pageMetadata({ title: 't', description: 'd', path: '/articles/x', lang: 'nl', article: { publishedTime: '2023-11-03' } });
    expect(meta.openGraph).toMatchObject({ locale: 'nl_NL', type: 'article', publishedTime: '2023-11-03', url: absoluteUrl('/articles/x') });
    expect(meta.alternates?.canonical).toBe(absoluteUrl('/articles/x'));
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('canonicalises page 1 of an index to the index and page n to itself', () => {
    expect(indexMetadata('Drivers', 'd', '/drivers', 1).alternates?.canonical).toBe(absoluteUrl('/drivers'));
    expect(indexMetadata('Drivers', 'd', '/drivers', 3).alternates?.canonical).toBe(absoluteUrl('/drivers/page/3'));
  });

  it('gives the 404 no canonical URL', () => {
    const meta = pageMetadata({ title: 'Page not found', description: 'd' });
    expect(meta.alternates?.canonical).toBeUndefined();
    expect(meta.openGraph).toBeDefined();
  });
});
