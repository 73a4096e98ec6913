/**
 * `npm run bench [-- --n 100,1000,10000] [--export] [--keep] [--smoke] [--fuzz]`
 *
 * Proves the site scales: for each N it generates N synthetic articles (scripts/bench/generate.ts) into a
 * temporary content directory, copies the project into a temporary directory (node_modules symlinked, so
 * nothing in the checkout is touched), and times the phases of `npm run build` there (content check,
 * compiling the article bodies into the store, `next build`), cold and again with nothing changed,
 * with CONTENT_DIR pointing at the corpus, sampling the RSS of each process tree every 200 ms. Then it
 * serves the build with `next start` on a port in 3300-3399 and measures the HTML and JavaScript (raw and
 * gzip) of an article, the driver with the most appearances, a team and the home page. Optionally it
 * also times the static export (`--export`).
 *
 * Results: bench/results.json (merged by N, so runs can be split) and bench/results.md. `--smoke` runs
 * N=100 only, with a publish (not the static export), writes nothing into bench/, and exits non-zero when a step fails or
 * a page-weight budget is broken (the CI runs it as `npm run bench:smoke`). `--keep` keeps the temporary directory;
 * `--workdir <dir>` uses <dir>/n<N> instead of a temporary directory. A full run ends with the content
 * fuzz: the check's property tests at 2,000 mutations of frontmatter, bodies, registry files and official timing
 * (CONTENT_FUZZ=2000; `npm test` runs 200); `--fuzz` runs only that.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generateCorpus, type CorpusInfo } from './bench/generate';
import { timePhotoVariants, writeCorpusPhotos } from './bench/photos';
import { cropName } from '../lib/images/variants';
import { variantName } from '../lib/images/widths.mjs';
import { run, startDetached, stopDetached, type RunResult } from './bench/proc';
import { chunkModules, CONTENT_SCRIPT_BUDGET, linkedKinds, measurePage, type PageWeight } from './bench/weight';
import { renderMarkdown, SEARCH_QUERY_BUDGET, type BenchFile, type BenchRun, type Phase } from './bench/report';
import { benchPublish } from './bench/publish';
import { currentDistDir } from '../lib/build/dist.mjs';
import { measureSearch } from './bench/search';
import { readSearchStepLine } from '../lib/build/search-index-step';
import { ARCHIVE_PAGE_SIZE } from '../lib/view';
import { BASE_CSP, cspForHtml } from '../lib/csp.mjs';
import { startNginx } from './nginx';
import { makeProject } from './bench/project';
import { readAnalysis } from '../lib/content/timing/analysis';
import { summarizeLaps } from '../lib/content/timing/lap-summary';
import { timingHash } from '../lib/content/timing/laps-cache';

const REPO = resolve(dirname(new URL(import.meta.url).pathname), '..');
/** The heap limit `npm start` gives the server (package.json). */
const SERVER_HEAP = '--max-old-space-size=8192';

/** Budgets of issues #5 and #10 (per page: the site's own JavaScript; whole build: time, memory and disk at 10k). */
export const BUDGET = {
  siteJsGzip: 5 * 1024,
  buildMs10k: 5 * 60 * 1000,
  peakRss10k: 3 * 1024 ** 3,
  outputBytes10k: 2 * 1024 ** 3,
  noChangeMs10k: 60 * 1000,
  publishMs10k: 60 * 1000,
  checkMs10k: 10 * 1000,
};

function args() {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const smoke = argv.includes('--smoke');
  const ns = (value('--n') ?? (smoke ? '100' : '100,1000,10000'))
    .split(',')
    .map((s) => Number(s.replace(/[_k]/g, (c) => (c === 'k' ? '000' : ''))))
    .filter((n) => Number.isInteger(n) && n > 0);
  // Static-generation workers (NEXT_BUILD_WORKERS): one per core unless given (next.config.mjs).
  const workers = value('--workers');
  // The static export (--export) is not in the smoke run: at N=100 it is 2,758 pages, minutes of CI; the
  // export of the seed content is tested end to end in Chromium behind nginx (tests/e2e/export-photos.spec.ts).
  // The content fuzz (2,000 mutations per kind) runs in every full bench; `--fuzz` runs it alone.
  const fuzz = argv.includes('--fuzz') ? 'only' : smoke ? 'no' : 'also';
  // The smoke run publishes too, so that the publish path cannot rot.
  return { ns, smoke, keep: argv.includes('--keep'), exportBuild: argv.includes('--export'), publish: smoke || argv.includes('--publish'), workdir: value('--workdir'), workers, fuzz };
}

