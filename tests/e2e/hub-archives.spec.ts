import { expect, test } from '@playwright/test';
import { loadRepositoryGraph } from './content-oracle';

// lib/view/hub-editions.ts's HUB_EDITIONS and EDITION_PAGE_SIZE, written out: lib/view does not load in
// Playwright's loader, and the counts below must not come from the code under test.
const HUB_EDITIONS = 4;
const EDITION_PAGE_SIZE = 12;

/**
 * Event, circuit and series pages show their latest editions and link to edition pages that hold every
 * one (issue 22: no page grows with the archive). The expected editions and page counts come from the
 * content, not from the code under test.
 */
const graph = loadRepositoryGraph();
const hubs = (['events', 'circuits', 'series'] as const).flatMap((kind) =>
  [...graph[kind].keys()].map((id) => {
    const editions = kind === 'events' ? graph.events.get(id)!.editions : (graph.editionsBy[kind].get(id) ?? []);
    // Newest first; on a circuit or series, events of one year in id order (content-format.md: URLs).
    const hrefs = [...editions].sort((a, b) => b.year - a.year || a.eventId.localeCompare(b.eventId)).map((e) => `/events/${e.eventId}/${e.year}`);
    return { kind, id, base: `/${kind}/${id}`, hrefs };
  }),
);

/** The canonical link of a page at `path`, on whatever origin the build publishes (SITE_URL). */
const canonical = (path: string) => new RegExp(`<link rel="canonical" href="https?://[^"/]+${path}"/>`);

/** The edition links of a page's edition headings, in page order. */
function editionLinks(html: string): string[] {
  return [...html.matchAll(/<section id="[^"]+" class="[^"]*"><h2[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!);
}

test('every event, circuit and series page shows its latest editions, and its edition pages every one, page by page', async ({ request }) => {
  expect(hubs.some((h) => h.hrefs.length > HUB_EDITIONS), 'the seed content has a hub with more editions than its page shows').toBe(true);
  for (const hub of hubs) {
    const res = await request.get(hub.base);
    expect(res.status(), hub.base).toBe(200);
    const html = await res.text();
    expect(editionLinks(html), hub.base).toEqual(hub.hrefs.slice(0, HUB_EDITIONS));
    const archive = `${hub.base}/editions`;
    if (hub.hrefs.length <= HUB_EDITIONS) {
      expect(html, hub.base).not.toContain(archive);
      for (const path of [archive, `${archive}/page/1`]) expect((await request.get(path)).status(), path).toBe(404);
      continue;
    }
    expect(html, hub.base).toContain(`<a href="${archive}" class="font-semibold text-brand hover:underline">All ${hub.hrefs.length} editions →</a>`);
    const pages = Math.ceil(hub.hrefs.length / EDITION_PAGE_SIZE);
    const listed: string[] = [];
    for (let n = 1; n <= pages; n++) {
      // Page 1 at its base, like an index's; /page/1 is the same page, canonical to it.
      const path = n === 1 ? archive : `${archive}/page/${n}`;
      const page = await request.get(path);
      expect(page.status(), path).toBe(200);
      const body = await page.text();
      listed.push(...editionLinks(body));
      if (pages > 1) expect(body).toContain(`(page ${n} of ${pages})`);
      expect(body).toMatch(canonical(path));
    }
    expect(listed, hub.base).toEqual(hub.hrefs);
    const one = await request.get(`${archive}/page/1`);
    expect(one.status()).toBe(200);
    expect(await one.text()).toMatch(canonical(archive));
    // Past the last page, and anything that is not a page number: 404, never an error.
    for (const n of [String(pages + 1), '0', 'abc', '1.5', '01', '-1']) {
      expect((await request.get(`${hub.base}/editions/page/${n}`)).status(), `${hub.base}/editions/page/${n}`).toBe(404);
    }
  }
});

test('the WEC page links to its edition page, which holds the edition its page leaves out', async ({ page }) => {
  const wec = hubs.find((h) => h.base === '/series/fia-world-endurance-championship')!;
  expect(wec.hrefs.length).toBeGreaterThan(HUB_EDITIONS);
  const oldest = wec.hrefs.at(-1)!;
  const oldestTitle = `24 Hours of Le Mans ${oldest.split('/').at(-1)}`;
  expect(oldest).toBe('/events/24-hours-of-le-mans/2017');

  await page.goto(wec.base);
  await expect(page.getByRole('heading', { level: 2, name: oldestTitle })).toHaveCount(0);
  await page.getByRole('link', { name: `All ${wec.hrefs.length} editions →` }).click();
  await expect(page).toHaveURL(`${wec.base}/editions`);
  await expect(page).toHaveTitle(/FIA World Endurance Championship: every edition/);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'FIA World Endurance Championship' })).toHaveAttribute('href', wec.base);
  await expect(crumbs.getByRole('link', { name: 'Series' })).toHaveAttribute('href', '/series');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(wec.hrefs.length);
  await page.getByRole('heading', { level: 2, name: oldestTitle }).getByRole('link').click();
  await expect(page).toHaveURL(oldest);
});

test('the sitemap lists every edition page, and nothing past the last', async ({ request }) => {
  const index = await (await request.get('/sitemap.xml')).text();
  const files = [...index.matchAll(/<loc>https?:\/\/[^/]+([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const urls = (await Promise.all(files.map(async (f) => (await request.get(f)).text()))).join('\n');
  for (const hub of hubs) {
    const pages = hub.hrefs.length > HUB_EDITIONS ? Math.ceil(hub.hrefs.length / EDITION_PAGE_SIZE) : 0;
    if (pages > 0) expect(urls).toContain(`${hub.base}/editions</loc>`);
    else expect(urls).not.toContain(`${hub.base}/editions`);
    for (let n = 2; n <= pages; n++) expect(urls).toContain(`${hub.base}/editions/page/${n}</loc>`);
    expect(urls).not.toContain(`${hub.base}/editions/page/${Math.max(pages + 1, 2)}</loc>`);
  }
});
