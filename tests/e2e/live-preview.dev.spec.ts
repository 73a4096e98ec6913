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

/** Reads a driver page's headline figures. */
async function figures(page: import('@playwright/test').Page, id: string) {
  await page.goto(`${base}/drivers/${id}`);
  const read = async (label: string) => Number(await page.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').innerText());
  return { starts: await read('Starts'), classWins: await read('Class wins'), podiums: await read('Podiums'), poles: await read('Poles') };
}

const RACE = 'tests/fixtures/race-reports/articles';

test('a race report counts its final classification; a second report of it, in Spanish, joins it and changes no count', async ({ page }) => {
  cpSync(join(RACE, '2019-le-mans-race-toyota-eight-wins.mdx'), join(dir, 'articles', '2019-le-mans-race-toyota-eight-wins.mdx'));
  await expect
    .poll(() => figures(page, 'mike-conway'), { timeout: 60_000, intervals: [1000], message: 'the new race report reaches the driver page' })
    .toEqual({ starts: 1, classWins: 0, podiums: 1, poles: 0 })
    .catch((error: Error) => {
      throw new Error(`${error.message}\n--- terminal ---\n${output.split('\n').filter((l) => !/ GET \//.test(l)).join('\n').slice(-3000)}`);
    });
  expect(await figures(page, 'sebastien-buemi')).toMatchObject({ starts: 1, classWins: 1, podiums: 1 });
  // A DSQ is a start and never a win.
  expect(await figures(page, 'ben-keating')).toMatchObject({ starts: 1, classWins: 0, podiums: 0 });

  // Rivals: head to head in the same class of a race classification.
  await page.goto(`${base}/drivers/mike-conway`);
  const rivals = page.getByRole('region', { name: 'Rivals' });
  const buemi = rivals.getByRole('row').filter({ has: page.getByRole('link', { name: 'Sébastien Buemi' }) });
  await expect(buemi.getByRole('cell').nth(1)).toHaveText('0–1');
  await expect(rivals.getByRole('row').filter({ has: page.getByRole('link', { name: 'Vitaly Petrov' }) }).getByRole('cell').nth(1)).toHaveText('1–0');
  await expect(rivals.getByRole('link', { name: 'Kamui Kobayashi' })).toHaveCount(0); // a co-driver is no rival
  await buemi.getByRole('link', { name: /24 Hours of Le Mans 2019/ }).click();
  await expect(page).toHaveURL(`${base}/events/24-hours-of-le-mans/2019#race`);
  const race = page.getByRole('region', { name: /^Race race result/ });
  await expect(race.getByRole('listitem')).toHaveCount(1);

  cpSync(join(RACE, '2019-le-mans-carrera-toyota-ocho.mdx'), join(dir, 'articles', '2019-le-mans-carrera-toyota-ocho.mdx'));
  await expect
    .poll(
      async () => {
        await page.goto(`${base}/events/24-hours-of-le-mans/2019`);
        return page.getByRole('region', { name: /^Race race result/ }).getByRole('listitem').count();
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toBe(2);
  await expect(page.getByRole('region', { name: /^Race race result/ })).toContainText('Also reported as Carrera.');
  await expect(page.getByRole('region', { name: 'Class winners' })).toContainText('#8 Toyota Gazoo Racing – Buemi / Nakajima / Alonso');
  expect(await figures(page, 'mike-conway')).toEqual({ starts: 1, classWins: 0, podiums: 1, poles: 0 });
  expect(await figures(page, 'sebastien-buemi')).toMatchObject({ starts: 1, classWins: 1, podiums: 1 });
});