/** The check's property test (tests/unit/check-property.test.ts) at 2,000 mutations per kind. */
async function contentFuzz(): Promise<boolean> {
  const count = 2000;
  log(`content fuzz: ${count} mutations of frontmatter, bodies, registry files and official timing (check against the build's loader and compiler)`);
  const res = await run(process.execPath, [join(REPO, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/unit/check-property.test.ts', 'tests/unit/timing-fuzz.test.ts'], {
    cwd: REPO,
    env: { ...process.env, CONTENT_FUZZ: String(count) },
    echo: 'fuzz',
  });
  log(`content fuzz: ${res.code === 0 ? 'passed' : 'FAILED'} in ${(res.ms / 1000).toFixed(0)} s`);
  return res.code === 0;
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

/** A free port in BENCH_PORTS (`first-last`, default 3300-3399), so that parallel benches can be kept apart. */
async function freePort(): Promise<number> {
  const [first, last] = (process.env.BENCH_PORTS ?? '3300-3399').split('-').map(Number) as [number, number];
  for (let port = first; port <= last; port++) {
    const ok = await new Promise<boolean>((r) => {
      const server = createServer();
      server.once('error', () => r(false));
      server.listen(port, '127.0.0.1', () => server.close(() => r(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port in ${first}-${last}`);
}

/**
 * The export as docs/deploy.md serves it: scripts/page-csp.ts --export, then Debian's nginx with
 * deploy/nginx/. Each page must come with its own policy, a file with BASE_CSP.
 */
async function checkExportBehindNginx(project: string, pages: string[]) {
  const gen = await run(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(project, 'scripts', 'page-csp.ts'), '--export'], { cwd: project });
  if (gen.code !== 0) throw new Error(`page-csp --export failed: ${gen.stderr.slice(0, 500)}`);
  const nginx = await startNginx({ root: join(project, 'out'), port: await freePort(), confDir: join(project, 'deploy', 'nginx') });
  try {
    for (const page of pages) {
      const res = await fetch(nginx.url + page);
      const csp = res.headers.get('content-security-policy');
      if (res.status !== 200 || csp !== cspForHtml(await res.text())) throw new Error(`nginx: ${page} answered ${res.status} with the policy ${csp}`);
    }
    const feed = await fetch(`${nginx.url}/feed.xml`);
    if (feed.headers.get('content-security-policy') !== BASE_CSP) throw new Error('nginx: /feed.xml lacks the base policy');
    log(`static export behind nginx: ${pages.length} pages and the feed with their policies`);
  } finally {
    await nginx.stop();
  }
}

function countFiles(dir: string, test: (name: string) => boolean): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (test(e.name)) {
        files++;
        bytes += statSync(full).size;
      }
    }
  }
  return { files, bytes };
}

/**
 * Where a build's bytes go (bench/README.md): HTML, RSC payloads (`.rsc`), segment prefetch files (under
 * `.segments/`), the rest of server/ (bundles, manifests), static/ (client chunks) and cache/ (Turbopack's,
 * shared by the slots). Hard links count once.
 */
function outputBreakdown(dist: string) {
  const out = { total: 0, html: 0, rsc: 0, segments: 0, serverOther: 0, static: 0, cache: 0, other: 0, pageFiles: 0 };
  const seen = new Set<number>(); // hard links take the disk once
  const stack = [dist];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        stack.push(full);
        continue;
      }
      const stat = statSync(full);
      if (seen.has(stat.ino)) continue;
      seen.add(stat.ino);
      const size = stat.size;
      const rel = full.slice(dist.length + 1);
      out.total += size;
      if (rel.startsWith('cache')) out.cache += size;
      else if (rel.startsWith('static')) out.static += size;
      else if (rel.includes('.segments/')) out.segments += size;
      else if (rel.startsWith('server') && e.name.endsWith('.html')) {
        out.html += size;
        out.pageFiles++;
      }
      else if (rel.startsWith('server') && e.name.endsWith('.rsc')) out.rsc += size;
      else if (rel.startsWith('server')) out.serverOther += size;
      else out.other += size;
    }
  }
  return out;
}

function phase(r: RunResult): Phase {
  const steps = Object.keys(r.stepPeaks).length ? { stepPeaks: r.stepPeaks } : {};
  return { ms: Math.round(r.ms), peakRss: r.peakRss, ok: r.code === 0, ...steps };
}

/**
 * The content phase of scripts/build.ts (`--only content`) as the report's parts: the check and the compile
 * (then the search documents) each with the time its own line gives, their wall time together, and the
 * phase's peak, which the two share (the parts' own peaks are not known apart: `peakRss` is 0).
 */
function contentParts(r: RunResult): { check: Phase; compile: Phase; checkAndCompileMs: number; contentPeakRss: number } {
  const seconds = (re: RegExp) => {
    const m = re.exec(r.stdout);
    return m ? Math.round(Number(m[1]) * 1000) : 0;
  };
  const check = seconds(/Check ([\d.]+) s; bodies:/);
  const compile = seconds(/; bodies: .* in ([\d.]+) s/) + seconds(/Search documents: \d+ written ahead .* in ([\d.]+) s/);
  return { check: { ms: check, peakRss: 0, ok: true }, compile: { ms: compile, peakRss: 0, ok: true }, checkAndCompileMs: Math.round(r.ms), contentPeakRss: r.peakRss };
}

/** The steps of scripts/build.ts whose peaks results.md shows apart: `next build` itself, and the search index after it. */
const BUILD_STEPS = /^▶ (next build|Search index)/;

function failWith(step: string, r: RunResult): never {
  const all = (r.stdout + r.stderr).split('\n');
  // The line that says why (a page that failed every attempt) first, then the end of the output.
  const why = all.filter((l) => /after \d+ attempts|Export encountered an error|FATAL ERROR/.test(l));
  const tail = [...why, ...all.slice(-40)].join('\n');
  throw new Error(`${step} failed (exit ${r.code}):\n${tail}`);
}

/** What a failed run got through, so that results.md shows where and after how long it failed. */
export class BenchFailure extends Error {
  constructor(
    message: string,
    readonly partial: Partial<BenchRun>,
  ) {
    super(message);
  }
}

/** Reads and summarises one 24-hour analysis file of the corpus, as the check does, with no cache: the "< 2 s". */
function timeAnalysis(corpus: CorpusInfo): NonNullable<BenchRun['timing']> {
  const { editions, analyses, sampleAnalysis } = corpus.timing;
  if (!sampleAnalysis) return { editions, analyses, analysisLaps: 0, analysisCars: 0, readSummaryMs: 0 };
  const t = performance.now();
  const text = readFileSync(sampleAnalysis, 'utf8');
  const read = readAnalysis(text, sampleAnalysis);
  const summary = summarizeLaps(read.rows, sampleAnalysis, timingHash(text));
  const readSummaryMs = Math.round(performance.now() - t);
  if (read.problems.length > 0) throw new Error(`the generated analysis ${sampleAnalysis} has problems: ${read.problems[0]!.message}`);
  return { editions, analyses, analysisLaps: read.rows.length, analysisCars: summary.cars.length, readSummaryMs };
}

/** The corpus's shape as results.json records it. */
function corpusFigures(corpus: CorpusInfo, storeBytes: number) {
  return {
    drivers: corpus.drivers,
    teams: corpus.teams,
    events: corpus.events,
    appearances: corpus.appearances,
    topDriver: corpus.topDriver,
    topTeam: corpus.topTeam,
    sourceBytes: corpus.bytes,
    storeBytes,
  };
}

async function benchOne(n: number, opts: { keep: boolean; exportBuild: boolean; publish: boolean; smoke: boolean; workdir?: string; workers?: string }): Promise<BenchRun> {
  const partial: Partial<BenchRun> = { n, date: new Date().toISOString(), loadAverage: loadavg()[0] };
  const root = opts.workdir ? resolve(opts.workdir, `n${n}`) : mkdtempSync(join(tmpdir(), `bench-${n}-`));
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  log(`N=${n}: working in ${root}`);
  const contentDir = join(root, 'content');
  const t0 = performance.now();
  const corpus: CorpusInfo = generateCorpus(n, contentDir);
  await writeCorpusPhotos(contentDir, corpus.photos);
  const generateMs = Math.round(performance.now() - t0);
  partial.generateMs = generateMs;
  partial.corpus = corpusFigures(corpus, 0);
  log(`N=${n}: generated ${n} articles, ${corpus.drivers} drivers, ${corpus.appearances} appearances in ${generateMs} ms`);
  partial.timing = timeAnalysis(corpus);
  log(`N=${n}: official timing of ${corpus.timing.editions} race editions, ${corpus.timing.analyses} with a 24-hour analysis; one read and summarised in ${partial.timing.readSummaryMs} ms`);
  const project = makeProject(root);
  // PWD and INIT_CWD: tools that take their working directory from them (contentlayer2 does) stay in the copy.
  const env = {
    ...process.env,
    PWD: project,
    INIT_CWD: project,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: withNpmNodeOptions(process.env.NODE_OPTIONS),
    ...(opts.workers ? { NEXT_BUILD_WORKERS: opts.workers } : {}),
  };
  const node = process.execPath;
  const bin = (p: string) => join(project, 'node_modules', p);

  try {
    // The check and the compile side by side, as `npm run build` runs them: scripts/build.ts --only content,
    // one process (the check in a thread of its own, the compile and then the search documents beside it),
    // its process tree's peak sampled as one; each part's time read from its output.
    log(`N=${n}: content check, and beside it the article bodies compiled into the store`);
    // scripts/build.ts as `npm run build` runs it: one process, tsx loaded by node (package.json).
    const buildScript = ['--import', 'tsx', 'scripts/build.ts'];
    const contentPhase = async (label: string) => {
      const r = await run(node, [...buildScript, '--only', 'content'], { cwd: project, env, echo: `${label} ${n}` });
      if (r.code !== 0) failWith(label, r);
      return contentParts(r);
    };
    Object.assign(partial, await contentPhase('content'));
    log(`N=${n}: next build`);
    const nb = await run(node, [...buildScript, '--only', 'next'], { cwd: project, env, echo: `next ${n}`, stepMark: BUILD_STEPS });
    partial.nextBuild = phase(nb);
    if (nb.code !== 0) failWith('next build', nb);
    // The image work of a build: every photo's variants, as the static export writes them.
    // (Not in the smoke run, which keeps CI short: minutes of AVIF encoding.)
    const photos = opts.smoke ? undefined : await timePhotoVariants(contentDir, corpus.photos);
    if (photos) log(`N=${n}: photo variants of ${photos.sample} of ${photos.photos} photos: ${photos.cold.files} files in ${photos.cold.ms} ms, again from the cache in ${photos.warm.ms} ms`);
    partial.photos = photos;
    const generated = [...nb.stdout.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)].pop();
    const pages = generated ? Number(generated[2]) : 0;
    const dist = join(project, currentDistDir(project));
    const html = countFiles(join(dist, 'server', 'app'), (f) => f.endsWith('.html'));
    const output = outputBreakdown(dist);
    const storeBytes = countFiles(join(project, '.next', 'cache', 'mdx'), () => true).bytes;
    partial.output = output;

    // The same build again, nothing changed: the store compiles nothing (not in the smoke run, to keep CI short).
    if (!opts.smoke) log(`N=${n}: no-change build`);
    const again = async (args: string[], label: string) => {
      const r = await run(node, args, { cwd: project, env, echo: `${label} ${n}` });
      if (r.code !== 0) failWith(`no-change ${label}`, r);
      return phase(r);
    };
    const noChange = opts.smoke ? undefined : { ...(await contentPhase('no-change content')), nextBuild: await again([...buildScript, '--only', 'next'], 'next') };
    partial.noChange = noChange;
    // The warm check that does work: one article's text changed (a line added at its end), the rest as
    // the build left it. The no-change build's check above answers with its kept report instead
    // (lib/check/unchanged-content.ts). The article is then put back as it was.
    if (!opts.smoke) {
      log(`N=${n}: content check after one article edited`);
      const edited = join(contentDir, 'articles', readdirSync(join(contentDir, 'articles')).sort()[0]!);
      const original = readFileSync(edited);
      writeFileSync(edited, Buffer.concat([original, Buffer.from('\n')]));
      try {
        const r = await run(node, ['--import', 'tsx', 'scripts/check.ts'], { cwd: project, env, echo: `edited check ${n}` });
        if (r.code !== 0) failWith('check after one article edited', r);
        partial.editedCheck = phase(r);
      } finally {
        writeFileSync(edited, original);
      }
    }
    log(`N=${n}: search index`);
    const si = await run(node, [bin('tsx/dist/cli.mjs'), 'scripts/search-index.ts', '--dist', currentDistDir(project)], { cwd: project, env, echo: `search ${n}` });
    if (si.code !== 0) failWith('search index', si);
    const indexed = /Search index: (\d+) pages/.exec(si.stdout);
    const bundle = countFiles(join(dist, 'pagefind'), () => true);

    // The heaviest page of each kind, from the content's graph (before the server starts: it holds the graph too).
    const graphFacts = await derivedUrls(contentDir);

    // Serve the build and weigh the pages.
    const port = await freePort();
    log(`N=${n}: next start on port ${port}`);
    // As `npm start` runs it: a reload holds the old and the new content at once (docs/deploy.md).
    const server = startDetached(node, [SERVER_HEAP, bin('next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: project, env });
    // Read its output (an unread pipe would block it) and keep the end of it for an error message.
    let serverOut = '';
    const keep = (d: Buffer) => (serverOut = (serverOut + d.toString()).slice(-4000));
    server.stdout!.on('data', keep);
    server.stderr!.on('data', keep);
    let publish: BenchRun['publish'];
    let weights: Record<string, PageWeight>;
    let onDemand: BenchRun['onDemand'] = {};
    let mdxShipped = false;
    let search: BenchRun['search'];
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 300_000;
      for (;;) {
        // Our server, not another one that took the port meanwhile.
        if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${serverOut}`);
        try {
          if ((await fetch(base + '/')).ok) break;
        } catch {
          /* not up yet */
        }
        if (Date.now() > deadline) throw new Error('next start did not answer within 300 s');
        await new Promise((r) => setTimeout(r, 250));
      }
      const attribution = chunkModules(dist);
      const empty = await measurePage(base, '/bench-no-such-page', attribution);
      const pagesToWeigh: Record<string, string> = {
        article: `/articles/${corpus.sampleArticle}`,
        driver: `/drivers/${corpus.topDriver.id}`,
        team: `/teams/${corpus.topTeam.id}`,
        home: '/',
        // Every other kind (issue 22): the first of each the article and the busiest driver link to.
        ...(await linkedKinds(base, [`/articles/${corpus.sampleArticle}`, `/drivers/${corpus.topDriver.id}`])),
        // The heaviest of each kind, in place of the first linked (issue 22: no page over 250 KB at 10,000 articles).
        ...graphFacts.heaviest,
        'driver archive': `/drivers/${corpus.topDriver.id}/articles/page/1`,
        'article index': '/articles',
        'driver index': '/drivers',
        search: '/search',
      };
      weights = { empty: strip(empty) };
      for (const [key, path] of Object.entries(pagesToWeigh)) {
        const w = await measurePage(base, path, attribution, empty.scriptSrcs);
        if (w.status !== 200) throw new Error(`${path} answered ${w.status}`);
        weights[key] = strip(w);
      }
      // Derived files are rendered on their first request, then served from Next's cache (lib/prerender/policy.ts).
      const lastArchivePage = Math.max(1, Math.ceil(corpus.topDriver.articles / ARCHIVE_PAGE_SIZE));
      const archive = `/drivers/${corpus.topDriver.id}/articles/page/${lastArchivePage}`;
      const derived: Record<string, string> = {
        'article share image': `/articles/${corpus.sampleArticle}/opengraph-image`,
        'results.csv': `/articles/${corpus.sampleArticle}/results.csv`,
        'results.json': `/articles/${corpus.sampleArticle}/results.json`,
        'driver share image': `/drivers/${corpus.topDriver.id}/opengraph-image`,
        'driver feed': `/drivers/${corpus.topDriver.id}/feed.xml`,
        'driver archive, last page': archive,
      };
      // The first on-demand request of a server process loads the content and builds the graph; time it
      // on its own (a team feed), so that the figures below are the rendering of each kind.
      onDemand = { 'first of the server (loads the content), a team feed': await timeTwice(`${base}/teams/${corpus.topTeam.id}/feed.xml`) };
      for (const [label, path] of Object.entries(derived)) onDemand[label] = await timeTwice(base + path);
      // The article body is compiled by mdx-bundler and rendered on the server: its code must not ship.
      const articleHtml = await (await fetch(base + pagesToWeigh.article)).text();
      mdxShipped = /getMDXComponent|_jsx_runtime|jsxDEV/.test(articleHtml);
      // A reader looking for the most frequent driver: the most results, so the most fragments to load.
      const query = corpus.topDriver.name.split(' ').pop()!;
      const cost = await measureSearch(base, query);
      // The build's own search step, as its output said it (a build without one leaves the fields out).
      const step = readSearchStepLine(nb.stdout);
      const buildStep = step ? { buildStepMs: step.ms, ahead: step.ahead } : {};
      search = { ...phase(si), pages: indexed ? Number(indexed[1]) : 0, files: bundle.files, bytes: bundle.bytes, query, queryBytes: cost.bytes, queryRequests: cost.requests, ...buildStep };
      log(`N=${n}: search "${query}": ${cost.results}, ${cost.requests} requests, ${(cost.bytes / 1024).toFixed(1)} KiB`);
      if (opts.publish) {
        log(`N=${n}: publish (add, registry edit, delete, timing folder)`);
        // Beside the reader of `next start`, one through the shipped nginx cache in front of it
        // (deploy/nginx/cache.conf), as the deployed site's readers meet a publish; not in the smoke run.
        const cache = opts.smoke ? undefined : await startNginx({ upstream: port, port: await freePort() });
        try {
          publish = await benchPublish(base, project, contentDir, env, corpus.publishTiming, opts.smoke, opts.smoke ? 4 : Infinity, cache?.url);
        } finally {
          await cache?.stop();
        }
      }
    } finally {
      await stopDetached(server);
    }

    let exp: BenchRun['export'];
    if (opts.exportBuild) {
      // The served build's dist dir stays: the export writes out/ from its own scratch dist dir.
      log(`N=${n}: static export (NEXT_OUTPUT=export next build)`);
      const ex = await run(node, [...buildScript, '--only', 'next'], { cwd: project, env: { ...env, NEXT_OUTPUT: 'export' }, echo: `export ${n}` });
      if (ex.code !== 0) failWith('static export', ex);
      const exIndex = await run(node, [bin('tsx/dist/cli.mjs'), 'scripts/search-index.ts', '--export'], { cwd: project, env, echo: `search export ${n}` });
      if (exIndex.code !== 0) failWith('search index of the static export', exIndex);
      // A static host has no server to render anything later: the derived files must be in out/ too.
      for (const file of [
        `articles/${corpus.sampleArticle}.html`,
        `articles/${corpus.sampleArticle}/opengraph-image`,
        `articles/${corpus.sampleArticle}/results.csv`,
        `drivers/${corpus.topDriver.id}/feed.xml`,
        `drivers/${corpus.topDriver.id}/articles/page/1.html`,
        'pagefind/pagefind.js',
        'pagefind/pagefind-entry.json',
        // The photos' variants: a static host has no image optimizer (lib/images/variants.ts).
        ...corpus.photos.slice(0, 1).flatMap((photo) => [`images/v/${variantName(photo, 828, 'avif')}`, `images/v/${variantName(photo, 828, 'webp')}`, `images/v/${cropName(photo, '16x9')}`]),
      ]) {
        if (!existsSync(join(project, 'out', file))) throw new Error(`the static export lacks out/${file}`);
      }
      await checkExportBehindNginx(project, [`/articles/${corpus.sampleArticle}`, `/drivers/${corpus.topDriver.id}`, '/']);
      const out = countFiles(join(project, 'out'), () => true);
      const outHtml = countFiles(join(project, 'out'), (f) => f.endsWith('.html'));
      exp = { ...phase(ex), files: out.files, bytes: out.bytes, htmlPages: outHtml.files };
    }

    const workerCount = [...nb.stdout.matchAll(/Generating static pages using (\d+) workers?/g)].pop()?.[1];
    return {
      n,
      date: new Date().toISOString(),
      // The machine's 1-minute load average when the run started and when it ended: other work slows every phase.
      loadAverage: partial.loadAverage,
      loadAverageEnd: loadavg()[0],
      workers: workerCount ? Number(workerCount) : undefined,
      corpus: corpusFigures(corpus, storeBytes),
      generateMs,
      // The official timing and the analysis read time (set before the build): results.md showed '–' without it.
      timing: partial.timing,
      check: partial.check!,
      compile: partial.compile!,
      checkAndCompileMs: partial.checkAndCompileMs,
      contentPeakRss: partial.contentPeakRss,
      nextBuild: phase(nb),
      noChange,
      editedCheck: partial.editedCheck,
      output,
      publish,
      pages,
      htmlFiles: html.files,
      htmlBytes: html.bytes,
      weights,
      onDemand,
      derivedUrls: graphFacts.count,
      mdxShipped,
      export: exp,
      search,
      photos,
    };
  } catch (error) {
    throw new BenchFailure(error instanceof Error ? error.message : String(error), partial);
  } finally {
    if (!opts.keep && !opts.workdir) rmSync(root, { recursive: true, force: true });
    else log(`N=${n}: kept ${root}`);
  }
}

/** NODE_OPTIONS with the `node-options` of the project's .npmrc, which npm gives `npm run build`'s steps. */
function withNpmNodeOptions(current = ''): string {
  const npmrc = join(REPO, '.npmrc');
  const extra = existsSync(npmrc) ? (readFileSync(npmrc, 'utf8').match(/^node-options\s*=\s*(.+)$/m)?.[1]?.trim() ?? '') : '';
  return current.includes(extra) ? current : `${current} ${extra}`.trim();
}

/** Time of a first request (rendered on demand) and of a second one (served from the cache). */
async function timeTwice(url: string): Promise<{ path: string; status: number; firstMs: number; cachedMs: number; bytes: number }> {
  const once = async () => {
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    return { status: res.status, ms: Math.round(performance.now() - t), bytes: body.byteLength };
  };
  const first = await once();
  const second = await once();
  if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
  return { path: new URL(url).pathname, status: first.status, firstMs: first.ms, cachedMs: second.ms, bytes: first.bytes };
}

/**
 * URLs of the derived routes that a server build renders on first request, and the path of the heaviest
 * page of each kind (scripts/bench/derived-urls.ts, in a process of its own).
 */
async function derivedUrls(contentDir: string): Promise<{ count: number; heaviest: Record<string, string> }> {
  // NODE_OPTIONS, not a flag of this node: tsx runs the script in a child process of its own.
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim() };
  const counted = await run(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'scripts/bench/derived-urls.ts'), contentDir], { cwd: REPO, env });
  const [first = '', second = '{}'] = counted.stdout.trim().split('\n');
  const count = Number(first);
  if (counted.code !== 0 || !Number.isInteger(count)) failWith('counting the derived URLs', counted);
  return { count, heaviest: JSON.parse(second) as Record<string, string> };
}

function strip(w: PageWeight & { scriptSrcs?: Set<string> }): PageWeight {
  const { scriptSrcs: _ignored, ...rest } = w;
  return rest;
}

async function main() {
  const { ns, smoke, keep, exportBuild, publish, workdir, workers, fuzz } = args();
  if (fuzz === 'only') {
    process.exitCode = (await contentFuzz()) ? 0 : 1;
    return;
  }
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    next: (JSON.parse(readFileSync(join(REPO, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version,
  };
  const resultsPath = join(REPO, 'bench', 'results.json');
  const file: BenchFile = !smoke && existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchFile) : { machine, runs: {} };
  file.machine = machine;
  // Runs of the contentlayer2 pipeline (before the store) are not comparable: they are dropped.
  file.runs = Object.fromEntries(Object.entries(file.runs).filter(([, r]) => r.compile));
  if (file.failed) file.failed = Object.fromEntries(Object.entries(file.failed).filter(([, r]) => !('contentlayer' in r)));
  let failed = false;
  for (const n of ns) {
    try {
      const result = await benchOne(n, { keep, exportBuild, publish, smoke, workdir, workers });
      file.runs[String(n)] = result;
      // A success replaces an earlier failure at the same N.
      if (file.failed) delete file.failed[String(n)];
      log(`N=${n}: build ${(result.nextBuild.ms / 1000).toFixed(1)} s, peak ${(result.nextBuild.peakRss / 1024 ** 2).toFixed(0)} MiB, ${result.pages} pages`);
      if (smoke) {
        for (const [key, w] of Object.entries(result.weights)) {
          if (key === 'search') continue; // Pagefind and its page's script: what the search needs.
          if ((w.scriptBytes ?? w.js.raw) > CONTENT_SCRIPT_BUDGET || w.flightData) {
            log(`budget broken: the ${key} page loads ${w.scriptBytes ?? w.js.raw} B of script (> ${CONTENT_SCRIPT_BUDGET})${w.flightData ? ' and carries flight data' : ''}`);
            failed = true;
          }
        }
        if (!result.search || result.search.queryBytes > SEARCH_QUERY_BUDGET) {
          log(`budget broken: one search downloads ${result.search?.queryBytes ?? '?'} B (> ${SEARCH_QUERY_BUDGET})`);
          failed = true;
        }
        if (result.mdxShipped) {
          log('budget broken: the article HTML ships MDX code to the browser');
          failed = true;
        }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`N=${n}: ${message}`);
      if (error instanceof BenchFailure) {
        // First lines of the error only: the figures say how far the run got.
        const lines = message.split('\n').map((l) => l.trim());
        const cause = lines.find((l) => /after \d+ attempts|FATAL ERROR|RangeError|Error:/.test(l)) ?? lines.find((l) => /error|fail/i.test(l)) ?? '';
        const reason = `${lines[0]} ${cause}`.slice(0, 300);
        file.failed = { ...(file.failed ?? {}), [String(n)]: { ...error.partial, reason } };
        delete file.runs[String(n)];
      }
      failed = true;
    }
    if (!smoke) {
      // Merge with what other runs (e.g. a 10k run in the background) wrote meanwhile.
      if (existsSync(resultsPath)) {
        const latest = JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchFile;
        latest.runs = Object.fromEntries(Object.entries(latest.runs).filter(([, r]) => r.compile));
        file.runs = { ...latest.runs, ...Object.fromEntries(Object.entries(file.runs).filter(([k]) => ns.includes(Number(k)))) };
        const failedNow = Object.entries(file.failed ?? {}).filter(([k]) => ns.includes(Number(k)));
        file.failed = { ...(latest.failed ?? {}), ...Object.fromEntries(failedNow) };
        for (const k of Object.keys(file.runs)) if (ns.includes(Number(k)) && !failedNow.some(([f]) => f === k)) delete file.failed[k];
        for (const [k] of failedNow) delete file.runs[k];
      }
      mkdirSync(dirname(resultsPath), { recursive: true });
      writeFileSync(resultsPath, `${JSON.stringify(file, null, 2)}\n`);
      writeFileSync(join(REPO, 'bench', 'results.md'), renderMarkdown(file));
    }
  }
  if (smoke) process.stdout.write(renderMarkdown(file));
  if (fuzz === 'also' && !(await contentFuzz())) failed = true;
  process.exitCode = failed ? 1 : 0;
}

await main();
