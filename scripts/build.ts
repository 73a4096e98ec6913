/**
 * `npm run build`: content check → compile new MDX bodies into the store → `next build` into a fresh dist
 * dir → search index → switch the pointer `npm start` reads (lib/build/dist.mjs). With NEXT_OUTPUT=export
 * (`npm run build:export`) the same phases write the static site to out/ instead. Each phase must succeed
 * before the next starts, and only the last step changes what is served: a build stopped at any point,
 * even by SIGKILL, leaves the previous build serving. When the code, the content and the environment are
 * those of the served build (lib/build/inputs.ts), that build is kept and `next build` does not run.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { currentDistDir, freshSlot, switchTo } from '../lib/build/dist.mjs';
import { contentSnapshotFile } from '../lib/build/ahead-files';
import { heldHeapFile } from '../lib/served/content-snapshot';
import { buildFingerprint, builtFrom, FINGERPRINT_FILE } from '../lib/build/inputs';
import { contentDir } from '../lib/content/list-files';
import { ensurePublishSecret } from '../lib/publish/secret';
import { STATIC_EXPORT } from '../lib/prerender/policy';
import { VARIANTS_PATH } from '../lib/images/widths.mjs';

// The check, the compile, the search index and the photos are imported where their phase runs: this
// process stays small while `next build` runs beside it (its peak is the build's, bench/results.md).

/**
 * BUILD_PAUSE=<check|compile|next|search> holds the build at the start of that phase, until it is killed:
 * the killed-build test (tests/e2e/killed-build.spec.ts) uses it to kill each phase for certain.
 */
const PAUSE = process.env.BUILD_PAUSE;
async function phase(name: 'check' | 'compile' | 'next' | 'search', text: string): Promise<void> {
  process.stdout.write(`\n▶ ${text}\n`);
  if (PAUSE !== name) return;
  process.stdout.write(`  (paused: BUILD_PAUSE=${name})\n`);
  await new Promise(() => setInterval(() => undefined, 60_000));
}
const step = (text: string) => process.stdout.write(`\n▶ ${text}\n`);
const seconds = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

/**
 * NODE_OPTIONS of `next build`: a 16 MiB young generation instead of the 64 MiB of .npmrc (which speeds up
 * the check and the compile), and, when the check phase measured what the content and its graph hold
 * (`heldMiB`, lib/served/content-snapshot.ts), an old generation of 1.5 times that plus 256 MiB for the
 * pages' code and rendering, at least 1,024 MiB. Static generation runs in worker threads of next build's
 * process (next.config.mjs), where that limit applies to each; Next removes it from the options of page
 * workers that are processes (`isolatedMemory` in next/dist/build/index.js, Next 16.4). At 10,000 articles
 * the page workers hold about 800 MiB each and the limit is 1,234 MiB (652 measured); the build's peak,
 * sampled every 200 ms, went from 3,700 to about 3,370 MiB (bench/README.md, "Page workers as threads,
 * their heap bounded", and "The peak, sampled every 200 ms" for what took it under 3 GiB).
 */
function nextBuildNodeOptions(current = '', heldMiB?: number): string {
  const rest = current.replace(/--max-(?:semi|old)-space-size=\d+/g, ' ').replace(/\s+/g, ' ').trim();
  const old = heldMiB ? ` --max-old-space-size=${Math.max(1024, Math.round(heldMiB * 1.5 + 256))}` : '';
  return `${rest} --max-semi-space-size=16${old}`.trim();
}

