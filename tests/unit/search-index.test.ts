import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { affectedTags } from '@/lib/publish/affected';
import { applySearchChanges, type Superseded } from '@/lib/search/delta';
import { documentHtml, mdxPlainText, searchChanges, searchDocuments, searchRecords, tagDocuments, tagUrls } from '@/lib/search/documents';
import { contentLanguage, withContentLanguage, writeSearchIndex } from '@/lib/search/indexer';
import { searchIndexResponse } from '@/lib/search/serve';
import { graphOfFiles, readTree, withOverlay } from '../fixtures/corpus';

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
  const graph = graphOfFiles(seeds);
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

  it("names an article's first three of each class, not the rest of its results tables", () => {
    // A fourth place in LMP1, whose driver the report's prose does not name.
    const path = 'articles/2017-le-mans-qualifying-1-kobayashi-record-pole.mdx';
    const text = seeds.find((f) => f.path === path)!.text.replace('          - number: "9"\n', '          - pos: 4\n            number: "99"\n            team: Toyota Gazoo Racing\n            drivers: [Ottokar Fourthplace]\n          - number: "9"\n');
    const changed = graphOfFiles(withOverlay(seeds, [{ path, text }]));
    const article = changed.articleBySlug.get('2017-le-mans-qualifying-1-kobayashi-record-pole')!;
    const words = tagDocuments(changed, 'articles', article.slug)[0]!.text.join(' ');
    expect(article.sessions[0]!.classes[0]!.entries[3]!.drivers[0]!.id).toBe('ottokar-fourthplace');
    expect(words).not.toContain('Fourthplace');
    const top = article.sessions.flatMap((s) => s.classes.flatMap((c) => c.entries.filter((e) => e.pos !== undefined && e.pos <= 3)));
    expect(top.length).toBeGreaterThanOrEqual(9);
    for (const e of top) for (const d of e.drivers) expect(words).toContain(changed.drivers.get(d.id)!.name);
    for (const e of top) if (e.team) expect(words).toContain(changed.teams.get(e.team.id)!.name);
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

  it('writes the page ids of the bundle by URL, beside it', () => {
    const ids = JSON.parse(readFileSync(join(root, 'pagefind', '.state', 'ids.json'), 'utf8')) as Record<string, string[]>;
    expect(Object.keys(ids).sort()).toEqual(docs.map((d) => d.url).sort());
    const fragments = new Set(readdirSync(join(root, 'pagefind', 'fragment')).map((f) => f.replace(/\.pf_fragment$/, '')));
    for (const [url, list] of Object.entries(ids)) {
      expect(list, url).toHaveLength(1);
      expect(fragments.has(list[0]!), url).toBe(true);
    }
    expect(ids['/articles/2023-bahrein-kwalificatie-toyota-pole']![0]).toMatch(/^nl_/);
  });

  // A report of an existing session, in Spanish (tests/fixtures/another-language), published and then deleted.
  const ADDED = 'articles/2021-portimao-clasificacion-alpine-primera-pole.mdx';
  const withAdded = graphOfFiles([...seeds, ...readTree(resolve(__dirname, '..', 'fixtures', 'another-language'))]);
  const addedUrl = '/articles/2021-portimao-clasificacion-alpine-primera-pole';

  it('gives a publish the documents of the pages it changes, and null for those it removes', () => {
    const added = searchChanges(graph, withAdded, affectedTags(graph, withAdded, [ADDED]));
    const byUrl = new Map(added.map((c) => [c.url, c.html]));
    expect(byUrl.get(addedUrl)).toContain('<html lang="es">');
    expect(byUrl.get('/drivers/matthieu-vaxiviere')).toContain('<h1>Matthieu Vaxivière</h1>');
    expect(byUrl.get('/events/8-hours-of-portimao')).toContain('<h1>8 Hours of Portimão</h1>');
    expect(byUrl.has('/events/8-hours-of-portimao/2021')).toBe(true);
    expect(byUrl.has('/drivers/mike-conway')).toBe(false);
    expect([...byUrl.values()].every((html) => html !== null)).toBe(true);
    // Each changed document is the one a full index of the new graph holds.
    const full = new Map([...searchRecords(withAdded)].map((r) => [r.url, r.html]));
    for (const c of added) expect(c.html, c.url).toBe(full.get(c.url));

    const removed = searchChanges(withAdded, graph, affectedTags(withAdded, graph, [ADDED]));
    expect(removed.find((c) => c.url === addedUrl)).toEqual({ url: addedUrl, html: null });
    expect(removed.filter((c) => c.html === null)).toHaveLength(1);
  });

  it('writes a publish into a delta bundle that supersedes the pages it replaced, and empties it when they are back', async () => {
    const out = join(root, 'pagefind');
    const ids = JSON.parse(readFileSync(join(out, '.state', 'ids.json'), 'utf8')) as Record<string, string[]>;
    const added = searchChanges(graph, withAdded, affectedTags(graph, withAdded, [ADDED]));
    const first = await applySearchChanges(out, added);
    expect(first).toMatchObject({ kind: 'delta', documents: added.length, removed: 0 });
    const delta = join(out, 'delta');
    const superseded = JSON.parse(readFileSync(join(delta, 'superseded.json'), 'utf8')) as Superseded;
    expect(superseded.languages.sort()).toEqual(['en', 'es']);
    // Vaxivière's page changed (one report more): the build's version of it is dropped from results.
    expect(superseded.ids).toContain(ids['/drivers/matthieu-vaxiviere']![0]);
    expect(superseded.ids).not.toContain(ids['/drivers/mike-conway']![0]);
    expect(JSON.parse(readFileSync(join(delta, 'pagefind-entry.json'), 'utf8')).languages.es.page_count).toBe(1);

    // Deleted again: the article leaves the delta; the other pages are as the build indexed them, so
    // nothing of the build is superseded any more.
    const second = await applySearchChanges(out, searchChanges(withAdded, graph, affectedTags(withAdded, graph, [ADDED])));
    expect(second).toMatchObject({ kind: 'delta', removed: 0 });
    // Every document is back to the build's version: the delta holds none.
    expect(JSON.parse(readFileSync(join(delta, '.state.json'), 'utf8'))).toEqual({});
    expect(second).toMatchObject({ documents: 0 });
    expect((JSON.parse(readFileSync(join(delta, 'superseded.json'), 'utf8')) as Superseded).ids).toEqual([]);
    expect(readdirSync(out).filter((f) => f.startsWith('delta.tmp'))).toEqual([]);
  });

  it('leaves out of the delta the documents a publish touches but does not change', async () => {
    // A registry edit revalidates the pages of every article naming the entity; their documents mostly stay the same.
    const tags = affectedTags(graph, graph, ['drivers/mike-conway.yaml']);
    const changes = searchChanges(graph, graph, tags);
    expect(changes.length).toBeGreaterThan(10);
    expect(await applySearchChanges(join(root, 'pagefind'), changes)).toMatchObject({ kind: 'delta', documents: 0, superseded: 0 });
  });

  it('knows the URLs under a cache tag without making their documents', () => {
    // Every entity and article of the seeds, and tags of nothing.
    const tags = [
      ...graph.articles.map((a) => `articles:${a.slug}`),
      ...(['drivers', 'teams', 'cars', 'events', 'circuits', 'series', 'authors'] as const).flatMap((kind) => [...graph[kind].keys()].map((id) => `${kind}:${id}`)),
      'drivers:no-such-driver',
      'events:no-such-event',
      'articles:no-such-article',
    ];
    expect(tags.length).toBeGreaterThan(100);
    for (const tag of tags) {
      const [kind, id] = tag.split(':') as [string, string];
      expect(tagUrls(graph, kind, id), tag).toEqual(tagDocuments(graph, kind, id).map((d) => d.url));
    }
    expect(tagUrls(graph, 'events', 'no-such-event')).toEqual([]);
  });

  it('asks for the whole index when the bundle has no page ids', async () => {
    const bare = join(root, 'bare');
    await writeSearchIndex(searchRecords(graph), bare);
    rmSync(join(bare, '.state'), { recursive: true });
    expect(await applySearchChanges(bare, [])).toEqual({ kind: 'full', why: `${bare} has no .state/ids.json` });
    // The delta stays the empty one every build writes (the search page reads it before any publish).
    expect(JSON.parse(readFileSync(join(bare, 'delta', 'superseded.json'), 'utf8'))).toEqual({ ids: [], languages: [] });
    expect(existsSync(join(bare, 'delta', '.state.json'))).toBe(false);
  });

  it('refuses records with nothing to index', async () => {
    await expect(writeSearchIndex([{ url: '/', html: '<html><body>x</body></html>' }], join(root, 'empty'))).rejects.toThrow('no page carries data-pagefind-body');
  });

  it('serves only files of the bundle', async () => {
    const dir = join(root, 'pagefind');
    const ok = await searchIndexResponse(['pagefind-entry.json'], dir);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(ok.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const superseded = await searchIndexResponse(['delta', 'superseded.json'], dir);
    expect(superseded.status).toBe(200);
    expect(superseded.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const fragment = readdirSync(join(dir, 'fragment'))[0]!;
    expect((await searchIndexResponse(['fragment', fragment], dir)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const bad of [['..', 'app', 'index.html'], ['.hidden'], ['.state', 'ids.json'], ['delta', '.state.json'], ['a/b'], [], ['fragment'], ['x', 'y', 'z', 'w']]) {
      expect((await searchIndexResponse(bad, dir)).status, bad.join('/')).toBe(404);
    }
  });
});

describe('scripts/search-index.ts (as the build runs it, under tsx)', () => {
  const REPO = resolve(__dirname, '..', '..');
  const run = (out: string, contentDir: string) =>
    spawnSync(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'scripts', 'search-index.ts'), '--out', out], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir },
    });

  it('builds the graph in a worker thread and indexes its documents as it posts them: the same bundle as in one thread', async () => {
    const seeds = readTree(resolve(REPO, 'content'));
    const oneStep = join(root, 'one-step');
    await writeSearchIndex(searchRecords(graphOfFiles(seeds)), oneStep);
    const twoStep = join(root, 'two-step');
    const r = run(twoStep, resolve(REPO, 'content'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Search index: \d+ pages \(\d+ en, 1 nl\) → .*two-step, \d+ files/);
    for (const state of ['ids.json', 'hashes.json']) {
      const json = (dir: string) => JSON.parse(readFileSync(join(dir, '.state', state), 'utf8')) as Record<string, unknown>;
      expect(json(twoStep), state).toEqual(json(oneStep));
    }
    expect(readdirSync(join(twoStep, 'fragment')).sort()).toEqual(readdirSync(join(oneStep, 'fragment')).sort());
    expect(readdirSync(root).filter((f) => f.includes('.documents-'))).toEqual([]);
  });

  it("reports the content's error from the worker in plain words, writes no bundle and leaves no documents file", () => {
    const broken = join(root, 'broken');
    cpSync(resolve(REPO, 'content'), broken, { recursive: true });
    writeFileSync(join(broken, 'articles', 'zz-broken.mdx'), '---\ntitle: [unclosed\n---\nBody.\n');
    const out = join(root, 'broken-out');
    const r = run(out, broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('zz-broken.mdx');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).filter((f) => f.includes('.documents-'))).toEqual([]);
  });
});
