import type { ReaderFigures } from './readers';
import type { PageWeight } from './weight';
import type { PhotoFigures } from './photos';

export interface Phase {
  ms: number;
  /** Peak RSS of the phase's whole process tree, bytes. */
  peakRss: number;
  ok: boolean;
  /** Peaks of the steps the phase's output marks (scripts/bench.ts BUILD_STEPS), bytes. */
  stepPeaks?: Record<string, number>;
}

export interface BenchRun {
  n: number;
  date: string;
  /** The machine's 1-minute load average at the start and the end of the run (2 cores). */
  loadAverage?: number;
  loadAverageEnd?: number;
  /** Static-generation workers `next build` used. */
  workers?: number;
  corpus: {
    drivers: number;
    teams: number;
    events: number;
    appearances: number;
    topDriver: { id: string; name: string; appearances: number; articles: number };
    topTeam: { id: string; name: string; entries: number };
    sourceBytes: number;
    /** The store of compiled bodies (lib/content/mdx-store.ts). */
    storeBytes: number;
  };
  generateMs: number;
  /** Official timing in the corpus, and reading and summarising one 24-hour analysis file (lib/content/timing), cold, in one process. */
  timing?: { editions: number; analyses: number; analysisLaps: number; analysisCars: number; readSummaryMs: number };
  check: Phase;
  /** Compiling the article bodies into the store (cold: all of them). */
  compile: Phase;
  nextBuild: Phase;
  /** The check and the compile side by side, as `npm run build` runs them (scripts/build.ts): wall time of both. */
  checkAndCompileMs?: number;
  /**
   * The peak of the check and the compile run as `npm run build` runs them, one process (`--only content`,
   * since 6 December 2026): the check's and the compile's own peaks are then not known apart. Runs
   * without it timed them as two processes, and summed their peaks.
   */
  contentPeakRss?: number;
  /** The same build again with nothing changed. */
  noChange?: { check: Phase; compile: Phase; nextBuild: Phase; checkAndCompileMs?: number; contentPeakRss?: number };
  /** `npm run check` after the no-change build, one article's text changed: the warm check's work, which the no-change build's check skips (its kept report). */
  editedCheck?: Phase;
  /** Bytes of the dist dir by kind of file (scripts/bench.ts outputBreakdown). */
  output?: { total: number; html: number; rsc: number; segments: number; serverOther: number; static: number; cache: number; other: number; pageFiles: number };
  /** `--publish`: an added article, an edited registry file, a deleted article, one official timing folder (scripts/bench/publish.ts). */
  publish?: Record<'add' | 'registry' | 'delete', PublishCase> & { timing?: PublishCase };
  /** Static routes prerendered by `next build` (its own count). */
  pages: number;
  htmlFiles: number;
  htmlBytes: number;
  weights: Record<string, PageWeight>;
  /** Derived files rendered on their first request (lib/prerender.ts): first and cached response times. */
  onDemand?: Record<string, { path: string; status: number; firstMs: number; cachedMs: number; bytes: number }>;
  /** How many URLs of the derived routes a server build leaves to the first request. */
  derivedUrls?: number;
  /** True if the article HTML contains MDX runtime code (it must not). */
  mdxShipped: boolean;
  export?: Phase & { files: number; bytes: number; htmlPages: number };
  /** The image work at build for the corpus's photos (one article in five has one), measured on a sample: scripts/bench/photos.ts. */
  photos?: PhotoFigures;
  /**
   * The Pagefind index of the server build written again from the content alone (scripts/search-index.ts,
   * as a publish whose delta outgrew its limit does), and what one query downloads. `buildStepMs`: the
   * build's own search step (`next build` run's "Search index" line), with `ahead` when Pagefind read the
   * documents written beside the check (their time is in the compile's row).
   */
  search?: Phase & { pages: number; files: number; bytes: number; query: string; queryBytes: number; queryRequests: number; buildStepMs?: number; ahead?: boolean };
}

export interface PublishCase {
  commandMs: number;
  servedMs: number;
  pages: number;
  peakRss: number;
  readers?: ReaderFigures;
  readersCached?: ReaderFigures;
}

