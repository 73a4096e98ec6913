import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { makeProject } from '../../scripts/bench/project';
import { startNginx, type Nginx } from '../../scripts/nginx';
import { BASE_PORT, ROOT } from './servers';
import { STORY, writeStory } from '../support/newsroom';

/**
 * The static export (`npm run build:export`), end to end. Issue 23: it carries the photos' variants. A copy of the project exports the seed content
 * plus the photo story (tests/support/newsroom.ts) with `npm run build:export`, Debian's nginx serves out/
 * as docs/deploy.md says, and Chromium reads the article: every image it loads is an AVIF or a WebP of
 * out/images/v/, at a width its srcset names and never wider than the original, and the originals are not
 * in out/ at all. And a static host renders nothing later: the derived files (share images, CSV, feeds,
 * archive pages, lap data, the search index) are in out/ and served, each page with its own policy.
 */
test.describe.configure({ mode: 'serial' });

let root: string;
let project: string;
let nginx: Nginx;
const ARTICLE = `/articles/${STORY.slug}`;

test.beforeAll(async () => {
  test.setTimeout(420_000);
  root = mkdtempSync(join(tmpdir(), 'export-photos-'));
  project = makeProject(root);
  const content = join(root, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  await writeStory(content);
  const env = { ...process.env, CONTENT_DIR: content, NEXT_OUTPUT: 'export', NEXT_TELEMETRY_DISABLED: '1' };
  const tsx = join(project, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const build = spawnSync(process.execPath, [tsx, 'scripts/build.ts'], { cwd: project, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(build.status, `${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`).toBe(0);
  const csp = spawnSync(process.execPath, [tsx, 'scripts/page-csp.ts', '--export'], { cwd: project, env, encoding: 'utf8' });
  expect(csp.status, csp.stderr).toBe(0);
  nginx = await startNginx({ root: join(project, 'out'), port: BASE_PORT + 20, confDir: join(project, 'deploy', 'nginx') });
});
test.afterAll(async () => {
  await nginx?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('the static export serves the photos as AVIF or WebP variants, never the originals', async ({ page }) => {
  const loaded: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'image') loaded.push(new URL(r.url()).pathname);
  });
  await page.goto(nginx.url + ARTICLE);
  const lead = page.locator('article figure img').first();
  const figure = page.locator('article figure img').nth(1);
  await expect(lead).toHaveAttribute('width', String(STORY.leadSize.width));
  await expect(lead).toHaveAttribute('height', String(STORY.leadSize.height));
  await expect(figure).toHaveAttribute('width', String(STORY.figureSize.width));
  await figure.scrollIntoViewIfNeeded();
  for (const [img, size] of [[lead, STORY.leadSize], [figure, STORY.figureSize]] as const) {
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    const current = new URL(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).pathname;
    expect(current, 'Chromium takes the AVIF source').toMatch(/^\/images\/v\/.+\.avif$/);
    // Each source of the <picture> names files the export wrote, in its type, at the width it says.
    const sources = await img.evaluate((i: HTMLImageElement) =>
      [...(i.parentElement?.querySelectorAll('source') ?? [])].map((s) => ({ type: s.type, srcset: s.srcset })),
    );
    expect(sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      for (const candidate of source.srcset.split(', ')) {
        const [src, descriptor] = candidate.split(' ') as [string, string];
        const res = await fetch(nginx.url + src);
        expect(res.status, src).toBe(200);
        const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
        expect(meta.format, src).toBe(source.type === 'image/avif' ? 'heif' : 'webp');
        expect(meta.width, src).toBe(Number(descriptor.replace('w', '')));
        expect(meta.width!, src).toBeLessThanOrEqual(size.width);
      }
    }
  }
  // Every image the page loaded came from the variants; the originals are not in out/ and not served.
  expect(loaded.length).toBeGreaterThanOrEqual(2);
  for (const path of loaded) expect(path, path).toMatch(/^\/images\/v\//);
  for (const original of [STORY.lead, STORY.figure]) {
    expect((await fetch(`${nginx.url}/images/${original}`)).status, original).toBe(404);
    expect(existsSync(join(project, 'out', 'images', original)), original).toBe(false);
  }
  // NewsArticle.image: the three 1,200 px crops, exported too.
  const crops = readdirSync(join(project, 'out', 'images', 'v')).filter((f) => f.startsWith(STORY.lead.replace(/\.jpg$/, '')) && /(16x9|4x3|1x1)/.test(f));
  expect(crops.length).toBe(3);
});

test('a static host serves what a server would render on request: derived files, archives and the index', async ({ page }) => {
  for (const path of [
    '/',
    ARTICLE,
    `${ARTICLE}/opengraph-image`,
    '/articles/2017-le-mans-qualifying-1-kobayashi-record-pole/results.csv',
    '/drivers/kamui-kobayashi',
    '/drivers/kamui-kobayashi/feed.xml',
    '/drivers/kamui-kobayashi/articles/page/1',
    `/authors/${STORY.authorId}`,
    '/events/8-hours-of-bahrain/2024/race',
    '/events/8-hours-of-bahrain/2024/race/laps.csv',
    // The open data (app/data/[file]/route.export.ts in an export; a server writes them to its cache).
    '/data/drivers.csv',
    '/data/datapackage.json',
    '/feed.xml',
    '/sitemap.xml',
    '/pagefind/pagefind.js',
  ]) {
    const res = await fetch(nginx.url + path);
    expect(res.status, path).toBe(200);
    const type = res.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) {
      const html = await res.text();
      expect(html, `${path}: no framework runtime`).not.toContain('self.__next_f');
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    }
  }
  // The search runs on the exported index (its worker under WORKER_CSP): the story is found by its words.
  await page.goto(`${nginx.url}/search?q=photo%20test`);
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for “photo test”/, { timeout: 15_000 });
  const hrefs = await page.locator('ol[aria-label="Results"] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(ARTICLE);
  // The event the query names comes first (public/search.js).
  expect(hrefs[0]).toBe('/events/photo-test-6-hours');
});
