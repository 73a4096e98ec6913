/**
 * `npm run bench:load`: requests per second and latency of `next start` on loopback (autocannon), of
 * the same pages through the shipped nginx cache in front of it (deploy/nginx/cache.conf), and of the same
 * article HTML served by Debian's nginx as a file, all in one run. Not a test: it writes bench/load.md.
 * Needs a production build (`npm run build`).
 *
 *   npm run bench:load [-- --duration 20] [--connections 16,64] [--port 3001]
 *
 * Ports: `next start` on --port, nginx serving the file on port + 10, the nginx cache on port + 11.
 * Targets: an article, a driver page and an index (prerendered), a derived file rendered on its first
 * request (a team feed; its first request is timed on its own), the 404 page; the first four again
 * through the cache (warmed: the rows are cache hits), and nginx serving the file.
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
const CACHE_PORT = PORT + 11;
/** Slices per row (see main). */
const ROUNDS = 4;
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

/** One slice of `seconds` against one target. */
async function slice(url: string, connections: number, seconds: number): Promise<Result> {
  return autocannon({ url, connections, duration: seconds, timeout: 10 });
}

/**
 * A row from its ROUNDS slices: requests per second over all of them, the median of their p50, the
 * largest p99 and max, every error and status summed.
 */
function row(target: string, path: string, connections: number, runs: Result[]): Row {
  const sum = (f: (r: Result) => number) => runs.reduce((n, r) => n + f(r), 0);
  const p50s = runs.map((r) => r.latency.p50).sort((a, b) => a - b);
  const statuses = (['2xx', '4xx', '5xx'] as const).filter((k) => sum((r) => r[k])).map((k) => `${k}×${sum((r) => r[k])}`).join(' ');
  const out = {
    target,
    path,
    connections,
    rps: sum((r) => r.requests.total) / sum((r) => r.duration),
    p50: p50s[Math.floor(p50s.length / 2)]!,
    p99: Math.max(...runs.map((r) => r.latency.p99)),
    max: Math.max(...runs.map((r) => r.latency.max)),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    statuses,
  };
  console.log(`${target.padEnd(32)} c=${String(connections).padEnd(3)} ${out.rps.toFixed(0).padStart(6)} req/s  p50 ${out.p50} ms  p99 ${out.p99} ms  max ${out.max} ms  errors ${out.errors}  timeouts ${out.timeouts}  ${statuses}`);
  return out;
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
  const cache = await startNginx({ upstream: PORT, port: CACHE_PORT });
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
      ['cache: article', cache.url, article],
      ['cache: driver page', cache.url, driver],
      ['cache: index page', cache.url, '/drivers'],
      ['cache: derived file (team feed)', cache.url, derived],
      ['nginx: the article HTML', nginx.url, `${article}.html`],
    ];
    // Warm: the second request through the cache is a hit, or the cache does not keep the page.
    for (const [target, url, path] of targets) {
      await fetch(url + path);
      const again = await fetch(url + path);
      if (url === cache.url && again.headers.get('x-cache-status') !== 'HIT') throw new Error(`${target}: the cache did not keep ${path} (${again.headers.get('x-cache-status')})`);
    }
    // Each row is ROUNDS slices taken in turn with every other target's, so that a machine whose load
    // changes during the run (a shared one) weighs on every row alike and the ratios hold.
    for (const connections of CONNECTIONS) {
      const runs = targets.map((): Result[] => []);
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, [, url, path]] of targets.entries()) runs[i]!.push(await slice(url + path, connections, DURATION / ROUNDS));
      }
      for (const [i, [target, , path]] of targets.entries()) rows.push(row(target, path, connections, runs[i]!));
    }
  } finally {
    await stopDetached(server);
    await nginx.stop();
    await cache.stop();
    rmSync(root, { recursive: true, force: true });
  }
  const loadAfter = loadavg().map((l) => l.toFixed(2)).join(' ');
  writeFileSync(join('bench', 'load.md'), report(rows, { firstMs, derived, load, loadAfter }));
  console.log('wrote bench/load.md');
}

