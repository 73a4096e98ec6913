import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { join } from 'node:path';
import { BASE_PORT, copyContent, publish, startInstance, type Instance } from './servers';
import { STORY, writeStory } from '../support/newsroom';

/**
 * Issue 23 in Chromium: a photo story (tests/support/newsroom.ts: photos drawn by sharp, an author with an
 * alias, a correction) on its own `next start` instance with a copy of the content.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

let content: ReturnType<typeof copyContent>;
let server: Instance;
const ARTICLE = `/articles/${STORY.slug}`;
const AUTHOR = `/authors/${STORY.authorId}`;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  content = copyContent();
  server = await startInstance(BASE_PORT + 11, content.dir);
});
test.afterAll(async () => {
  await server?.stop();
  content?.remove();
});

const url = (path: string) => server.url + path;

test('a publish that adds an article, its photos and its author puts them all online', async () => {
  test.setTimeout(240_000);
  expect((await fetch(url(ARTICLE))).status).toBe(404);
  await writeStory(content.dir);
  const files = [`articles/${STORY.slug}.mdx`, `authors/${STORY.authorId}.yaml`, `images/${STORY.lead}`, `images/${STORY.figure}`];
  const published = await publish(content.dir, files.map((f) => join(content.dir, f)), [server]);
  expect(published.output).toContain('Published 4 files');
  expect(published.code).toBe(0);
  expect((await fetch(url(ARTICLE))).status).toBe(200);
  const home = await (await fetch(url('/'))).text();
  expect(home).toContain(`href="${ARTICLE}"`);
  expect(home).toContain('/_next/image?url=%2Fimages%2Fphoto-test-lead.jpg');
});

/** The JSON-LD nodes of a page. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((b) => (JSON.parse(b) as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? []);
}

test('the lead photo and the figure are AVIF or WebP at the layout widths, with width and height', async ({ page }) => {
  await page.goto(url(ARTICLE));
  const lead = page.locator('article figure img').first();
  const figure = page.locator('article figure img').nth(1);
  await expect(lead).toHaveAttribute('alt', 'A red prototype on the pit straight at dusk');
  await expect(lead).toHaveAttribute('width', String(STORY.leadSize.width));
  await expect(lead).toHaveAttribute('height', String(STORY.leadSize.height));
  await expect(lead).toHaveAttribute('fetchpriority', 'high');
  await expect(lead).toHaveAttribute('loading', 'eager');
  await expect(figure).toHaveAttribute('width', String(STORY.figureSize.width));
  await expect(figure).toHaveAttribute('height', String(STORY.figureSize.height));
  await expect(figure).toHaveAttribute('loading', 'lazy');
  await expect(page.locator('article figure figcaption').first()).toContainText('The winning car on its last lap');
  await expect(page.locator('article figure figcaption').first()).toContainText('Photo: Test Photographer / Test Agency');

  // What the browser fetched for the lead photo: an AVIF (Chromium asks for it), no wider than the original.
  const current = await lead.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(current).toContain('/_next/image?url=%2Fimages%2Fphoto-test-lead.jpg&w=');
  for (const [accept, type] of [['image/avif,image/webp,*/*', 'image/avif'], ['image/webp,*/*', 'image/webp']] as const) {
    const srcset = (await figure.getAttribute('srcset'))!;
    const candidates = srcset.split(', ').map((c) => c.split(' ') as [string, string]);
    expect(candidates.length).toBeGreaterThanOrEqual(4);
    for (const [src, descriptor] of candidates) {
      const res = await fetch(new URL(src, server.url), { headers: { Accept: accept } });
      expect(res.status, src).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(meta.width).toBe(Math.min(Number(descriptor.replace('w', '')), STORY.figureSize.width));
    }
  }
  // The original is for the optimizer only: a reader's request for it is refused.
  expect((await fetch(url(`/images/${STORY.lead}`))).status).toBe(404);
});

test('the lead photo is the largest contentful paint, and nothing shifts', async ({ page }) => {
  await page.goto(url(ARTICLE), { waitUntil: 'load' });
  // The lead photo's first request is encoded by the image optimizer, which can take longer than the page's
  // load on a busy machine: until it is painted, the largest paint so far is the headline. Wait for it.
  await expect(page.locator('article figure img').first()).toHaveJSProperty('complete', true);
  await page.locator('article figure img').first().evaluate((img: HTMLImageElement) => img.decode());
  const result = await page.evaluate(
    () =>
      new Promise<{ lcp: string; tag: string; shift: number }>((resolve) => {
        let shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // The latest candidate of every report, 500 ms on (a paint after the photo's decode comes in a later report).
        let last: (PerformanceEntry & { element: Element | null; url: string }) | undefined;
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { element: Element | null; url: string })[];
          last = entries[entries.length - 1] ?? last;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ lcp: last?.url ?? '', tag: last?.element?.tagName ?? '', shift }), 500);
      }),
  );
  expect(result.tag).toBe('IMG');
  expect(result.lcp).toContain('photo-test-lead.jpg');
  expect(result.shift).toBe(0);
});

test('the byline links to the author page, which lists the article and has a feed', async ({ page }) => {
  await page.goto(url(ARTICLE));
  const byline = page.locator('header a[rel="author"]');
  await expect(byline).toHaveText(STORY.authorName);
  await byline.click();
  await expect(page).toHaveURL(url(AUTHOR));
  await expect(page.locator('h1')).toHaveText(STORY.authorName);
  await expect(page.getByText('Endurance correspondent')).toBeVisible();
  await expect(page.locator(`main a[href="${ARTICLE}"]`).first()).toBeVisible();
  const feedHref = await page.locator('a[type="application/rss+xml"]').getAttribute('href');
  expect(feedHref).toBe(`${AUTHOR}/feed.xml`);
  const feed = await (await fetch(url(feedHref!))).text();
  expect(feed).toContain(`<title><![CDATA[${STORY.title}]]></title>`);
  expect(feed).toContain(`${ARTICLE}</link>`);
  const person = (await jsonLd(page)).find((n) => n['@type'] === 'Person')!;
  expect(person).toMatchObject({ name: STORY.authorName, url: `http://localhost:3000${AUTHOR}`, sameAs: ['https://example.org/ada-lovegrove'] });
  // The index of authors, the breadcrumbs and the sitemap know the page.
  await page.goto(url('/authors'));
  await expect(page.locator(`main a[href="${AUTHOR}"]`)).toHaveText(STORY.authorName);
  const sitemap = await (await fetch(url('/sitemaps/sitemap/0.xml'))).text();
  expect(sitemap).toContain(`${AUTHOR}</loc>`);
});

test('a correction is shown at the top, dated, and is the dateModified everywhere', async ({ page }) => {
  await page.goto(url(ARTICLE));
  const notice = page.locator('article .correction');
  await expect(notice).toHaveText(`Correction, 8 October 2019: ${STORY.correctionText}`);
  await expect(page.locator('article header')).toContainText('6 October 2019 · Updated 8 October 2019');
  const news = (await jsonLd(page)).find((n) => n['@type'] === 'NewsArticle')!;
  expect(news.dateModified).toBe(STORY.correctionDate);
  expect(news.author).toEqual([expect.objectContaining({ '@type': 'Person', name: STORY.authorName, url: `http://localhost:3000${AUTHOR}` })]);
  // NewsArticle.image: the 16:9, 4:3 and 1:1 crops, 1,200 px wide.
  const images = news.image as string[];
  expect(images).toHaveLength(3);
  for (const [i, [w, h]] of [[1200, 675], [1200, 900], [1200, 1200]].entries()) {
    const res = await fetch(url(new URL(images[i]!).pathname));
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([w, h]);
  }
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /max-image-preview:large/);
  const sitemap = await (await fetch(url('/sitemaps/sitemap/0.xml'))).text();
  expect(sitemap).toMatch(new RegExp(`${ARTICLE}</loc>\\s*<lastmod>${STORY.correctionDate}</lastmod>`));
  // The share image is the photo under the results.
  const og = await fetch(url(`${ARTICLE}/opengraph-image`));
  expect(og.status).toBe(200);
  const meta = await sharp(Buffer.from(await og.arrayBuffer())).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
});

test('cards carry the photo as a thumbnail, on the home page and in the archive', async ({ page }) => {
  await page.goto(url('/'));
  const card = page.locator(`article:has(a[href="${ARTICLE}"])`).first();
  const thumb = card.locator('img');
  await expect(thumb).toHaveAttribute('width', String(STORY.leadSize.width));
  await expect(thumb).toHaveAttribute('loading', 'lazy');
  expect(await thumb.getAttribute('srcset')).toContain('/_next/image?url=%2Fimages%2Fphoto-test-lead.jpg');
  await page.goto(url('/articles'));
  await expect(page.locator(`li:has(a[href="${ARTICLE}"]) img`)).toHaveCount(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of [ARTICLE, AUTHOR, '/authors']) {
      test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.goto(url(path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      });
    }
  });
}