export interface BenchFile {
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; next: string };
  runs: Record<string, BenchRun>;
  /** Runs that failed, with the phases they completed (or failed in) and the reason. */
  failed?: Record<string, Partial<BenchRun> & { reason: string }>;
  /** Issue 22, recorded by hand: each page kind's HTML on the seed build before and after lib/static-html.mjs. */
  seedWeight?: SeedWeight;
}

export interface SeedWeight {
  date: string;
  note: string;
  /** KiB; `flight` the share of the HTML that was flight data, `script` the bytes of script a page loads after. */
  rows: { kind: string; path: string; before?: { raw: number; gzip: number; flight: number }; after: { raw: number; gzip: number; script: number } }[];
}

/** Issue 11: what one search may download (bytes). */
export const SEARCH_QUERY_BUDGET = 300 * 1000;

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** A reader's wait: ms below a second. */
const wait = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : s(ms));
const mib = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MiB`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const int = (n: number) => n.toLocaleString('en-US');
/** The check and the compile: side by side (their wall time and summed peaks) in runs that timed them so, else one after the other. */
const contentMs = (r: { check: Phase; compile: Phase; checkAndCompileMs?: number }) => r.checkAndCompileMs ?? r.check.ms + r.compile.ms;
const contentPeak = (r: BenchRun) =>
  r.contentPeakRss ?? (r.checkAndCompileMs !== undefined ? r.check.peakRss + r.compile.peakRss : Math.max(r.check.peakRss, r.compile.peakRss));
/** A part's own peak, unless it ran in one process with the other (contentPeakRss). */
const partPeak = (r: BenchRun, part: Phase) => (r.contentPeakRss !== undefined ? '– (one process: below)' : mib(part.peakRss));
const total = (r: BenchRun) => contentMs(r) + r.nextBuild.ms;
const peak = (r: BenchRun) => Math.max(contentPeak(r), r.nextBuild.peakRss);
/** The publishes a run timed, in order: added, registry edit, deleted, and the timing folder when there was one. */
const publishCases = (r: BenchRun): PublishCase[] => (r.publish ? [r.publish.add, r.publish.registry, r.publish.delete, ...(r.publish.timing ? [r.publish.timing] : [])] : []);

/** One reader's longest wait / p99 in each publish case, or a dash when a case has none. */
function readerFigures(r: BenchRun, of: (c: PublishCase) => ReaderFigures | undefined): string {
  const kinds = publishCases(r).map(of);
  return kinds.length && kinds.every(Boolean) ? `**${kinds.map((x) => `${wait(x!.longestMs)} / ${wait(x!.p99Ms)}${x!.failed ? ` (${x!.failed} failed)` : ''}`).join('; ')}**` : '–';
}

export function renderMarkdown(file: BenchFile): string {
  const runs = Object.values(file.runs).sort((a, b) => a.n - b.n);
  if (runs.length === 0 && !file.failed) return 'No successful bench run.\n';
  const m = file.machine;
  const lines: string[] = [];
  lines.push('# Build benchmark (`npm run bench`)', '');
  lines.push(
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}, Next.js ${m.next} (Turbopack). ` +
      'Synthetic corpus: 1–3 sessions, 2–5 classes, 40 entries per session, 2–4 drivers per entry from a pool of max(300, N/3) drivers with Zipf-like reuse. ' +
      'Peak RSS is the sum over the whole process tree (Next.js workers included), sampled every 200 ms.',
    '',
  );
  const col = (label: string, f: (r: BenchRun) => string) => `| ${label} | ${runs.map(f).join(' | ')} |`;
  // Each column is one run, dated: runs at different N are made at different times, on different code.
  lines.push(`| | ${runs.map((r) => `N = ${int(r.n)} (${r.date.slice(0, 10)})`).join(' | ')} |`);
  lines.push(`|---|${runs.map(() => '---:').join('|')}|`);
  const rows: [string, (r: BenchRun) => string][] = [
    ['Drivers / teams / events', (r) => `${int(r.corpus.drivers)} / ${int(r.corpus.teams)} / ${int(r.corpus.events)}`],
    ['Driver appearances', (r) => int(r.corpus.appearances)],
    ['Source size (content/)', (r) => mib(r.corpus.sourceBytes)],
    ['Race editions with official timing / with a 24-hour lap analysis', (r) => (r.timing ? `${int(r.timing.editions)} / ${int(r.timing.analyses)}` : '–')],
    [
      '**Reading and summarising one 24-hour analysis file** (target < 2 s)',
      (r) => (r.timing?.analysisLaps ? `**${s(r.timing.readSummaryMs)}** (${int(r.timing.analysisLaps)} laps, ${r.timing.analysisCars} cars)` : '–'),
    ],
    ['Machine load average (1 min) at start / end of the run', (r) => (r.loadAverage !== undefined ? `${r.loadAverage.toFixed(1)} / ${r.loadAverageEnd?.toFixed(1) ?? '–'}` : 'not recorded')],
    ['Content check (`npm run check`)', (r) => s(r.check.ms)],
    ['Content check peak RSS', (r) => partPeak(r, r.check)],
    ['Article bodies compiled into the store (mdx-bundler), then the search documents written ahead (lib/build/search-documents.ts)', (r) => s(r.compile.ms)],
    ['Compile peak RSS', (r) => partPeak(r, r.compile)],
    ['Store of compiled bodies', (r) => mib(r.corpus.storeBytes)],
    ['`next build` (into a fresh dist dir, pointer switched)', (r) => s(r.nextBuild.ms)],
    ['`next build` peak RSS', (r) => mib(r.nextBuild.peakRss)],
    [
      '`next build` peak RSS: rendering the pages / the search index after it',
      (r) => {
        const steps = r.nextBuild.stepPeaks;
        return steps?.['next build'] && steps['Search index'] ? `${mib(steps['next build'])} / ${mib(steps['Search index'])}` : '–';
      },
    ],
    ['Check and compile side by side, as `npm run build` runs them: wall time / peak RSS (summed over two processes before 6 December 2026)', (r) => (r.checkAndCompileMs !== undefined ? `${s(r.checkAndCompileMs)} / ${mib(contentPeak(r))}` : '–')],
    ['**Cold build (check + compile + next build)**', (r) => `**${s(total(r))}**`],
    ['**Peak RSS (any phase)**', (r) => `**${mib(peak(r))}**`],
    ['**No-change build (check + compile + next build)**', (r) => (r.noChange ? `**${s(contentMs(r.noChange) + r.noChange.nextBuild.ms)}**` : '–')],
    ['No-change build: check / compile / next build', (r) => (r.noChange ? `${s(r.noChange.check.ms)} / ${s(r.noChange.compile.ms)} / ${s(r.noChange.nextBuild.ms)}` : '–')],
    ['Content check (`npm run check`) after one article edited, the rest unchanged since the build', (r) => (r.editedCheck ? s(r.editedCheck.ms) : '–')],
    ['**Build output on disk (dist dir)**', (r) => (r.output ? `**${mib(r.output.total)}**` : '–')],
    ['Output: HTML / RSC payloads / segment prefetch files', (r) => (r.output ? `${mib(r.output.html)} / ${mib(r.output.rsc)} / ${mib(r.output.segments)}` : '–')],
    ['Output: other server files / client chunks / cache', (r) => (r.output ? `${mib(r.output.serverOther)} / ${mib(r.output.static)} / ${mib(r.output.cache)}` : '–')],
    ['**Publish, added article: command / until every listing page serves it**', (r) => (r.publish ? `**${s(r.publish.add.commandMs)} / ${s(r.publish.add.servedMs)}** (${r.publish.add.pages} pages)` : '–')],
    ['**Publish, edited registry file: command / served**', (r) => (r.publish ? `**${s(r.publish.registry.commandMs)} / ${s(r.publish.registry.servedMs)}**` : '–')],
    ['**Publish, deleted article: command / gone from every page**', (r) => (r.publish ? `**${s(r.publish.delete.commandMs)} / ${s(r.publish.delete.servedMs)}** (${r.publish.delete.pages} pages)` : '–')],
    [
      '**Publish, one official timing folder (classification and 24-hour analysis): command / its session page serves it**',
      (r) => (r.publish?.timing ? `**${s(r.publish.timing.commandMs)} / ${s(r.publish.timing.servedMs)}**` : '–'),
    ],
    [
      '**Publish: a reader\'s longest wait / p99** (a request every 50 ms to `next start`; added / registry edit / deleted / timing folder)',
      (r) => readerFigures(r, (c) => c.readers),
    ],
    [
      'Publish: the same reader through the nginx cache of deploy/nginx in front of it',
      (r) => readerFigures(r, (c) => c.readersCached),
    ],
    ['Publish command peak RSS', (r) => (r.publish ? mib(Math.max(...publishCases(r).map((c) => c.peakRss))) : '–')],
    ['Pages generated (`next build`)', (r) => int(r.pages)],
    ['Derived URLs rendered on first request, then cached', (r) => (r.derivedUrls === undefined ? '–' : int(r.derivedUrls))],
    ['Static-generation workers', (r) => (r.workers ? String(r.workers) : '–')],
    ['HTML files / bytes', (r) => `${int(r.htmlFiles)} / ${mib(r.htmlBytes)}`],
    ['Build time per article', (r) => `${(total(r) / r.n).toFixed(1)} ms`],
    ['Build time per page', (r) => `${(r.nextBuild.ms / Math.max(1, r.pages)).toFixed(1)} ms`],
    ['Peak RSS per article', (r) => `${(peak(r) / r.n / 1024).toFixed(0)} KiB`],
  ];
  for (const [label, f] of rows) lines.push(col(label, f));
  for (const [key, label] of [
    ['article', 'Article'],
    ['driver', 'Driver with most appearances'],
    ['team', 'Team with most entries'],
    ['home', 'Home page'],
  ] as const) {
    lines.push(col(`${label}: HTML raw / gzip`, (r) => (r.weights[key] ? `${kib(r.weights[key].html.raw)} / ${kib(r.weights[key].html.gzip)}` : '–')));
    lines.push(col(`${label}: JS raw / gzip (all scripts)`, (r) => (r.weights[key] ? `${kib(r.weights[key].js.raw)} / ${kib(r.weights[key].js.gzip)}` : '–')));
    lines.push(col(`${label}: site's own JS gzip`, (r) => (r.weights[key] ? `${r.weights[key].siteJs.gzip} B` : '–')));
  }
  // Every other kind weighed (issue 22): HTML raw / gzip, and the script it loads (files and inline).
  const known = new Set(['empty', 'article', 'driver', 'team', 'home']);
  for (const key of [...new Set(runs.flatMap((r) => Object.keys(r.weights)))].filter((k) => !known.has(k))) {
    lines.push(col(`${key[0]!.toUpperCase()}${key.slice(1)} page: HTML raw / gzip`, (r) => (r.weights[key] ? `${kib(r.weights[key].html.raw)} / ${kib(r.weights[key].html.gzip)}` : '–')));
  }
  for (const key of [...new Set(runs.flatMap((r) => Object.keys(r.weights)))].filter((k) => k !== 'empty')) {
    lines.push(
      col(`${key[0]!.toUpperCase()}${key.slice(1)} page: script loaded${key === 'search' ? ' (with Pagefind)' : ''}, flight data`, (r) => {
        const w = r.weights[key];
        return w?.scriptBytes === undefined ? '–' : `${int(w.scriptBytes)} B, ${w.flightData ? '**yes**' : 'none'}`;
      }),
    );
  }
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.onDemand ?? {})))];
  for (const k of kinds) {
    lines.push(col(`On demand, ${k}: first / cached request`, (r) => (r.onDemand?.[k] ? `${r.onDemand[k].firstMs} ms / ${r.onDemand[k].cachedMs} ms` : '–')));
  }
  if (runs.some((r) => r.photos)) {
    const per = (r: BenchRun, f: (p: PhotoFigures) => number) => (r.photos && r.photos.sample ? f(r.photos) / r.photos.sample : 0);
    lines.push(col('Photos (1 article in 5) / encoded as a sample', (r) => (r.photos ? `${int(r.photos.photos)} / ${int(r.photos.sample)}` : '–')));
    lines.push(
      col('Photo variants, sample with an empty cache: files / time / per photo', (r) =>
        r.photos ? `${int(r.photos.cold.files)} / ${s(r.photos.cold.ms)} / ${s(per(r, (p) => p.cold.ms))}` : '–',
      ),
    );
    lines.push(col('Photo variants, per photo: original → variants', (r) => (r.photos ? `${kib(per(r, (p) => p.cold.inBytes))} → ${kib(per(r, (p) => p.cold.outBytes))}` : '–')));
    lines.push(col('Photo variants, sample unchanged (from the cache): time', (r) => (r.photos ? s(r.photos.warm.ms) : '–')));
    lines.push(col('**Photo variants of every photo, empty cache (projected from the sample)**', (r) => (r.photos ? `**${s(r.photos.projectedColdMs)}**` : '–')));
  }
  if (runs.some((r) => r.search)) {
    if (runs.some((r) => r.search?.buildStepMs !== undefined)) {
      lines.push(
        col('Search index, the build\'s step (Pagefind over the documents written beside the check): time', (r) =>
          r.search?.buildStepMs !== undefined ? `${s(r.search.buildStepMs)}${r.search.ahead ? '' : ' (documents not written ahead)'}` : '–',
        ),
      );
    }
    lines.push(col('Search index from the content alone (scripts/search-index.ts: content, graph, documents, Pagefind; a publish whose delta outgrew its limit): time', (r) => (r.search ? s(r.search.ms) : '–')));
    lines.push(col('Search index from the content alone: peak RSS', (r) => (r.search ? mib(r.search.peakRss) : '–')));
    lines.push(col('Search index: pages / files / size', (r) => (r.search ? `${int(r.search.pages)} / ${int(r.search.files)} / ${mib(r.search.bytes)}` : '–')));
    lines.push(col('One query: bytes downloaded (requests)', (r) => (r.search ? `${kib(r.search.queryBytes)} (${r.search.queryRequests}), "${r.search.query}"` : '–')));
  }
  lines.push(col('Driver page: the driver', (r) => `${r.corpus.topDriver.name} (${int(r.corpus.topDriver.appearances)} appearances)`));
  lines.push(col('Article HTML contains MDX code', (r) => (r.mdxShipped ? '**yes**' : 'no')));
  if (runs.some((r) => r.export)) {
    lines.push(col('Static export (`build:export` build step)', (r) => (r.export ? s(r.export.ms) : '–')));
    lines.push(col('Static export peak RSS', (r) => (r.export ? mib(r.export.peakRss) : '–')));
    lines.push(col('Static export: files / size / HTML pages', (r) => (r.export ? `${int(r.export.files)} / ${mib(r.export.bytes)} / ${int(r.export.htmlPages)}` : '–')));
  }
  lines.push('');

  if (runs.length > 1) {
    lines.push('## Marginal cost per added article', '');
    lines.push('Growth between consecutive runs divided by the articles added: flat figures mean linear scaling.', '');
    lines.push('| From → to | build time / article | `next build` time / page | peak RSS / article |');
    lines.push('|---|---:|---:|---:|');
    for (let i = 1; i < runs.length; i++) {
      const a = runs[i - 1]!;
      const b = runs[i]!;
      const dn = b.n - a.n;
      lines.push(
        `| ${int(a.n)} → ${int(b.n)} | ${((total(b) - total(a)) / dn).toFixed(1)} ms | ${((b.nextBuild.ms - a.nextBuild.ms) / Math.max(1, b.pages - a.pages)).toFixed(1)} ms | ${((peak(b) - peak(a)) / dn / 1024).toFixed(0)} KiB |`,
      );
    }
    lines.push('');
  }

  const failedRuns = Object.values(file.failed ?? {}).sort((a, b) => (a.n ?? 0) - (b.n ?? 0));
  if (failedRuns.length) {
    lines.push('## Failed runs', '');
    lines.push('| N | content check | compile | `next build` | failed because |', '|---|---|---|---|---|');
    const ph = (p?: Phase) => (p ? `${s(p.ms)}, peak ${mib(p.peakRss)}${p.ok ? '' : ' — **failed**'}` : 'not run');
    for (const f of failedRuns) {
      lines.push(`| ${int(f.n ?? 0)} | ${ph(f.check)} | ${ph(f.compile)} | ${ph(f.nextBuild)} | ${f.reason.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }

  lines.push('## Budgets', '');
  const big = runs.find((r) => r.n >= 10000);
  if (big) {
    const met = (ok: boolean) => (ok ? 'met' : '**missed**');
    lines.push(`- 10,000 articles, cold build under 5 min: ${s(total(big))} — ${met(total(big) < 300_000)}`);
    lines.push(`- Peak RSS under 3 GiB: ${mib(peak(big))} — ${met(peak(big) < 3 * 1024 ** 3)}`);
    if (big.output) lines.push(`- Build output under 2 GiB on disk: ${mib(big.output.total)} — ${met(big.output.total < 2 * 1024 ** 3)}`);
    if (big.noChange) {
      const nc = contentMs(big.noChange) + big.noChange.nextBuild.ms;
      lines.push(`- No-change build under 60 s: ${s(nc)} — ${met(nc < 60_000)}`);
    }
    if (big.publish) {
      const worstPublish = Math.max(big.publish.add.servedMs, big.publish.registry.servedMs, big.publish.delete.servedMs);
      lines.push(`- A publish served by every listing page within 60 s: worst ${s(worstPublish)} — ${met(worstPublish < 60_000)}`);
    }
    if (big.publish?.timing) {
      lines.push(`- Publish of one timing folder under 60 s: ${s(big.publish.timing.servedMs)} (command ${s(big.publish.timing.commandMs)}) — ${met(big.publish.timing.servedMs < 60_000)}`);
    }
    for (const run of runs.filter((r) => r.n >= 10000 && r.publish?.add.readers)) {
      const worst = Math.max(...publishCases(run).map((c) => c.readers?.longestMs ?? Infinity));
      lines.push(`- ${run.n.toLocaleString('en')} articles, no reader waits for a publish (longest wait under 1 s): ${wait(worst)} — ${met(worst < 1_000)}`);
    }
    // Warm, as issue 20 sets it: the no-change build's check, nothing changed since the build's (cold) one;
    // since it answers with the kept report (lib/check/unchanged-content.ts), also a check after one
    // article's edit, and the slower of the two counts.
    const warmCheck = big.noChange?.check.ms;
    const edited = big.editedCheck?.ms;
    if (warmCheck !== undefined && edited !== undefined) {
      const worst = Math.max(warmCheck, edited);
      lines.push(`- Content check of 10,000 articles under 10 s, warm (cold ${s(big.check.ms)}): no change ${s(warmCheck)} (the kept report), one article edited ${s(edited)} — ${met(worst < 10_000)}`);
    } else if (warmCheck !== undefined) lines.push(`- Content check of 10,000 articles under 10 s, warm (the no-change build's; cold ${s(big.check.ms)}): ${s(warmCheck)} — ${met(warmCheck < 10_000)}`);
    else lines.push(`- Content check of 10,000 articles under 10 s: ${s(big.check.ms)} (cold) — ${met(big.check.ms < 10_000)}`);
    if (big.timing?.analysisLaps) lines.push(`- Reading and summarising one 24-hour analysis file under 2 s: ${s(big.timing.readSummaryMs)} — ${met(big.timing.readSummaryMs < 2_000)}`);
  }
  const bigFailed = Object.values(file.failed ?? {}).find((f) => (f.n ?? 0) >= 10000);
  if (!big && bigFailed) {
    const phases = [bigFailed.check, bigFailed.compile, bigFailed.nextBuild].filter((p): p is Phase => p !== undefined);
    const spent = phases.reduce((t, p) => t + p.ms, 0);
    const peakFailed = Math.max(0, ...phases.map((p) => p.peakRss));
    lines.push(`- 10,000 articles build in under 5 min, peak RSS under 3 GiB: **missed** — the build failed after ${s(spent)} (peak ${mib(peakFailed)}): ${bigFailed.reason}`);
    if (bigFailed.check) lines.push(`- Content check of 10,000 articles under 10 s: ${s(bigFailed.check.ms)} — ${bigFailed.check.ms < 10_000 ? 'met' : '**missed**'}`);
  }
  const worst = Math.max(...runs.flatMap((r) => ['article', 'driver', 'team'].map((k) => r.weights[k]?.siteJs.gzip ?? 0)));
  lines.push(`- Site's own JavaScript on article, driver and team pages at most 5 KiB gzip: worst ${worst} B — ${worst <= 5120 ? 'met' : '**missed**'}`);
  // Issue 22: content pages (every kind but /search) load at most 2 KiB of script and no flight data; at
  // 10,000 articles no page exceeds 250 KB raw.
  const content = runs.flatMap((r) => Object.entries(r.weights).filter(([k]) => k !== 'search' && k !== 'empty').map(([k, w]) => ({ n: r.n, k, w })));
  const measured = content.filter((c) => c.w.scriptBytes !== undefined);
  if (measured.length) {
    const heaviest = measured.reduce((a, b) => ((b.w.scriptBytes ?? 0) > (a.w.scriptBytes ?? 0) ? b : a));
    const flight = measured.filter((c) => c.w.flightData).map((c) => `${c.k} (N=${int(c.n)})`);
    const ok = (heaviest.w.scriptBytes ?? 0) <= 2048 && flight.length === 0;
    lines.push(
      `- Content pages load at most 2 KiB of script, and no flight data: most ${int(heaviest.w.scriptBytes ?? 0)} B (${heaviest.k}, N=${int(heaviest.n)})` +
        `${flight.length ? `, flight data on ${flight.join(', ')}` : ', no flight data'} — ${ok ? 'met' : '**missed**'}`,
    );
  }
  if (big) {
    const pages = Object.entries(big.weights).filter(([k]) => k !== 'empty');
    const [k, w] = pages.reduce((a, b) => (b[1].html.raw > a[1].html.raw ? b : a));
    lines.push(`- At 10,000 articles no page exceeds 250 KB raw: heaviest measured ${kib(w.html.raw)} (${k}, \`${w.path}\`) — ${w.html.raw <= 250_000 ? 'met' : '**missed**'}`);
  }
  if (big?.search) {
    const step = big.search.buildStepMs;
    if (step !== undefined) {
      lines.push(`- Search index of 10,000 articles in under 60 s, the build's step${big.search.ahead ? ' (its documents written beside the check, in the compile\'s row)' : ''}: ${s(step)} — ${step < 60_000 ? 'met' : '**missed**'}`);
    }
    lines.push(`- Search index of 10,000 articles in under 60 s${step !== undefined ? ', from the content alone (a publish whose delta outgrew its limit)' : ''}: ${s(big.search.ms)} — ${big.search.ms < 60_000 ? 'met' : '**missed**'}`);
    lines.push(`- One query downloads under 300 KB: ${kib(big.search.queryBytes)} — ${big.search.queryBytes < SEARCH_QUERY_BUDGET ? 'met' : '**missed**'}`);
  }
  lines.push(`- Article body never evaluated in the browser (no MDX code in the HTML): ${runs.every((r) => !r.mdxShipped) ? 'met' : '**missed**'}`);
  lines.push('');
  if (file.seedWeight) {
    const w = file.seedWeight;
    lines.push('## Page weight of each kind, seed build: with and without the framework (issue 22)', '', `${w.note} Measured ${w.date}.`, '');
    lines.push('| page | before: raw / gzip (flight data) | after: raw / gzip | script after |', '|---|---:|---:|---:|');
    for (const r of w.rows) {
      const before = r.before ? `${r.before.raw.toFixed(1)} / ${r.before.gzip.toFixed(1)} KiB (${r.before.flight} %)` : '–';
      lines.push(`| ${r.kind} \`${r.path}\` | ${before} | ${r.after.raw.toFixed(1)} / ${r.after.gzip.toFixed(1)} KiB | ${int(r.after.script)} B |`);
    }
    lines.push('');
  }
  lines.push('## Scripts of the article page (largest run)', '');
  const last = runs[runs.length - 1];
  if (last?.weights.article) {
    lines.push('| script | owner | raw | gzip |', '|---|---|---:|---:|');
    for (const sc of last.weights.article.scripts) lines.push(`| \`${sc.src}\` | ${sc.owner} | ${int(sc.raw)} B | ${int(sc.gzip)} B |`);
    lines.push(
      '',
      `Attribution: a chunk is the framework's when it is one of Next's root or polyfill files, or when every client module the build's client-reference manifests place in it comes from node_modules; otherwise it is the site's. ` +
        `The article page loads ${last.weights.article.extraVsEmpty.count} script(s) beyond those of an empty page (the 404 page).`,
    );
  }
  lines.push('');
  lines.push('Causes, fixes and projections for the budgets that are missed: bench/README.md, "Findings".', '');
  return `${lines.join('\n')}\n`;
}