const STATIC = ['article', 'driver page', 'index page'];
const CACHED = (r: Row) => r.target.startsWith('cache: ');

const FINDINGS = [
  '## What the figures mean',
  '',
  '- `next start` answers a page it has answered from its cache once already from its front',
  '  (lib/cache/front.mjs): the same bytes and headers, from memory, in the request’s first step, without',
  '  Next’s router, cache handler and response pipeline. Its first request, the 404 page and every request',
  '  the front leaves to Next (RSC, conditional, with a cookie or a query) still go through all of that in',
  '  JavaScript, on one thread. nginx sends the file with sendfile. Before the front (this file on',
  '  6 December, 19:59 UTC) Next served the same static pages at 14–19 % of nginx (899–1,224 req/s at 16',
  '  connections).',
  '- The cache rows are deploy/nginx/cache.conf as shipped (docs/deploy.md), in front of the same',
  '  `next start`: a page is kept for 10 s and then refreshed in the background while readers get the kept',
  '  copy, so during a row Next sees one request per page every 10 s and nginx answers the rest from its',
  '  cache file, as it answers the article’s file. What is left between the two is the cache’s lookup',
  '  in shared memory and the headers it adds.',
  '- On a shared machine (see the load average above) every row runs beside other work; the ratios are',
  '  the meaningful figures, and they are steadier than the absolute ones. autocannon runs on one core',
  '  of the two, so at these rates it is itself close to the limit of what can be measured here.',
];

function report(rows: Row[], info: { firstMs: number; derived: string; load: string; loadAfter: string }): string {
  const nginxRps = (c: number) => rows.find((r) => r.target.startsWith('nginx') && r.connections === c)!.rps;
  const pct = (r: Row) => (100 * r.rps) / nginxRps(r.connections);
  const range = (list: Row[]) => `${Math.min(...list.map(pct)).toFixed(0)}–${Math.max(...list.map(pct)).toFixed(0)} %`;
  const errors = (list: Row[]) => list.reduce((n, r) => n + r.errors + r.timeouts, 0);
  const lines = [
    '# Load: `next start`, the nginx cache in front of it, and nginx serving the file',
    '',
    `Written by \`npm run bench:load\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: autocannon on loopback, ${DURATION} s per row in ${ROUNDS} slices taken in turn with the other rows, `,
    `${cpus()[0]?.model ?? 'unknown CPU'} × ${availableParallelism()}, Node ${process.version}, load average ${info.load} at the start and `,
    `${info.loadAfter} at the end (\`uptime\`; the machine is shared). One \`next start\` process; nginx with one worker serving the same`,
    'article HTML file; the nginx cache (deploy/nginx/cache.conf, one worker) in front of that `next start`.',
    `The derived file's first request (rendered, then cached) took ${info.firstMs.toFixed(0)} ms; the rows below are after it.`,
    '',
    '| target | connections | req/s | % of nginx | p50 ms | p99 ms | max ms | errors | timeouts | statuses |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) => `| ${r.target} (\`${r.path}\`) | ${r.connections} | ${r.rps.toFixed(0)} | ${pct(r).toFixed(0)} % | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} | ${r.timeouts} | ${r.statuses} |`,
    ),
    '',
    '## Against the targets',
    '',
    ...CONNECTIONS.flatMap((c) => {
      const next = rows.filter((r) => r.connections === c && STATIC.includes(r.target));
      const cached = rows.filter((r) => r.connections === c && CACHED(r));
      const met = cached.every((r) => pct(r) >= 90) && errors(cached) === 0 && cached.every((r) => /^2xx×\d+$/.test(r.statuses));
      return [
        `- ${c} connections, through the cache: ${range(cached)} of nginx serving the file, ${errors(cached) === 0 ? 'zero errors' : `**${errors(cached)} errors and timeouts**`} (target: at least 90 %, zero errors): ${met ? 'met' : '**missed**'}.`,
        `- ${c} connections, \`next start\` alone: static pages at ${range(next)} of nginx, ${errors(rows.filter((r) => r.connections === c && !CACHED(r) && !r.target.startsWith('nginx'))) === 0 ? 'zero errors' : 'with errors'}.`,
      ];
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
