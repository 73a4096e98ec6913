import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryName } from '../../lib/country';
import type { CorpusInfo } from './generate';
import { run } from './proc';
import { startReader, type ReaderFigures } from './readers';

/** One publish timed: the command itself, and until every page that lists the change serves it. */
export interface PublishTiming {
  commandMs: number;
  servedMs: number;
  pages: number;
  peakRss: number;
  /** A reader's requests to an unchanged article, every 50 ms from the command's start until served. */
  readers: ReaderFigures;
  /** The same reader through the nginx cache of deploy/nginx in front of the server, when one was given. */
  readersCached?: ReaderFigures;
}
export interface PublishFigures {
  add: PublishTiming;
  registry: PublishTiming;
  delete: PublishTiming;
  /** One official timing folder (a classification and a 24-hour analysis) for a race edition that had none. */
  timing?: PublishTiming;
}

/** What the session page of a race shows once its official timing is online (lib/view/session.ts, components/session-view.tsx). */
const OFFICIAL = ['Official timing (Al Kamel Systems): classification', 'Official timing (Al Kamel Systems): lap analysis', 'Lap chart'];

const TITLE = 'Bench publish check: a report added after the build';

/**
 * `npm run bench -- --publish` (and the smoke run): against the running `next start` at `base`, publishes
 * an added article, an edited registry file and a deleted article, and polls every page that lists each
 * change until it serves it: the article, the home page, the article index, the feed, the sitemap, and the
 * page of every driver, team and car the article links to. Then it publishes the official timing folder the
 * corpus held back (`npm run publish -- content/timing/<event-id>/<year>`), and polls the race's session
 * page, requested once before so that it is cached, until it serves the official classification and lap
 * chart. Meanwhile a reader requests an article the publish does not change every 50 ms
 * (scripts/bench/readers.ts): its longest wait and p99; with `cachedBase`, a second reader does the same
 * through the nginx cache in front of the server.
 */
