/**
 * The work a publish does per driver, team or car in steps (lib/graph/queries.ts, lib/search/facets.ts,
 * lib/search/documents.ts): the same result as at once, with a pause every batch of entries, so that a
 * server making a publish's search documents in slices never holds its thread for a whole busy entity.
 */
import { describe, expect, it } from 'vitest';
import { carCounts, countEntriesSteps, driverProfile, driverRivals, entityPageSteps, profileSteps, teamProfile, type Count } from '@/lib/graph/queries';
import { rivalsOf, rivalsSteps } from '@/lib/graph/rivals';
import { runInTurns } from '@/lib/publish/slices';
import type { EntryRecord, Graph } from '@/lib/graph/types';
import { entriesFacets, entriesFacetsSteps } from '@/lib/search/facets';
import { searchChangeSteps, tagDocuments, documentHtml } from '@/lib/search/documents';
import { loadRepositoryGraph } from '../e2e/content-oracle';

/** Runs steps to the end, counting the pauses. */
function drain<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

describe('per-entity work in steps', () => {
  it('counts ids with a pause after every 2,000 entries, the most frequent first, then by id', () => {
    const entries = Array.from({ length: 9_001 }, (_, i) => ({ teamId: i % 3 === 0 ? undefined : `team-${i % 7}` })) as unknown as EntryRecord[];
    const { value, pauses } = drain(countEntriesSteps(entries, (e) => e.teamId));
    expect(pauses).toBe(4);
    const expected = new Map<string, number>();
    for (let i = 0; i < 9_001; i++) if (i % 3 !== 0) expected.set(`team-${i % 7}`, (expected.get(`team-${i % 7}`) ?? 0) + 1);
    const sorted: Count[] = [...expected].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    expect(value).toEqual(sorted);
  });

  it('reads facets with a pause after every 5,000 entries, the same facets as at once', () => {
    const graph = loadRepositoryGraph();
    const real = [...graph.entriesBy.teams.values()].sort((a, b) => b.length - a.length)[0]!;
    // The busiest team's entries, repeated past three batches.
    const many = Array.from({ length: Math.ceil(15_001 / real.length) }, () => real).flat();
    const { value, pauses } = drain(entriesFacetsSteps(graph, 'Team', many));
    expect(pauses).toBe(Math.floor(many.length / 5_000));
    expect(value).toEqual(entriesFacets(graph, 'Team', real));
    expect(value.years.length).toBeGreaterThan(0);
  });

  it('makes a driver and a team profile in steps as driverProfile and teamProfile make them, and keeps it for them', () => {
    const fresh = () => loadRepositoryGraph();
    const busiest = (graph: Graph, kind: 'drivers' | 'teams') => [...graph.entriesBy[kind]].sort((a, b) => b[1].length - a[1].length)[0]![0];
    for (const kind of ['drivers', 'teams'] as const) {
      const a = fresh();
      const b = fresh();
      const id = busiest(a, kind);
      drain(profileSteps(a, kind, id));
      const made = kind === 'drivers' ? driverProfile(a, id) : teamProfile(a, id);
      // Kept: the page asks again and gets the very profile the steps made.
      expect(kind === 'drivers' ? driverProfile(a, id) : teamProfile(a, id)).toBe(made);
      const atOnce = kind === 'drivers' ? driverProfile(b, id) : teamProfile(b, id);
      expect(JSON.stringify({ ...made, entries: made.entries.length })).toBe(JSON.stringify({ ...atOnce, entries: atOnce.entries.length }));
    }
  });

  it("counts a car's teams and drivers in steps, most frequent first, and keeps them for its page", () => {
    const graph = loadRepositoryGraph();
    const [id, entries] = [...graph.entriesBy.cars].sort((a, b) => b[1].length - a[1].length)[0]!;
    // The busiest car's entries, repeated past two batches of 2,000.
    const many = Array.from({ length: Math.ceil(4_001 / entries.length) }, () => entries).flat();
    const big = { ...graph, entriesBy: { ...graph.entriesBy, cars: new Map([[id, many]]) } } as Graph;
    const { pauses } = drain(entityPageSteps(big, 'cars', id));
    expect(pauses).toBe(Math.floor(many.length / 2_000));
    const teams = new Map<string, number>();
    const drivers = new Map<string, number>();
    for (const e of many) {
      if (e.teamId) teams.set(e.teamId, (teams.get(e.teamId) ?? 0) + 1);
      for (const d of e.driverIds) drivers.set(d, (drivers.get(d) ?? 0) + 1);
    }
    const sorted = (m: Map<string, number>): Count[] => [...m].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    const made = carCounts(big, id);
    expect(made).toEqual({ teams: sorted(teams), drivers: sorted(drivers) });
    expect(made.drivers.length).toBeGreaterThan(1);
    expect(carCounts(big, id)).toBe(made);
  });

  it("finds a driver's rivals in steps, a pause after every 500 entries, the same rivals as at once, kept for the page", () => {
    const graph = loadRepositoryGraph();
    // The driver with the most rivals in the seed reports.
    const [id, entries] = [...graph.entriesBy.drivers].sort((a, b) => rivalsOf(graph, b[0]).length - rivalsOf(graph, a[0]).length)[0]!;
    const atOnce = rivalsOf(graph, id);
    expect(atOnce.length).toBeGreaterThan(1);
    // Two reports of one race are one meeting: the entries repeated change nothing but the pauses.
    const many = Array.from({ length: Math.ceil(1_201 / entries.length) }, () => entries).flat();
    const big = { ...graph, entriesBy: { ...graph.entriesBy, drivers: new Map([[id, many]]) } } as Graph;
    const { value, pauses } = drain(rivalsSteps(big, id));
    expect(pauses).toBe(Math.floor(many.length / 500));
    expect(value).toEqual(atOnce);
    // A page's steps make the profile and the rivals; driverProfile and driverRivals then find them.
    drain(entityPageSteps(graph, 'drivers', id));
    const rivals = driverRivals(graph, id);
    expect(rivals).toEqual(atOnce);
    expect(driverRivals(graph, id)).toBe(rivals);
    expect(drain(entityPageSteps(graph, 'drivers', id)).pauses).toBe(0);
  });

  it('runs steps inside an answer with a turn of the event loop between slices, for other requests', async () => {
    const order: string[] = [];
    function* work(): Generator<void, string, void> {
      for (let i = 0; i < 3; i++) {
        order.push(`step ${i}`);
        yield;
      }
      return 'done';
    }
    setImmediate(() => order.push('another request'));
    // Slices of 0 ms: a turn after every step.
    expect(await runInTurns(work(), 0)).toBe('done');
    expect(order).toEqual(['step 0', 'another request', 'step 1', 'step 2']);
  });

  it("makes a publish's documents in steps, the same documents as tagDocuments", () => {
    const graph = loadRepositoryGraph();
    const tags = ['drivers:' + [...graph.drivers.keys()][0], 'teams:' + [...graph.teams.keys()][0], 'cars:' + [...graph.cars.keys()][0], 'articles:' + graph.articles[0]!.slug];
    const { value } = drain(searchChangeSteps(graph, graph, tags));
    const expected = tags.flatMap((t) => tagDocuments(graph, t.slice(0, t.indexOf(':')), t.slice(t.indexOf(':') + 1))).map((d) => ({ url: d.url, html: documentHtml(d) }));
    expect(value).toEqual(expected);
  });
});
