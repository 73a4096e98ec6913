import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { HubArchive } from '@/components/hub-archive';
import { HubView } from '@/components/hub-view';
import { buildContent } from '@/lib/check/build-content';
import type { RawArticle } from '@/lib/content';
import { buildGraph } from '@/lib/graph/build';
import { sitemapEntries } from '@/lib/sitemap';
import { syntheticArticle } from '../fixtures/synthetic';
import {
  circuitViewProps,
  EDITION_CARDS,
  EDITION_PAGE_SIZE,
  eventViewProps,
  HONOUR_YEARS,
  HUB_EDITIONS,
  hubArchiveProps,
  hubEditionPageCount,
  seriesViewProps,
} from '@/lib/view';

/**
 * Event, circuit and series pages stay bounded however much is published (issue 22): two events of one
 * series at one circuit, Event Alpha every year 1980–2020 and Event Beta 2001–2020, each edition a race
 * with two class winners and a final qualifying with two pole sitters. Their pages show the latest editions
 * and the latest years of the roll of honour; every edition, with its winners, poles and reports, is on the
 * edition pages, which the sitemap lists.
 */
const ALPHA = Array.from({ length: 41 }, (_, i) => 1980 + i);
const BETA = Array.from({ length: 20 }, (_, i) => 2001 + i);
const CLASSES = ['LMP2', 'GTD'];
// The newest Alpha edition has more reports than its section shows.
const EXTRA_REPORTS = EDITION_CARDS + 2;

function report(event: string, year: number, k = 0): RawArticle {
  const slug = `${event.toLowerCase().replace(/ /g, '-')}-${year}${k ? `-${k}` : ''}`;
  const session = (type: 'race' | 'qualifying', name: string) => ({
    session: name,
    type,
    classes: CLASSES.map((c, j) => ({
      class: c,
      entries: [{ pos: 1, number: String(j + 1), team: `${event} ${c} Team ${year}`, car: 'Oreca 07', drivers: [`Driver ${event} ${c} ${year}`], time: '1:30.364' }],
    })),
  });
  return syntheticArticle(slug, {
    title: `${event} ${year}${k ? `, part ${k}` : ''}`,
    date: `${year}-06-${String(10 + k).padStart(2, '0')}`,
    event: { name: event, series: 'Series Alpha', circuit: 'Circuit Alpha' },
    results: k ? [] : [session('qualifying', 'Qualifying'), session('race', 'Race')],
  });
}

const articles = [
  ...ALPHA.map((y) => report('Event Alpha', y)),
  ...BETA.map((y) => report('Event Beta', y)),
  ...Array.from({ length: EXTRA_REPORTS - 1 }, (_, k) => report('Event Alpha', 2020, k + 1)),
];
const { content } = buildContent(articles, []);
const graph = buildGraph(content);
const event = [...graph.events.values()].find((e) => e.name === 'Event Alpha')!;
const circuit = [...graph.circuits.values()].find((c) => c.name === 'Circuit Alpha')!;
const series = [...graph.series.values()].find((s) => s.name === 'Series Alpha')!;

/** Editions as "<event> <year>", newest first, with Alpha before Beta in a year (the graph's order). */
const both = [...new Set([...ALPHA, ...BETA])]
  .sort((a, b) => b - a)
  .flatMap((y) => [...(ALPHA.includes(y) ? [`Event Alpha ${y}`] : []), ...(BETA.includes(y) ? [`Event Beta ${y}`] : [])]);

const cases = [
  { kind: 'events' as const, node: event, props: () => eventViewProps(graph, event), titles: ALPHA.toReversed().map(String), years: ALPHA, editions: ALPHA.length },
  { kind: 'circuits' as const, node: circuit, props: () => circuitViewProps(graph, circuit), titles: both, years: ALPHA, editions: ALPHA.length + BETA.length },
  { kind: 'series' as const, node: series, props: () => seriesViewProps(graph, series), titles: both, years: ALPHA, editions: ALPHA.length + BETA.length },
];