// `listingPages` keeps the first of the listing pages polled (the smoke run: home, article index, feed and
// one entity page, so that CI exercises the path without timing every page that lists the article).
// `cachedBase`, when given, is the nginx cache of deploy/nginx in front of `base`: a second reader asks it for
// the same article at the same pace, as readers of the deployed site would (docs/deploy.md).
export async function benchPublish(base: string, project: string, contentDir: string, env: NodeJS.ProcessEnv, held?: CorpusInfo['publishTiming'], strict = true, listingPages = Infinity, cachedBase?: string): Promise<PublishFigures> {
  const publish = async (file: string) => {
    const r = await run(process.execPath, [join(project, 'node_modules/tsx/dist/cli.mjs'), 'scripts/publish.ts', file], {
      cwd: project,
      env: { ...env, PUBLISH_INSTANCES: base },
    });
    if (r.code !== 0) throw new Error(`npm run publish ${file} failed (exit ${r.code}):\n${(r.stdout + r.stderr).slice(-2000)}`);
    // Its summary line (what it compiled, revalidated and wrote into the search index) for the log.
    process.stdout.write(`  [publish] ${r.stdout.trim().split('\n').pop()}\n`);
    return r;
  };
  const text = async (path: string) => {
    const r = await fetch(base + path);
    return { status: r.status, body: await r.text() };
  };
  /** Polls until every check passes; ms since `t0`. */
  const until = async (t0: number, checks: (() => Promise<boolean>)[]) => {
    const deadline = t0 + 300_000;
    for (const check of checks) {
      while (!(await check())) {
        if (performance.now() > deadline) throw new Error('a published change was not served within 300 s');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return Math.round(performance.now() - t0);
  };

  // The newest article's copy, under a new slug and title: it tops every list it is in.
  const articlesDir = join(contentDir, 'articles');
  const newest = readdirSync(articlesDir).sort().pop()!;
  // The reader's page: the newest article before the publish, which none of the three publishes changes.
  const readerUrl = `${base}/articles/${newest.replace(/\.mdx$/, '')}`;
  if ((await fetch(readerUrl)).status !== 200) throw new Error(`${readerUrl} does not answer 200`);
  const report = (what: string, r: ReaderFigures) => {
    process.stdout.write(`  [reader] ${what}: ${r.requests} requests, longest wait ${r.longestMs} ms, p99 ${r.p99Ms} ms, ${r.failed} failed\n`);
    return r;
  };
  const cachedUrl = cachedBase && readerUrl.replace(base, cachedBase);
  if (cachedUrl && (await fetch(cachedUrl)).status !== 200) throw new Error(`${cachedUrl} does not answer 200`);
  /** Both readers started; stopping them gives each one's figures, logged. */
  const startReaders = () => {
    const direct = startReader(readerUrl);
    const cached = cachedUrl ? startReader(cachedUrl) : undefined;
    return async (what: string) => ({
      readers: report(what, await direct()),
      ...(cached ? { readersCached: report(`${what}, through the nginx cache`, await cached()) } : {}),
    });
  };
  const slug = `${newest.replace(/\.mdx$/, '')}-bench-publish`;
  const file = join(articlesDir, `${slug}.mdx`);
  writeFileSync(file, readFileSync(join(articlesDir, newest), 'utf8').replace(/^title: .*$/m, `title: "${TITLE}"`));
  let reader = startReaders();
  let t0 = performance.now();
  const added = await publish(file);
  const commandMs = Math.round(performance.now() - t0);
  const articleServed = async () => (await text(`/articles/${slug}`)).body.includes(TITLE);
  await until(t0, [articleServed]);
  const html = (await text(`/articles/${slug}`)).body;
  const entityPages = [...new Set([...html.matchAll(/href="(\/(?:drivers|teams|cars)\/[^"/#?]+)"/g)].map((m) => m[1]!))];
  const listing = ['/', '/articles', '/feed.xml', ...entityPages].slice(0, listingPages);
  const lists = (path: string) => async () => (await text(path)).body.includes(TITLE);
  const inSitemap = async () => (await text('/sitemaps/sitemap/0.xml')).body.includes(`/articles/${slug}<`);
  const addServed = await until(t0, [...listing.map(lists), inSitemap]);
  const add = { commandMs, servedMs: addServed, pages: listing.length + 2, peakRss: added.peakRss, ...(await reader('add')) };

  // A registry file edited: a registered driver's nationality.
  const driversDir = join(contentDir, 'drivers');
  const registryFile = readdirSync(driversDir).map((f) => join(driversDir, f)).find((f) => /^nationality: /m.test(readFileSync(f, 'utf8')))!;
  const before = readFileSync(registryFile, 'utf8');
  const code = /^nationality: NZ$/m.test(before) ? 'FI' : 'NZ';
  writeFileSync(registryFile, before.replace(/^nationality: .*$/m, `nationality: ${code}`));
  const driverPath = `/drivers/${registryFile.slice(driversDir.length + 1).replace(/\.yaml$/, '')}`;
  reader = startReaders();
  t0 = performance.now();
  const edited = await publish(registryFile);
  const registryCommandMs = Math.round(performance.now() - t0);
  const registryServed = await until(t0, [async () => (await text(driverPath)).body.includes(countryName(code))]);
  const registry = { commandMs: registryCommandMs, servedMs: registryServed, pages: 1, peakRss: edited.peakRss, ...(await reader('registry edit')) };

  // The added article deleted: gone from its page and from every list.
  rmSync(file);
  reader = startReaders();
  t0 = performance.now();
  const deleted = await publish(file);
  const deleteCommandMs = Math.round(performance.now() - t0);
  const gone = async () => (await text(`/articles/${slug}`)).status === 404;
  const unlisted = (path: string) => async () => !(await text(path)).body.includes(TITLE);
  const deleteServed = await until(t0, [gone, ...listing.map(unlisted)]);
  const del = { commandMs: deleteCommandMs, servedMs: deleteServed, pages: listing.length + 1, peakRss: deleted.peakRss, ...(await reader('delete')) };
  if (!held) return { add, registry, delete: del };

  // An official timing folder for a race edition that had none: its session page, cached before, serves it.
  const publishTiming = async (): Promise<PublishTiming> => {
    const sessionPath = `/events/${held.eventId}/${held.year}/race`;
    const official = async () => {
      const page = await text(sessionPath);
      return page.status === 200 && OFFICIAL.every((t) => page.body.includes(t));
    };
    if (await official()) throw new Error(`${sessionPath} shows official timing before its folder is published`);
    const folder = join(contentDir, held.path);
    cpSync(held.staged, folder, { recursive: true });
    const timingReader = startReaders();
    const start = performance.now();
    const timed = await publish(folder);
    const commandMs = Math.round(performance.now() - start);
    const servedMs = await until(start, [official]);
    return { commandMs, servedMs, pages: 1, peakRss: timed.peakRss, ...(await timingReader('timing folder')) };
  };
  try {
    return { add, registry, delete: del, timing: await publishTiming() };
  } catch (error) {
    // A long run keeps the figures of the other three (the failure is in its log); the smoke run fails.
    if (strict) throw error;
    process.stdout.write(`  [publish] the timing folder: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    return { add, registry, delete: del };
  }
}
