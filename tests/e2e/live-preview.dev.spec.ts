import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * `npm run dev` as an editor uses it: contentlayer2 dev beside next dev, on a copy of the content so the
 * repository's files are never touched. Saves must reach the open page without a reload, and a bad save
 * must keep the last good content on screen while the terminal explains the mistake.
 */
// Beside the production server's port (E2E_PORT, default 3100), so that two checkouts can run their tests at once.
const port = Number(process.env.E2E_PORT ?? 3100) + 90;
const base = `http://127.0.0.1:${port}`;
const slug = '2021-portimao-qualifying-alpine-first-pole';
let dir: string;
let procs: ChildProcess[] = [];
let output = '';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'live-preview-'));
  cpSync('content', dir, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: '1' };
  const start = (cmd: string, args: string[]) => {
    const p = spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    p.stdout!.on('data', (d) => (output += d));
    p.stderr!.on('data', (d) => (output += d));
    procs.push(p);
  };
  start('node_modules/.bin/contentlayer2', ['dev']);
  start('node_modules/.bin/tsx', ['scripts/check-watch.ts']);
  start('node_modules/.bin/next', ['dev', '-H', '127.0.0.1', '-p', String(port)]);
  // contentlayer2 dev writes its documents first: a route compiled while they are rewritten waits for them.
  await expect.poll(() => /Generated \d+ documents/.test(output), { timeout: 120_000, intervals: [500] }).toBe(true);
  // The first request compiles the route.
  await expect
    .poll(async () => (await fetch(`${base}/articles/${slug}`, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined))?.status, {
      timeout: 200_000,
      intervals: [1000],
    })
    .toBe(200)
    .catch((error: Error) => {
      throw new Error(`${error.message}\n--- terminal ---\n${output.slice(-3000)}`);
    });
});

test.afterAll(() => {
  for (const p of procs) if (p.pid) try { process.kill(-p.pid, 'SIGTERM'); } catch { /* already gone */ }
  procs = [];
  rmSync(dir, { recursive: true, force: true });
});

function edit(file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file} contains ${from}`).not.toBe(text);
  writeFileSync(path, next);
}

test('saving the body, the frontmatter or a registry file updates the open page', async ({ page }) => {
  await page.goto(`${base}/articles/${slug}`);
  const article = page.getByRole('article').first();
  await expect(article).toContainText('has its first pole position');

  const t0 = Date.now();
  edit(`articles/${slug}.mdx`, 'has its first pole position', 'has its maiden pole position');
  await expect(article).toContainText('has its maiden pole position', { timeout: 15_000 });
  test.info().annotations.push({ type: 'body update', description: `${Date.now() - t0} ms` });

  edit(`articles/${slug}.mdx`, 'time: "1: 37.986"', 'time: "1: 37.901"');
  const gte = page.getByRole('table', { name: 'LMGTE Pro Qualifying' });
  await expect(gte.locator('tbody tr').first()).toContainText('1:37.901', { timeout: 15_000 });

  edit('drivers/kevin-estre.yaml', /^name: .*$/m, 'name: Kévin Estré');
  await expect(gte.getByRole('link', { name: 'Kévin Estré' })).toBeVisible({ timeout: 15_000 });
});

test('a bad save keeps the last good content and explains the mistake in the terminal', async ({ page }) => {
  await page.goto(`${base}/articles/${slug}`);
  const gte = page.getByRole('table', { name: 'LMGTE Pro Qualifying' });
  await expect(gte.locator('tbody tr').first()).toContainText('1:37.901');

  edit(`articles/${slug}.mdx`, 'time: "1: 37.901"', 'time: "1: 3O.901"');
  // The check watcher prints the mistake with its line as soon as the file is saved.
  await expect
    .poll(() => output, { timeout: 15_000 })
    .toMatch(new RegExp(`articles/${slug}\\.mdx:\\d+ results\\[0\\]\\.classes\\[2\\]\\.entries\\[0\\]\\.time: is not a lap time \\("1: 3O\\.901"\\) — it contains the letter O where a zero belongs`));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'LMGTE Pro Qualifying' }).locator('tbody tr').first()).toContainText('1:37.901');

  edit(`articles/${slug}.mdx`, 'time: "1: 3O.901"', 'time: "1: 37.777"');
  await expect(page.getByRole('table', { name: 'LMGTE Pro Qualifying' }).locator('tbody tr').first()).toContainText('1:37.777', {
    timeout: 15_000,
  });
});