describe('event, circuit and series pages', () => {
  for (const c of cases) {
    const base = `/${c.kind}/${c.node.id}`;
    const pages = Math.ceil(c.editions / EDITION_PAGE_SIZE);

    it(`${c.kind}: the page shows the latest ${HUB_EDITIONS} editions and links to every edition`, () => {
      const props = c.props();
      expect(props.editions.map((e) => e.title)).toEqual(c.titles.slice(0, HUB_EDITIONS));
      expect(props.editionsTotal).toBe(c.editions);
      expect(props.editionsArchive).toEqual({ href: `${base}/editions`, label: `All ${c.editions} editions` });
      const html = renderToStaticMarkup(createElement(HubView, props));
      expect(html).toContain(`href="${base}/editions"`);
      expect(html).toContain(`All ${c.editions} editions →`);
      expect(html).toContain(`The latest ${HUB_EDITIONS} of ${c.editions} editions.`);
      // The oldest editions are not on the page.
      expect(html).not.toContain(`>${c.titles.at(-1)}<`);
      expect(html.match(/<section id=/g)?.length).toBe(HUB_EDITIONS);
    });

    it(`${c.kind}: ${pages} edition pages hold every edition once, newest first, with its winners, poles and reports`, () => {
      expect(hubEditionPageCount(graph, c.kind, c.node.id)).toBe(pages);
      const all = Array.from({ length: pages }, (_, i) => hubArchiveProps(graph, c.kind, c.node, i + 1));
      expect(all.map((p) => p.editions.length)).toEqual(Array.from({ length: pages }, (_, i) => Math.min(EDITION_PAGE_SIZE, c.editions - i * EDITION_PAGE_SIZE)));
      const editions = all.flatMap((p) => p.editions);
      expect(editions.map((e) => e.title)).toEqual(c.titles);
      for (const e of editions) {
        expect(e.honours.map((h) => [h.title, h.rows.map((r) => r.className)])).toEqual([
          ['Class winners', [...CLASSES].sort()],
          ['Pole sitters', [...CLASSES].sort()],
        ]);
      }
      // Every report is there, or on its edition's own page that the section links to.
      const newest = editions.find((e) => e.title.endsWith('2020') && e.title.includes(c.kind === 'events' ? '2020' : 'Alpha'))!;
      expect(newest.reports).toHaveLength(EDITION_CARDS);
      expect(newest.meta).toContain(`${EXTRA_REPORTS} reports, the latest ${EDITION_CARDS} shown`);
      expect(newest.href).toBe(`/events/${event.id}/2020`);
      const shown = new Set(editions.flatMap((e) => e.reports.map((r) => r.href)));
      expect(shown.size).toBe(c.editions + EDITION_CARDS - 1);

      const last = renderToStaticMarkup(createElement(HubArchive, all[pages - 1]!));
      expect(last).toContain(`(page ${pages} of ${pages})`);
      expect(last).toContain(`href="${base}/editions/page/${pages - 1}"`);
      expect(last).not.toContain(`href="${base}/editions/page/${pages + 1}"`);
      expect(all[pages - 1]!.crumbs.map((b) => b.href ?? b.label)).toEqual(['/', `/${c.kind}`, base, `Editions, page ${pages}`]);
    });

    it(`${c.kind}: the sitemap lists each edition page`, () => {
      const paths = new Set(sitemapEntries(graph).map((e) => e.path));
      // Page 1 at its base, like an index's.
      expect(paths.has(`${base}/editions`)).toBe(true);
      expect(paths.has(`${base}/editions/page/1`)).toBe(false);
      for (let n = 2; n <= pages; n++) expect(paths.has(`${base}/editions/page/${n}`), `page ${n}`).toBe(true);
      expect(paths.has(`${base}/editions/page/${pages + 1}`)).toBe(false);
    });
  }

  it('the roll of honour and pole sitters show the latest years, and say how many there are and where', () => {
    // The latest HONOUR_YEARS years (2013–2020) each had one edition of the event, two at the circuit.
    for (const [props, perYear] of [
      [eventViewProps(graph, event), 1],
      [circuitViewProps(graph, circuit), 2],
    ] as const) {
      const r = props.records!;
      const since = ALPHA.at(-HONOUR_YEARS)!;
      const rows = perYear * HONOUR_YEARS * CLASSES.length;
      expect(r.winners).toHaveLength(rows);
      expect(r.poles).toHaveLength(rows);
      expect(r.winners.every((w) => w.year >= since)).toBe(true);
      expect(r.winnersTotal).toBe((perYear === 1 ? ALPHA.length : ALPHA.length + BETA.length) * CLASSES.length);
      expect(r.polesTotal).toBe(r.winnersTotal);
      const html = renderToStaticMarkup(createElement(HubView, props));
      expect(html).toContain(`Since ${since}: ${rows} of ${r.winnersTotal} class winners; every edition&#x27;s on <a href="${props.editionsArchive!.href}"`);
      expect(html).toContain(`Since ${since}: ${rows} of ${r.polesTotal} pole sitters; every edition&#x27;s on <a href="${props.editionsArchive!.href}"`);
    }
  });

  it('a page that shows every edition has no edition pages', () => {
    const small = buildGraph(buildContent([report('Event Gamma', 2019), report('Event Gamma', 2020)], []).content);
    const gamma = [...small.events.values()][0]!;
    expect(hubEditionPageCount(small, 'events', gamma.id)).toBe(0);
    const props = eventViewProps(small, gamma);
    expect(props.editions.map((e) => e.title)).toEqual(['2020', '2019']);
    expect(props.editionsArchive).toBeUndefined();
    expect(props.records!.winnersTotal).toBe(props.records!.winners.length);
    expect(renderToStaticMarkup(createElement(HubView, props))).not.toContain('/editions');
    expect(sitemapEntries(small).some((e) => e.path.includes('/editions'))).toBe(false);
  });
});
