import type { PageWeight } from './weight';

export interface Phase {
  ms: number;
  /** Peak RSS of the phase's whole process tree, bytes. */
  peakRss: number;
  ok: boolean;
}

export interface BenchRun {
  n: number;
  date: string;
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
    contentlayerBytes: number;
  };
  generateMs: number;
  check: Phase;
  contentlayer: Phase;
  nextBuild: Phase;
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
  /** The Pagefind index (scripts/search-index.ts) of the server build, and what one query downloads. */
  search?: Phase & { pages: number; files: number; bytes: number; query: string; queryBytes: number; queryRequests: number };
}

export interface BenchFile {
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; next: string };
  runs: Record<string, BenchRun>;
  /** Runs that failed, with the phases they completed (or failed in) and the reason. */
  failed?: Record<string, Partial<BenchRun> & { reason: string }>;
}

/** Issue 11: what one search may download (bytes). */
export const SEARCH_QUERY_BUDGET = 300 * 1000;

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MiB`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const int = (n: number) => n.toLocaleString('en-US');

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
  lines.push(`| | ${runs.map((r) => `N = ${int(r.n)}`).join(' | ')} |`);
  lines.push(`|---|${runs.map(() => '---:').join('|')}|`);
  const rows: [string, (r: BenchRun) => string][] = [
    ['Drivers / teams / events', (r) => `${int(r.corpus.drivers)} / ${int(r.corpus.teams)} / ${int(r.corpus.events)}`],
    ['Driver appearances', (r) => int(r.corpus.appearances)],
    ['Source size (content/)', (r) => mib(r.corpus.sourceBytes)],
    ['Content check (`npm run check`)', (r) => s(r.check.ms)],
    ['Content check peak RSS', (r) => mib(r.check.peakRss)],
    ['contentlayer2 build', (r) => s(r.contentlayer.ms)],
    ['contentlayer2 peak RSS', (r) => mib(r.contentlayer.peakRss)],
    ['contentlayer2 output', (r) => mib(r.corpus.contentlayerBytes)],
    ['`next build`', (r) => s(r.nextBuild.ms)],
    ['`next build` peak RSS', (r) => mib(r.nextBuild.peakRss)],
    ['**Total (check + contentlayer + build)**', (r) => `**${s(r.check.ms + r.contentlayer.ms + r.nextBuild.ms)}**`],
    ['**Peak RSS (any phase)**', (r) => `**${mib(Math.max(r.check.peakRss, r.contentlayer.peakRss, r.nextBuild.peakRss))}**`],
    ['Pages generated (`next build`)', (r) => int(r.pages)],
    ['Derived URLs rendered on first request, then cached', (r) => (r.derivedUrls === undefined ? '–' : int(r.derivedUrls))],
    ['Static-generation workers', (r) => (r.workers ? String(r.workers) : '–')],
    ['HTML files / bytes', (r) => `${int(r.htmlFiles)} / ${mib(r.htmlBytes)}`],
    ['Build time per article', (r) => `${((r.check.ms + r.contentlayer.ms + r.nextBuild.ms) / r.n).toFixed(1)} ms`],
    ['Build time per page', (r) => `${(r.nextBuild.ms / Math.max(1, r.pages)).toFixed(1)} ms`],
    ['Peak RSS per article', (r) => `${(Math.max(r.check.peakRss, r.contentlayer.peakRss, r.nextBuild.peakRss) / r.n / 1024).toFixed(0)} KiB`],
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
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.onDemand ?? {})))];
  for (const k of kinds) {
    lines.push(col(`On demand, ${k}: first / cached request`, (r) => (r.onDemand?.[k] ? `${r.onDemand[k].firstMs} ms / ${r.onDemand[k].cachedMs} ms` : '–')));
  }
  if (runs.some((r) => r.search)) {
    lines.push(col('Search index (Pagefind): time', (r) => (r.search ? s(r.search.ms) : '–')));
    lines.push(col('Search index: peak RSS', (r) => (r.search ? mib(r.search.peakRss) : '–')));
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
      const total = (r: BenchRun) => r.check.ms + r.contentlayer.ms + r.nextBuild.ms;
      const peak = (r: BenchRun) => Math.max(r.check.peakRss, r.contentlayer.peakRss, r.nextBuild.peakRss);
      lines.push(
        `| ${int(a.n)} → ${int(b.n)} | ${((total(b) - total(a)) / dn).toFixed(1)} ms | ${((b.nextBuild.ms - a.nextBuild.ms) / Math.max(1, b.pages - a.pages)).toFixed(1)} ms | ${((peak(b) - peak(a)) / dn / 1024).toFixed(0)} KiB |`,
      );
    }
    lines.push('');
  }

  const failedRuns = Object.values(file.failed ?? {}).sort((a, b) => (a.n ?? 0) - (b.n ?? 0));
  if (failedRuns.length) {
    lines.push('## Failed runs', '');
    lines.push('| N | content check | contentlayer2 build | `next build` | failed because |', '|---|---|---|---|---|');
    const ph = (p?: Phase) => (p ? `${s(p.ms)}, peak ${mib(p.peakRss)}${p.ok ? '' : ' — **failed**'}` : 'not run');
    for (const f of failedRuns) {
      lines.push(`| ${int(f.n ?? 0)} | ${ph(f.check)} | ${ph(f.contentlayer)} | ${ph(f.nextBuild)} | ${f.reason.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }

  lines.push('## Budgets', '');
  const big = runs.find((r) => r.n >= 10000);
  if (big) {
    const total = big.check.ms + big.contentlayer.ms + big.nextBuild.ms;
    const peak = Math.max(big.check.peakRss, big.contentlayer.peakRss, big.nextBuild.peakRss);
    lines.push(`- 10,000 articles build (check + contentlayer + next build) in under 10 min: ${s(total)} — ${total < 600_000 ? 'met' : '**missed**'}`);
    lines.push(`- Peak RSS under 4 GiB: ${mib(peak)} — ${peak < 4 * 1024 ** 3 ? 'met' : '**missed**'}`);
    lines.push(`- Content check of 10,000 articles under 10 s: ${s(big.check.ms)} — ${big.check.ms < 10_000 ? 'met' : '**missed**'}`);
  }
  const bigFailed = Object.values(file.failed ?? {}).find((f) => (f.n ?? 0) >= 10000);
  if (!big && bigFailed) {
    const phases = [bigFailed.check, bigFailed.contentlayer, bigFailed.nextBuild].filter((p): p is Phase => p !== undefined);
    const spent = phases.reduce((t, p) => t + p.ms, 0);
    const peak = Math.max(0, ...phases.map((p) => p.peakRss));
    lines.push(`- 10,000 articles build in under 10 min, peak RSS under 4 GiB: **missed** — the build failed after ${s(spent)} (peak ${mib(peak)}): ${bigFailed.reason}`);
    if (bigFailed.check) lines.push(`- Content check of 10,000 articles under 10 s: ${s(bigFailed.check.ms)} — ${bigFailed.check.ms < 10_000 ? 'met' : '**missed**'}`);
  }
  const worst = Math.max(...runs.flatMap((r) => ['article', 'driver', 'team'].map((k) => r.weights[k]?.siteJs.gzip ?? 0)));
  lines.push(`- Site's own JavaScript on article, driver and team pages at most 5 KiB gzip: worst ${worst} B — ${worst <= 5120 ? 'met' : '**missed**'}`);
  if (big?.search) {
    lines.push(`- Search index of 10,000 articles in under 60 s: ${s(big.search.ms)} — ${big.search.ms < 60_000 ? 'met' : '**missed**'}`);
    lines.push(`- One query downloads under 300 KB: ${kib(big.search.queryBytes)} — ${big.search.queryBytes < SEARCH_QUERY_BUDGET ? 'met' : '**missed**'}`);
  }
  lines.push(`- Article body never evaluated in the browser (no MDX code in the HTML): ${runs.every((r) => !r.mdxShipped) ? 'met' : '**missed**'}`);
  lines.push('');
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
