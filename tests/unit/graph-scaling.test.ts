import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/check/build-content';
import { type RawArticle, type RawRegistryDocument } from '@/lib/content';
import { buildGraph } from '@/lib/graph/build';
import { driverProfile, entriesByArticle, MOST_FREQUENT, relatedArticles, teamProfile, workCounter } from '@/lib/graph/queries';
import { driverJsonLd, ldId, teamJsonLd } from '@/lib/page-jsonld';
import type { Graph } from '@/lib/graph/types';
import { rivalsOf } from '@/lib/graph/rivals';
import { driverNames, teamNames } from '@/scripts/bench/names';
import { Random, Zipf } from '@/scripts/bench/random';

/**
 * Guards the graph against quadratic work: builds the graph of N and 4N synthetic articles in memory
 * (through buildContent and buildGraph, as the site does) and runs every per-page query the build runs
 * for every page, counting steps with `workCounter`. Linear work grows 4×; anything that scans all
 * articles per page (the taxonomy-style `allPosts.filter` per tag page) grows 16×.
 */

/** Shaped like the bench corpus (scripts/bench/generate.ts), smaller: the driver pool grows with N. */
function corpus(n: number): { articles: RawArticle[]; registries: RawRegistryDocument[] } {
  const rng = new Random(7 + n);
  const drivers = driverNames(rng, Math.max(40, Math.round(n / 2)));
  const teams = teamNames(rng, Math.max(12, Math.round(n / 10)));
  const driverZipf = new Zipf(drivers.length, 0.9);
  const teamZipf = new Zipf(teams.length, 0.8);
  const articles: RawArticle[] = [];
  for (let i = 0; i < n; i++) {
    const crew = driverZipf.sampleDistinct(rng, 24);
    const date = new Date(Date.UTC(2010, 0, 1) + i * 86400000 * 3).toISOString().slice(0, 10);
    const entries = (offset: number) =>
      Array.from({ length: 6 }, (_, k) => ({
        pos: k + 1,
        number: String(offset + k + 1),
        team: teams[teamZipf.sample(rng)],
        car: 'Oreca 07',
        drivers: crew.slice((offset + k) * 2, (offset + k) * 2 + 2).map((d) => drivers[d]),
        ...(k === 0 ? { time: '1:30.364' } : { gap: `+${k}.094` }),
      }));
    const slug = `r${String(i).padStart(5, '0')}`;
    articles.push({
      file: `content/articles/${slug}.mdx`,
      slug,
      bodyRaw: 'Report.',
      bodyCode: '',
      data: {
        title: `Report ${i}`,
        description: 'A synthetic report long enough to pass the fifty character minimum.',
        date,
        event: { name: `Event ${['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'][i % 6]}` },
        results: [
          { session: 'Qualifying', type: 'qualifying', classes: [{ class: 'LMP2', entries: entries(0) }, { class: 'GTD', entries: entries(6) }] },
          { session: 'Race', type: 'race', classes: [{ class: 'LMP2', entries: entries(0) }, { class: 'GTD', entries: entries(6) }] },
        ],
      },
    });
  }
  return { articles, registries: [] };
}

function work(n: number): { build: number; pages: number; graph: Graph } {
  const { articles, registries } = corpus(n);
  const { content } = buildContent(articles, registries);
  expect(content.articles).toHaveLength(n);
  workCounter.steps = 0;
  const graph = buildGraph(content);
  const build = workCounter.steps;
  workCounter.steps = 0;
  // What the static build runs: every article page, every driver page (and its archive), every team page.
  for (const a of graph.articles) relatedArticles(graph, a.slug);
  for (const id of graph.drivers.keys()) {
    driverProfile(graph, id);
    rivalsOf(graph, id);
    entriesByArticle(graph, 'drivers', id);
  }
  for (const id of graph.teams.keys()) {
    teamProfile(graph, id);
    entriesByArticle(graph, 'teams', id);
  }
  return { build, pages: workCounter.steps, graph };
}

describe('graph work grows linearly with the content', () => {
  const small = work(150);
  const large = work(600);

  it('builds the graph in one pass (work ∝ entries)', () => {
    expect(small.build).toBeGreaterThan(0);
    const ratio = large.build / small.build;
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  });

  it('per-page queries do bounded work per page, not a scan of all articles', () => {
    expect(small.pages).toBeGreaterThan(0);
    const ratio = large.pages / small.pages;
    // Linear: ~4×. A per-page scan of all articles would be ~16×.
    expect(ratio).toBeLessThan(6);
  });

  it('related articles skip hub entities, so their cost per article stays bounded', () => {
    workCounter.steps = 0;
    for (const a of large.graph.articles) relatedArticles(large.graph, `${a.slug}`, 4);
    // Cached after the first call: no work the second time.
    expect(workCounter.steps).toBe(0);
  });
});

describe('no entity page grows with all the content', () => {
  const { graph } = work(600);
  const page = { crumbs: [{ label: 'x' }], summary: 'x' };
  const node = (ld: { '@graph': readonly unknown[] }, type: string) =>
    (ld['@graph'] as Record<string, unknown>[]).find((n) => n['@type'] === type)!;

  it('names at most MOST_FREQUENT teams of a driver and drivers of a team in JSON-LD, the most frequent first', () => {
    const [busiestTeam] = [...graph.teams.keys()].sort((a, b) => (graph.entriesBy.teams.get(b)?.length ?? 0) - (graph.entriesBy.teams.get(a)?.length ?? 0));
    const profile = teamProfile(graph, busiestTeam!);
    expect(profile.drivers.length).toBeGreaterThan(MOST_FREQUENT);
    const team = node(teamJsonLd(graph, graph.teams.get(busiestTeam!)!, page), 'SportsTeam');
    const athletes = (team.athlete as { '@id': string }[]).map((a) => a['@id']);
    expect(athletes).toEqual(profile.drivers.slice(0, MOST_FREQUENT).map((d) => ldId.person(d.id)));

    const [busiestDriver] = [...graph.drivers.keys()].sort((a, b) => driverProfile(graph, b).teams.length - driverProfile(graph, a).teams.length);
    const teams = driverProfile(graph, busiestDriver!).teams;
    expect(teams.length).toBeGreaterThan(MOST_FREQUENT);
    const person = node(driverJsonLd(graph, graph.drivers.get(busiestDriver!)!, page), 'Person');
    expect((person.memberOf as { '@id': string }[]).map((t) => t['@id'])).toEqual(teams.slice(0, MOST_FREQUENT).map((t) => ldId.team(t.id)));
  });
});
