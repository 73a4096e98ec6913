import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BASE_PORT, copyContent, publish, ROOT, startInstance } from './servers';

/**
 * The search index cut into several bundles (lib/search/bundles.ts): the search page merges them all, so a
 * query finds pages that live in different bundles, and a publish supersedes a page's old version
 * whichever bundle holds it.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

const require = createRequire(import.meta.url);
const SOURCE = 'articles/2021-portimao-qualifying-alpine-first-pole.mdx';
const NEW = 'articles/2021-portimao-bundles-check.mdx';
const TITLE = 'Bundles check: Alpine on pole, again';

/** `scripts/search-index.ts --out <dir>` over `contentDir`, with bundles of at most `bytes` of HTML. */
function indexInBundles(contentDir: string, out: string, bytes: number): Promise<string> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli', { paths: [ROOT] }), 'scripts/search-index.ts', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, SEARCH_BUNDLE_BYTES: String(bytes) },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((done, fail) => child.once('exit', (code) => (code === 0 ? done(output) : fail(new Error(output)))));
}

test('a query finds an article and a driver that live in different bundles, and a publish supersedes the old version', async ({ page }) => {
  const content = copyContent();
  const server = await startInstance(BASE_PORT + 15, content.dir);
  try {
    const base = server.url;
    const dir = join(ROOT, server.distDir, 'pagefind');
    expect(await indexInBundles(content.dir, dir, 60_000)).toMatch(/→ .*, \d+ files in [3-9]\d* bundles,/);
    const manifest = (await (await fetch(`${base}/pagefind/bundles.json`)).json()) as { bundles: { path: string }[] };
    expect(manifest.bundles.length).toBeGreaterThanOrEqual(3);
    const ids = JSON.parse(readFileSync(join(dir, '.state', 'ids.json'), 'utf8')) as Record<string, string[]>;
    const bundleOf = (url: string) => manifest.bundles.find((b) => existsSync(join(dir, b.path, 'fragment', `${ids[url]![0]}.pf_fragment`)))?.path;
    const driver = '/drivers/matthieu-vaxiviere';
    expect(bundleOf(driver)).toBeDefined();

    const results = async (q: string) => {
      await page.goto(`${base}/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole('status')).toHaveText(new RegExp(`\\d+ results? for “${q}”`), { timeout: 15_000 });
      return page.locator('ol[aria-label="Results"] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    };
    const before = await results('vaxiviere');
    expect(before[0]).toBe(driver);
    const elsewhere = before.filter((h) => h.startsWith('/articles/') && bundleOf(h) !== bundleOf(driver));
    expect(elsewhere.length).toBeGreaterThan(0);

    // Published: a new report naming him; his page (one report more) is in the delta, the old one superseded.
    writeFileSync(join(content.dir, NEW), readFileSync(join(content.dir, SOURCE), 'utf8').replace(/^title: .*$/m, `title: "${TITLE}"`));
    const published = await publish(content.dir, [join(content.dir, NEW)], [server]);
    expect(published.code, published.output).toBe(0);
    const superseded = (await (await fetch(`${base}/pagefind/delta/superseded.json`)).json()) as { ids: string[] };
    expect(superseded.ids).toContain(ids[driver]![0]);
    const after = await results('vaxiviere');
    expect(after[0]).toBe(driver);
    expect(after.filter((h) => h === driver)).toHaveLength(1);
    expect(after).toContain('/articles/2021-portimao-bundles-check');
    expect((await results('bundles check'))[0]).toBe('/articles/2021-portimao-bundles-check');
  } finally {
    await server.stop();
    content.remove();
  }
});
