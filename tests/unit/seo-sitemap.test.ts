import { describe, expect, it, vi } from 'vitest';
import { buildContent } from '@/lib/check/build-content';
import { type RawArticle } from '@/lib/content';
import { buildGraph } from '@/lib/graph/build';

// lib/sitemap reaches lib/graph's loader through lib/view; these tests pass their own graph.
vi.mock('contentlayer/generated', () => ({ allDocuments: [] }));
const { newestEntry, pageModified, sitemapChunk, sitemapEntries, sitemapIds, sitemapIndexXml, sitemapSteps } = await import('@/lib/sitemap');

function raw(slug: string, date: string, data: Record<string, unknown> = {}): RawArticle {
  return {
    file: `content/articles/${slug}.mdx`,
    slug,
    bodyRaw: 'Body.',
    bodyCode: '',
    data: { title: `Report ${slug}`, description: 'A description that is long enough to pass the fifty character minimum.', date, ...data },
  };
}

const entry = (team: string, drivers: string[]) => ({
  results: [{ session: 'Race', type: 'race', classes: [{ class: 'LMP2', entries: [{ pos: 1, team, drivers }] }] }],
});

const { content } = buildContent(
  [
    raw('a', '2020-01-01', entry('Team One', ['Ann Driver'])),
    raw('b', '2021-05-01', { ...entry('Team One', ['Bob Driver']), updated: '2022-02-02' }),
    raw('c', '2021-06-01', entry('Team Two', ['Ann Driver'])),
    // Newer than b by date, older than b's update: Bob's page last changed with b.
    raw('d', '2021-07-01', { results: [{ session: 'Race', type: 'race', classes: [{ class: 'LMP2', entries: [{ pos: 1, team: 'Team Three', drivers: ['Bob Driver'], car: 'Oreca 07' }] }] }] }),
  ],
  [],
);
const graph = buildGraph(content);

describe('sitemap', () => {
  const byPath = new Map(sitemapEntries(graph).map((e) => [e.path, e.lastModified]));

  it('dates every page from its content, never the build', () => {
    expect(byPath.get('/articles/b')).toBe('2022-02-02');
    expect(byPath.get('/articles/c')).toBe('2021-06-01');
    expect(byPath.get('/drivers/ann-driver')).toBe('2021-06-01');
    expect(byPath.get('/teams/team-one')).toBe('2022-02-02');
    expect(byPath.get('/')).toBe('2022-02-02');
    expect(byPath.get('/drivers')).toBe('2022-02-02');
  });

  it('dates an entity by the newest change of its articles, an older report updated later included', () => {
    expect(byPath.get('/drivers/bob-driver')).toBe('2022-02-02');
    expect(byPath.get('/teams/team-three')).toBe('2021-07-01');
    // The graph's dates, against the articles of each entity worked out here.
    for (const kind of ['drivers', 'teams', 'cars'] as const) {
      for (const [id, slugs] of graph.articlesBy[kind]) {
        const dates = slugs.map((slug) => graph.articleBySlug.get(slug)!).map((a) => a.updated ?? a.date);
        expect(graph.modifiedBy[kind].get(id), `${kind}/${id}`).toBe(dates.sort().at(-1));
      }
    }
    expect(graph.modifiedBy.cars.get('oreca-07')).toBe('2021-07-01');
  });

  it('lists each page once and no /page/1 duplicate', () => {
    const paths = sitemapEntries(graph).map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.some((p) => p.endsWith('/page/1'))).toBe(false);
  });

  it('splits into files of at most the limit, together listing every URL once', () => {
    const all = sitemapEntries(graph);
    const perFile = 4;
    const ids = sitemapIds(graph, perFile);
    expect(ids).toHaveLength(Math.ceil(all.length / perFile));
    const chunks = ids.map(({ id }) => sitemapChunk(graph, id, perFile));
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(perFile);
    expect(chunks.flat()).toEqual(all);
    expect(newestEntry(chunks.flat())).toBe('2022-02-02');
  });

  it('writes an index of the files', () => {
    const xml = sitemapIndexXml(graph);
    expect(xml).toContain('<sitemapindex');
    expect(xml.match(/<sitemap>/g)).toHaveLength(sitemapIds(graph).length);
  });

  it("is made in steps for a publish, with a pause every 1,000 pages read, and kept for the graph's pages", () => {
    // 1,000 reports, each with a driver and a team of its own.
    const many = buildContent(
      Array.from({ length: 1_000 }, (_, i) => raw(`r${i}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, entry(`Team ${i}`, [`Driver ${i}`]))),
      [],
    ).content;
    const stepped = buildGraph(many);
    const atOnce = sitemapEntries(buildGraph(many));
    const steps = sitemapSteps(stepped);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(next.value).toEqual(atOnce);
    // Read: 1,000 articles, 1,000 drivers, 1,000 teams, the rest; then every entry's date.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((3_000 + atOnce.length) / 1_000));
    expect(sitemapEntries(stepped)).toBe(next.value);
    expect(pageModified(stepped, '/articles/r27')).toBe('2020-01-28');
    expect(pageModified(stepped, '/drivers/driver-27')).toBe('2020-01-28');
  });
});
