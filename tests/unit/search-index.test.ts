import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content';
import { parseContent } from '@/lib/content/read-files';
import { buildGraph } from '@/lib/graph/build';
import { documentHtml, mdxPlainText, searchDocuments, searchRecords } from '@/lib/search/documents';
import { contentLanguage, withContentLanguage, writeSearchIndex } from '@/lib/search/indexer';
import { searchIndexResponse } from '@/lib/search/serve';
import { readTree } from '../fixtures/corpus';

const page = (lang: string, body: string, bodyLang?: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><header>Menu words</header>` +
  `<main><article${bodyLang ? ` lang="${bodyLang}"` : ''} data-pagefind-body=""><h1>${body}</h1><p>${body} text.</p></article></main></body></html>`;

const root = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('search index', () => {
  it('indexes a page in the language of its content, not of <html>', () => {
    const html = page('en', 'Kwalificatie', 'nl');
    expect(contentLanguage(html)).toBe('nl');
    expect(withContentLanguage(html)).toContain('<html lang="nl">');
    expect(contentLanguage(page('en', 'Qualifying'))).toBe('en');
    expect(withContentLanguage(page('en', 'Qualifying'))).toContain('<html lang="en">');
  });

  const seeds = readTree(resolve(__dirname, '..', '..', 'content'));
  const read = parseContent(seeds, 'content');
  const graph = buildGraph(buildContent(read.articles, read.registries).content);
  const docs = [...searchDocuments(graph)];
  const doc = (url: string) => docs.find((d) => d.url === url)!;

  it('has one document for every article and every entity page, whether prerendered or not', () => {
    const urls = docs.map((d) => d.url);
    expect(new Set(urls).size).toBe(urls.length);
    const expected = [
      ...graph.articles.map((a) => `/articles/${a.slug}`),
      ...[...graph.drivers.keys()].map((id) => `/drivers/${id}`),
      ...[...graph.teams.keys()].map((id) => `/teams/${id}`),
      ...[...graph.cars.keys()].map((id) => `/cars/${id}`),
      ...[...graph.events.keys()].map((id) => `/events/${id}`),
      ...[...graph.editions.values()].map((e) => `/events/${e.eventId}/${e.year}`),
      ...[...graph.circuits.keys()].map((id) => `/circuits/${id}`),
      ...[...graph.series.keys()].map((id) => `/series/${id}`),
    ];
    expect(urls.sort()).toEqual(expected.sort());
    expect(urls).toContain('/events/24-hours-of-le-mans/2019');
    expect(urls).toContain('/cars/toyota-ts050-hybrid');
  });

  it('gives an article its standfirst, body text, names and facets, in its own language', () => {
    const nl = doc('/articles/2023-bahrein-kwalificatie-toyota-pole');
    expect(nl.facets).toMatchObject({ kind: 'Article', lang: 'nl', event: '8 Hours of Bahrain 2023', years: [2023] });
    const text = nl.text.join(' ');
    expect(text).toContain('omstandigheden');
    expect(text).toContain('Toyota Gazoo Racing');
    expect(text).not.toMatch(/<[A-Z]|\]\(|^#/m);
    const html = documentHtml(nl);
    expect(html).toMatch(/^<!doctype html><html lang="nl">/);
    expect(contentLanguage(html)).toBe('nl');
    expect(html).toContain('<span data-pagefind-filter="language">Nederlands</span>');
    expect(html).toContain('<span data-pagefind-meta="event">8 Hours of Bahrain 2023</span>');
    expect(html).toContain(`<h1>${nl.title}</h1>`);
  });

  it('gives an entity page its name, summary and the spellings it is also known by', () => {
    const jorg = doc('/drivers/jorg-bergmeister');
    expect(jorg.title).toBe('Jörg Bergmeister');
    expect(jorg.facets.kind).toBe('Driver');
    expect(jorg.text.join(' ')).toContain('Also written as: Jorg Bergmeister, Joerg Bergmeister');
    expect(doc('/events/24-hours-of-le-mans/2019').kicker).toBe('Edition');
  });

  it('escapes what it writes', () => {
    const html = documentHtml({ url: '/x', title: 'A <b> & "c"', text: ['</main><script>'], facets: { kind: 'Team', lang: 'en', series: [], years: [] } });
    expect(html).toContain('<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html).toContain('<p>&lt;/main&gt;&lt;script&gt;</p>');
  });

  it('reads an MDX body as plain text', () => {
    const mdx = [
      "import { Chart } from './chart'",
      '## The **start**',
      '',
      'Toyota led from [pole](/articles/x) with _Kobayashi_ in `#7`. {/* a note */}',
      '',
      '<Results session="Race" />',
      '<Callout kind="info">Rain at hour 3</Callout>',
      '',
      '| Car | Gap |',
      '| --- | --- |',
      '| #8 | +1 lap |',
      '![a photo](/x.jpg)',
      '- first point',
    ].join('\n');
    expect(mdxPlainText(mdx)).toBe('The start Toyota led from pole with Kobayashi in #7. Rain at hour 3 Car Gap #8 +1 lap first point');
  });

  it('writes a bundle per language from the documents', async () => {
    const out = join(root, 'pagefind');
    const stats = await writeSearchIndex(searchRecords(graph), out);
    expect(stats.pages).toBe(docs.length);
    expect(stats.languages).toEqual({ en: docs.length - 1, nl: 1 });
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'nl']);
    expect(entry.languages.nl!.page_count).toBe(1);
  });

  it('refuses records with nothing to index', async () => {
    await expect(writeSearchIndex([{ url: '/', html: '<html><body>x</body></html>' }], join(root, 'empty'))).rejects.toThrow('no page carries data-pagefind-body');
  });

  it('serves only files of the bundle', async () => {
    const dir = join(root, 'pagefind');
    const ok = await searchIndexResponse(['pagefind-entry.json'], dir);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
    for (const bad of [['..', 'app', 'index.html'], ['.hidden'], ['a/b'], [], ['fragment'], ['x', 'y', 'z', 'w']]) {
      expect((await searchIndexResponse(bad, dir)).status, bad.join('/')).toBe(404);
    }
  });
});
