import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/check/build-content';
import { parseContent } from '@/lib/content/read-files';
import { buildGraph } from '@/lib/graph/build';
import { keyPath, LIST_TAG, pathTags } from '@/lib/cache/tags.mjs';
import { affectedTags, affectedTagsSteps } from '@/lib/publish/affected';
import type { Graph, LinkedKind } from '@/lib/graph/types';
import { GOOD, readTree, withOverlay } from '../fixtures/corpus';

function graphOf(files: ReturnType<typeof readTree>) {
  const read = parseContent(files);
  const { content, problems } = buildContent(read.articles, read.registries, { timing: read.timing });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return buildGraph(content);
}

describe('URL-derived cache tags', () => {
  it('tags every URL under an entity with the entity, and every other URL as a list', () => {
    expect(pathTags('/drivers/fernando-alonso')).toEqual(['drivers:fernando-alonso']);
    expect(pathTags('/drivers/fernando-alonso/articles/page/3')).toEqual(['drivers:fernando-alonso']);
    expect(pathTags('/events/24-hours-of-le-mans/2023')).toEqual(['events:24-hours-of-le-mans']);
    expect(pathTags('/articles/x/results.csv')).toEqual(['articles:x']);
    expect(pathTags('/cars/toyota-gr010/data.json')).toEqual(['cars:toyota-gr010']);
    for (const list of ['/index', '/drivers', '/drivers/page/2', '/feed.xml', '/sitemaps/sitemap/0.xml', '/data/drivers.csv', '/search']) {
      expect(pathTags(list), list).toEqual([LIST_TAG]);
    }
  });
  it("reads the path out of Next's route-cache keys", () => {
    expect(keyPath('/route-cache/APP_PAGE/0af1/$/drivers/x')).toBe('/drivers/x');
    expect(keyPath('/drivers/x')).toBe('/drivers/x');
  });
});

describe('affectedTags', () => {
  const files = readTree(GOOD);
  const before = graphOf(files);
  const article = files.find((f) => f.path.startsWith('articles/'))!;
  const slug = article.path.slice('articles/'.length, -'.mdx'.length);

  it('an added article: itself, every entity it names and the lists, nothing else', () => {
    const added = { path: 'articles/2099-added-report.mdx', text: article.text };
    const after = graphOf([...files, added]);
    const tags = affectedTags(before, after, [added.path]);
    const ids = after.entitiesOf.get('2099-added-report')!;
    const expected = [LIST_TAG, 'articles:2099-added-report', ...Object.entries(ids).flatMap(([kind, list]) => list.map((id) => `${kind}:${id}`))];
    expect(new Set(tags)).toEqual(new Set(expected));
    expect(tags).not.toContain(`articles:${slug}`);
  });

  it('a deleted article: the same tags, from the graph before', () => {
    const after = graphOf(files.filter((f) => f !== article));
    const tags = affectedTags(before, after, [article.path]);
    expect(tags).toContain(`articles:${slug}`);
    for (const id of before.entitiesOf.get(slug)!.drivers) expect(tags).toContain(`drivers:${id}`);
  });

  it('an edited registry file: the entity and every article that names it', () => {
    const team = files.find((f) => f.path.startsWith('teams/'))!;
    const id = team.path.slice('teams/'.length, -'.yaml'.length);
    const after = graphOf(withOverlay(files, [{ path: team.path, text: `${team.text}\ncountry: FR\n`.replace(/^country: .*\n(?=[\s\S]*country: FR)/m, '') }]));
    const tags = affectedTags(before, after, [team.path]);
    expect(tags).toContain(`teams:${id}`);
    for (const s of before.articlesBy.teams.get(id) ?? []) expect(tags).toContain(`articles:${s}`);
  });
});

describe('affectedTags in steps', () => {
  it('compares 2,500 articles with a pause every 1,000, and finds the same tags as at once', () => {
    const kinds: LinkedKind[] = ['drivers', 'teams', 'cars', 'events', 'circuits', 'series', 'authors'];
    // Two graphs of 2,500 articles, each naming one driver of fifty; after the change, r7 names d49 instead.
    const graph = (changed: boolean) => {
      const entitiesOf = new Map<string, Record<LinkedKind, string[]>>();
      for (let i = 0; i < 2_500; i++) {
        const ids = Object.fromEntries(kinds.map((k) => [k, [] as string[]])) as Record<LinkedKind, string[]>;
        ids.drivers = [changed && i === 7 ? 'd49' : `d${i % 50}`];
        entitiesOf.set(`r${i}`, ids);
      }
      const drivers = new Map(Array.from({ length: 50 }, (_, i) => [`d${i}`, { id: `d${i}`, name: `Driver ${i}` }]));
      return { entitiesOf, drivers, ...Object.fromEntries(kinds.filter((k) => k !== 'drivers').map((k) => [k, new Map()])) } as unknown as Graph;
    };
    const [before, after] = [graph(false), graph(true)];
    const steps = affectedTagsSteps(before, after, []);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(next.value.sort()).toEqual([LIST_TAG, 'articles:r7', 'drivers:d49', 'drivers:d7'].sort());
    expect(affectedTags(before, after, []).sort()).toEqual(next.value);
    // 2,500 articles compared, then the one changed article's entities.
    expect(pauses).toBe(2);
  });
});

describe('publishing official timing', () => {
  it('revalidates its edition\'s event, series and circuit and everyone in its sessions, before and after', () => {
    const site = readTree('content');
    const folder = 'timing/4-hours-of-imola/2014';
    const before = graphOf(site.filter((f) => !f.path.startsWith(folder)));
    const after = graphOf(site);
    const tags = affectedTags(before, after, [`${folder}/timing.yaml`, `${folder}/05_Classification_Race_Hour 4.CSV`]);
    for (const tag of [LIST_TAG, 'events:4-hours-of-imola', 'series:european-le-mans-series', 'circuits:autodromo-enzo-e-dino-ferrari', 'drivers:simon-dolan', 'drivers:matthew-mcmurry', 'teams:jota', 'cars:zytek-z11sn-nissan']) {
      expect(tags, tag).toContain(tag);
    }
    // Nothing of another edition.
    expect(tags).not.toContain('drivers:sebastien-buemi');
  });
});
