import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { EntityView } from '@/components/entity-view';
import { SeasonArchive } from '@/components/season-archive';
import { buildContent } from '@/lib/check/build-content';
import type { RawArticle } from '@/lib/content';
import { buildGraph } from '@/lib/graph/build';
import { sitemapEntries } from '@/lib/sitemap';
import { syntheticArticle } from '../fixtures/synthetic';
import { CHART_LANES, driverViewProps, SEASON_PAGE_SIZE, SEASON_ROWS, seasonArchiveProps, seasonPageCount, teamViewProps } from '@/lib/view';

/**
 * A long career on a bounded page (issue 22): one driver, one team, a race in each of YEARS years and
 * CLASSES classes, so YEARS × CLASSES season rows. The driver's page shows the latest SEASON_ROWS and a
 * chart of CHART_LANES lanes; every row is on the season pages, which the sitemap lists.
 */
const YEARS = 70;
const CLASSES = ['LMP2', 'GTD', 'LMGT3', 'Hypercar', 'LMP3', 'GTE Am', 'GTE Pro', 'GTP', 'LMP1', 'GT500'];

function corpus(): RawArticle[] {
  return Array.from({ length: YEARS }, (_, i) => {
    const year = 1950 + i;
    return syntheticArticle(`r${year}`, {
      title: `Race of ${year}`,
      date: `${year}-06-14`,
      event: { name: 'Event Alpha' },
      results: [
        {
          session: 'Race',
          type: 'race',
          classes: CLASSES.map((c, k) => ({
            class: c,
            entries: [
              { pos: 1, number: String(k + 1), team: 'Long Career Racing', car: 'Oreca 07', drivers: ['Ada Longrun'], time: '1:30.364' },
              { pos: 2, number: String(k + 51), team: 'Other Team', car: 'Oreca 07', drivers: [`Other Driver ${year} ${k}`], gap: '+1.094' },
            ],
          })),
        },
      ],
    });
  });
}

const { content } = buildContent(corpus(), []);
const graph = buildGraph(content);
const driver = [...graph.drivers.values()].find((d) => d.name === 'Ada Longrun')!;
const team = [...graph.teams.values()].find((t) => t.name === 'Long Career Racing')!;
const rows = YEARS * CLASSES.length;

describe('season pages', () => {
  it('the driver page shows the latest seasons, a chart of the busiest lanes, and links to every season', () => {
    const props = driverViewProps(graph, driver);
    expect(props.seasonsTotal).toBe(rows);
    expect(props.seasons).toHaveLength(SEASON_ROWS);
    // Newest first: the last year, every class.
    expect(props.seasons![0]!.year).toBe(1950 + YEARS - 1);
    expect(new Set(props.seasonsChart!.map((s) => s.className)).size).toBe(CHART_LANES);
    expect(props.seasonsArchive?.href).toBe(`/drivers/${driver.id}/seasons/page/1`);
    const html = renderToStaticMarkup(createElement(EntityView, props));
    expect(html).toContain(`The latest ${SEASON_ROWS} of ${rows} seasons by series and class`);
    expect(html).toContain(`href="/drivers/${driver.id}/seasons/page/1"`);
    expect(html.match(/<tr /g)!.length).toBeLessThan(SEASON_ROWS + 60);
  });

  it('the season pages hold every row once, newest first, SEASON_PAGE_SIZE to a page', () => {
    const pages = seasonPageCount(graph, 'drivers', driver.id);
    expect(pages).toBe(Math.ceil(rows / SEASON_PAGE_SIZE));
    const all = Array.from({ length: pages }, (_, i) => seasonArchiveProps(graph, 'drivers', driver, i + 1).rows).flat();
    expect(all).toHaveLength(rows);
    expect(new Set(all.map((r) => `${r.year}|${r.className}`)).size).toBe(rows);
    expect(all.map((r) => r.year)).toEqual([...all.map((r) => r.year)].sort((a, b) => b - a));
    const last = renderToStaticMarkup(createElement(SeasonArchive, seasonArchiveProps(graph, 'drivers', driver, pages)));
    expect(last).toContain(`page ${pages} of ${pages}`);
    expect(last).toContain(`href="/drivers/${driver.id}/seasons/page/${pages - 1}"`);
  });

  it('a team with the same career gets season pages too; a short career gets none', () => {
    expect(teamViewProps(graph, team).seasonsArchive?.href).toBe(`/teams/${team.id}/seasons/page/1`);
    const other = [...graph.drivers.values()].find((d) => d.name === `Other Driver 1950 0`)!;
    expect(seasonPageCount(graph, 'drivers', other.id)).toBe(0);
    expect(driverViewProps(graph, other).seasonsArchive).toBeUndefined();
  });

  it('the sitemap lists every season page and the report archive of the long career', () => {
    const paths = new Set(sitemapEntries(graph).map((e) => e.path));
    for (let n = 1; n <= seasonPageCount(graph, 'drivers', driver.id); n++) expect(paths.has(`/drivers/${driver.id}/seasons/page/${n}`)).toBe(true);
    expect(paths.has(`/teams/${team.id}/seasons/page/1`)).toBe(true);
    expect(paths.has(`/drivers/${driver.id}/articles/page/1`)).toBe(true);
    const other = [...graph.drivers.values()].find((d) => d.name === `Other Driver 1950 0`)!;
    expect([...paths].some((p) => p.startsWith(`/drivers/${other.id}/`))).toBe(false);
  });
});