/** What the content and its graph held in the documents' worker (MiB), if it was recorded for this snapshot. */
function heldHeap(snapshot: string): number | undefined {
  try {
    const mib = Number(readFileSync(heldHeapFile(snapshot), 'utf8'));
    return Number.isFinite(mib) && mib > 0 ? mib : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `--only compile` or `--only next` runs one phase (the bench times each on its own); `--only content` the
 * check and the compile side by side, which `npm run build` runs so in a child process.
 */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

async function main(): Promise<number> {
  const t = performance.now();
  if (only !== 'next') {
    const code = only ? ((await checkAndCompile(t)) ? 0 : 1) : await contentInChild();
    if (code !== 0 || only === 'compile' || only === 'content') return code;
  }
  const tNext = performance.now();
  const fingerprint = buildFingerprint(process.cwd(), resolve(contentDir()));
  const served = currentDistDir();
  if (!STATIC_EXPORT && !process.argv.includes('--force') && builtFrom(served) === fingerprint) {
    step(`Nothing changed since the build \`npm start\` serves (${served}): kept (\`npm run build -- --force\` rebuilds)`);
    return 0;
  }
  // A static export goes to out/ (next.config.mjs gives it `.next`); it never replaces the served build.
  const slot = STATIC_EXPORT ? '.next' : freshSlot();
  await phase('next', `next build into ${slot}`);
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  // The content as the check phase loaded it, for the page workers (lib/served/content-snapshot.ts).
  const snapshot = contentSnapshotFile(fingerprint);
  const ahead = existsSync(snapshot);
  const nodeOptions = nextBuildNodeOptions(process.env.NODE_OPTIONS, ahead ? heldHeap(snapshot) : undefined);
  const env = { ...process.env, NEXT_DIST_DIR: slot, NODE_OPTIONS: nodeOptions, CONTENT_SNAPSHOT: ahead ? snapshot : '' };
  const nextBuild = (...args: string[]) =>
    new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [next, 'build', ...args], { stdio: 'inherit', env });
      child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    });
  // A server build compiles in one process and renders the pages in another (Next's build modes): the
  // compiler's memory, which its process keeps after it ends, is not under the page workers' (at 10,000
  // articles the peak went from 2,832-3,392 MiB to 2,632, bench/README.md). The static export is one
  // `next build`, as Next documents it.
  let code = STATIC_EXPORT ? await nextBuild() : await nextBuild('--experimental-build-mode=compile');
  if (code === 0 && !STATIC_EXPORT) code = await nextBuild('--experimental-build-mode=generate');
  if (code !== 0) {
    process.stderr.write(`\nnext build failed: the previous build is still the one \`npm start\` serves.\n`);
    return code;
  }
  // Pages as plain HTML without the RSC payloads, then each page's Content-Security-Policy (scripts/page-csp.ts).
  const csp = await new Promise<number>((resolve) => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const child = spawn(process.execPath, [tsx, 'scripts/page-csp.ts', ...(STATIC_EXPORT ? ['--export'] : [])], { stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: slot } });
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  if (csp !== 0) {
    process.stderr.write(`\nwriting the pages' security policies failed: the previous build is still the one \`npm start\` serves.\n`);
    return csp;
  }
  await phase('search', 'Search index');
  const { searchStepLine, updateSearchIndex } = await import('../lib/build/search-index-step');
  const index = await updateSearchIndex({ distDir: slot, fingerprint });
  process.stdout.write(searchStepLine(index));
  if (STATIC_EXPORT) {
    // No image optimizer on a static host: every photo's widths in AVIF and WebP, and its crops, now.
    step('Photos: the variants the pages name');
    const { writeVariants } = await import('../lib/images/variants');
    const photos = await writeVariants(join('out', VARIANTS_PATH.slice(1)));
    process.stdout.write(
      `  ${photos.photos} photos → ${photos.files} files (${photos.encoded} encoded, ${photos.cached} from the cache), ${(photos.outBytes / 1024 ** 2).toFixed(1)} MiB (originals ${(photos.inBytes / 1024 ** 2).toFixed(1)} MiB), ${(photos.ms / 1000).toFixed(1)} s\n`,
    );
    step('Done: the static site is in out/');
    return 0;
  }
  ensurePublishSecret();
  writeFileSync(join(slot, FINGERPRINT_FILE), `${fingerprint}\n`);
  switchTo(slot);
  step(`Done (next build and switch in ${seconds(tNext)}): \`npm start\` serves ${slot}`);
  return 0;
}

