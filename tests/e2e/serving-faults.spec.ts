import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { rawRequest } from '../support/raw-http';
import { loadRepositoryGraph } from './content-oracle';
import { currentDistDir } from '../../lib/build/dist.mjs';
import { bodyKey } from '../../lib/content/mdx-store';

/**
 * Faults at serving time, on a copy of the build served by its own `next start` (port E2E_PORT + 5):
 * one article's compiled body is missing (and its prerendered page, so that it must render), and one
 * font of the share images is missing. Those answer 500 with the site's error page, the server logs the
 * cause, and everything else keeps serving.
 */
const graph = loadRepositoryGraph();
const repo = process.cwd();
const port = Number(process.env.E2E_PORT ?? 3100) + 5;
const broken = graph.articles[1]!;
const healthy = graph.articles[0]!;
const FONT = '@fontsource/inter/files/inter-latin-400-normal.woff';
// The build `npm start` serves (lib/build/dist.mjs), and the store of compiled bodies (lib/content/mdx-store.ts).
const distDir = currentDistDir();
const STORE = join('.next', 'cache', 'mdx');

/** dst mirrors src by symlinks, except along `omit` (a relative path), where it copies directories so that `omit` alone is left out. */
function linkAllBut(src: string, dst: string, omit: string) {
  const [head, ...rest] = omit.split('/');
  mkdirSync(dst, { recursive: true });
  for (const name of readdirSync(src)) {
    if (name === head && rest.length === 0) continue;
    if (name === head) linkAllBut(join(src, name), join(dst, name), rest.join('/'));
    else symlinkSync(join(src, name), join(dst, name));
  }
}

// One broken copy and one server for both tests: they must run in the same worker.
test.describe.configure({ mode: 'serial' });

let dir: string;
let server: ChildProcess;
let log = '';

test.beforeAll(async () => {
  test.setTimeout(60_000);
  dir = mkdtempSync(join(tmpdir(), 'faults-'));
  for (const name of ['content', 'lib', 'package.json']) symlinkSync(join(repo, name), join(dir, name));
  copyFileSync(join(repo, 'next.config.mjs'), join(dir, 'next.config.mjs'));
  linkAllBut(join(repo, 'node_modules'), join(dir, 'node_modules'), FONT);
  // The build without its caches, and without the broken article's prerendered page.
  mkdirSync(join(dir, '.builds'), { recursive: true });
  cpSync(join(repo, distDir), join(dir, distDir), {
    recursive: true,
    filter: (src) => !/[/\\](cache|route-cache)$/.test(src) && !src.includes(`${join('server', 'app', 'articles', broken.slug)}.`),
  });
  if (existsSync(join(repo, '.builds', 'current'))) copyFileSync(join(repo, '.builds', 'current'), join(dir, '.builds', 'current'));
  // Every compiled body but the broken article's.
  const brokenBody = `${bodyKey(broken.bodyRaw)}.js`;
  cpSync(join(repo, STORE), join(dir, STORE), { recursive: true, filter: (src) => !src.endsWith(brokenBody) });
  expect(existsSync(join(dir, 'node_modules', FONT))).toBe(false);
  expect(existsSync(join(dir, 'node_modules', dirname(FONT), 'inter-latin-600-normal.woff'))).toBe(true);

  server = spawn(process.execPath, [resolve(repo, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: dir, detached: true });
  server.stdout!.on('data', (c) => (log += c));
  server.stderr!.on('data', (c) => (log += c));
  for (let i = 0; i < 300 && !log.includes('Ready'); i++) await new Promise((r) => setTimeout(r, 100));
  expect(log).toContain('Ready');
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
});

const get = (target: string) => rawRequest(port, { method: 'GET', target });
const noInsides = (body: string) => {
  expect(body).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(body).not.toContain(dir);
  expect(body).not.toContain('node_modules');
};

test('an article without its compiled body answers the site’s 500 page; the cause is logged and the rest serves', async ({ page }) => {
  const res = await get(broken.url);
  expect(res.status).toBe(500);
  noInsides(res.body);
  await new Promise((r) => setTimeout(r, 200));
  // The cause, naming the file and what to do; Next logs a failed render once per pass (twice a request).
  const cause = `${broken.file} (body): the compiled body is not in the store`;
  const logged = log.split(cause).length - 1;
  expect(logged, log).toBeGreaterThanOrEqual(1);
  expect(logged, log).toBeLessThanOrEqual(2);

  for (const url of [healthy.url, '/', '/drivers', `/drivers/${[...graph.drivers.keys()][0]}`, '/feed.xml', `${broken.url}/results.json`]) {
    expect((await get(url)).status, url).toBe(200);
  }
  // What a reader sees: Next sends an error shell that the browser renders as the site's 500 page.
  const answer = await page.goto(`http://127.0.0.1:${port}${broken.url}`);
  expect(answer!.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
  await expect(page.locator('header').getByRole('link', { name: /Endurance Desk/ })).toHaveAttribute('href', '/');
  await expect(page.getByText('.next/cache')).toHaveCount(0);
  // Still failing alone, not taking anything with it.
  expect((await get(healthy.url)).status).toBe(200);
});

test('a share image whose font is missing answers 500 without a trace; the cause is logged and pages keep serving', async () => {
  const before = log.length;
  const res = await get(`${healthy.url}/opengraph-image`);
  expect(res.status).toBe(500);
  noInsides(res.body);
  await new Promise((r) => setTimeout(r, 200));
  const cause = `share image: the font ${join(dir, 'node_modules', FONT)} is missing`;
  expect(log.slice(before).split(cause).length - 1, log.slice(before)).toBe(1);
  for (const url of [healthy.url, `/teams/${[...graph.teams.keys()][0]}`, '/sitemap.xml', `${healthy.url}/results.csv`]) {
    expect((await get(url)).status, url).toBe(200);
  }
});