/**
 * The content check and the compile of new bodies, side by side, each in worker threads, so on two cores
 * the compile takes no time of its own at 10,000 articles (bench/results.md). The check runs in a thread
 * of its own (lib/check/check-thread.ts), so this one notices at once when the compile has ended: its
 * core then writes the search documents of this build (lib/build/search-documents.ts) while the check
 * goes on. The compile only adds to the store, keyed by each body's text, and the documents are kept
 * under the build's fingerprint, so neither changes what is served if the check fails; both are stopped
 * then, and only the check's problems show.
 */
async function checkAndCompile(t: number): Promise<boolean> {
  if (only === 'compile') return compile(performance.now());
  const [{ printReport }, { checkContentInThread }, { compileMissingBodies }] = await Promise.all([
    import('../lib/check/content-check'),
    import('../lib/check/check-thread'),
    import('../lib/content/mdx-build'),
  ]);
  await phase('check', 'Content check, and compiling the new article bodies beside it');
  if (PAUSE === 'compile') await phase('compile', 'Compiling article bodies');
  const stop = new AbortController();
  const t1 = performance.now();
  const compiled = compileMissingBodies(undefined, stop.signal).then(
    (summary) => ({ summary, ms: performance.now() - t1 }),
    (error: unknown) => ({ error }),
  );
  const documents = compiled.then((done) => ('error' in done || stop.signal.aborted ? '' : documentsAhead(stop.signal)));
  const report = await checkContentInThread({ allCores: true, reuseReport: true });
  printReport(report, process.stdout, { quiet: true });
  if (report.errors > 0) {
    stop.abort();
    await Promise.all([compiled, documents]);
    process.stderr.write('\nThe build stopped before writing anything: fix the problems above and build again.\n');
    return false;
  }
  const done = await compiled;
  if ('error' in done) throw done.error;
  process.stdout.write(`  Check ${seconds(t)}; bodies: ${compiledLine(done.summary)} in ${(done.ms / 1000).toFixed(1)} s\n`);
  process.stdout.write(await documents);
  return true;
}

/**
 * checkAndCompile in a child process (this script with `--only content`), which ends before `next build`
 * starts: the heap the check leaves (about 1 GiB at 10,000 articles) is not kept beside next build's
 * workers. A kill of the build's process group ends it too.
 */
function contentInChild(): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--only', 'content'], { stdio: 'inherit' });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function compile(t1: number): Promise<boolean> {
  await phase('compile', 'Compiling article bodies');
  const { compileMissingBodies } = await import('../lib/content/mdx-build');
  const compiled = await compileMissingBodies();
  process.stdout.write(`  ${compiledLine(compiled)}, in ${seconds(t1)}\n`);
  process.stdout.write(await documentsAhead());
  return true;
}

/** The search documents of this build, written ahead (lib/build/search-documents.ts): the line that says so. Never fails the build. */
async function documentsAhead(signal?: AbortSignal): Promise<string> {
  try {
    const fingerprint = buildFingerprint(process.cwd(), resolve(contentDir()));
    const { prepareSearchDocuments } = await import('../lib/build/search-documents');
    const made = await prepareSearchDocuments(fingerprint, signal);
    if (made === 'kept') return '  Search documents: those of this content and code are already written\n';
    return `  Search documents: ${made.documents} written ahead for the search index, in ${(made.ms / 1000).toFixed(1)} s\n`;
  } catch (error) {
    // The content check says what is wrong with the content; the search step writes the documents itself.
    return signal?.aborted ? '' : `  Search documents: not written ahead (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}); the search step will\n`;
  }
}

const compiledLine = (c: { compiled: number; reused: number }) => `${c.compiled} compiled, ${c.reused} already in the store (an earlier build, or the same text as another article)`;

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`The build could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
