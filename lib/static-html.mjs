/**
 * Pages as plain HTML: the framework's runtime and its flight data taken out of every page Next makes.
 *
 * Why: links are plain anchors and there is no client-side navigation, so nothing on a page reads the flight
 * data (`self.__next_f`, 58–63 % of each page's HTML) or needs React to hydrate it (seven scripts, 559 KiB
 * raw); the theme toggle is the one inline script of lib/theme-script.mjs. Next has no option to render an
 * App Router page without them (vercel/next.js #5054, #34063, #45009), so this module removes them from the
 * HTML wherever it is made, and drops the files only a client router would request (RSC payloads `.rsc`,
 * segment prefetch files `.segments/`, and in a static export their `.txt` twins):
 *
 * - prerendered by `next build`: scripts/page-csp.ts runs `stripBuildOutput` over the dist dir (or out/);
 * - rendered on demand, revalidated after a publish: lib/cache/next-cache-handler.mjs passes every page entry
 *   through `staticPageEntry` in `set`, which Next calls with the very object it then sends, so even the
 *   first on-demand response is stripped; and it wraps the cache's file system in `withoutPayloadFiles`.
 *   The 404 of an unknown id, which Next renders as an empty "error shell" filled in by the browser from
 *   the flight data, becomes the build's own 404 page.
 *
 * What of the framework it relies on (Next 16.4, React 19.3, Turbopack). Tests fail when any changes:
 * tests/unit/static-html.test.ts on the markers, tests/e2e/crawl.spec.ts and publish.spec.ts on served pages,
 * and `stripFramework` itself throws FrameworkShapeError on a page of Next's without the markers, or with
 * any trace of them left after stripping, which fails the build (scripts/page-csp.ts):
 *
 * 1. the markers below, each exactly as Next writes it (MARKERS);
 * 2. next/dist/server/lib/incremental-cache: the object handed to the cache handler's `set` is the one the
 *    response is made from (response-cache `handleRevalidate`), and FileSystemCache reads an APP_PAGE's
 *    `.rsc` (and segments named in its `.meta`) through `ctx.fs`, failing the whole entry when it is missing;
 * 3. a page request with an `RSC` header is answered from the entry's `rscData`: an empty payload here;
 * 4. notFound() in a page rendered on demand gives the error shell ERROR_SHELL, and the build writes the
 *    404 page to `<distDir>/server/app/_not-found.html`;
 * 5. next/dist/server/route-modules/route-module: the server's one IncrementalCache is kept in
 *    `globalThis.__incrementalCache`, and its `set(key, value, ctx)` measures `value` before the handler
 *    sees it (`staticBeforeMeasure`).
 */

import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The markers Next puts in a page, by name: what `stripFramework` removes, each as Next writes it. */
export const MARKERS = {
  /** `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>` */
  scriptPreload: /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/chunks\/[\w.-]+\.js"\/>/g,
  /** `<script src="/_next/static/chunks/x.js" async=""></script>` (and the polyfills' `noModule=""`) */
  chunkScript: /<script src="\/_next\/static\/chunks\/[\w.-]+\.js" (?:async|noModule)=""><\/script>/g,
  /** Turbopack's list of the page's chunks. */
  turbopackChunks:
    /<script id="_R_">\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\["static\/chunks\/[\w.-]+\.js"(?:,"static\/chunks\/[\w.-]+\.js")*\],"runtimeModuleIds":\[\d+(?:,\d+)*\]\}\);<\/script>/g,
  /** The flight data's bootstrap. */
  flightBootstrap: /<script>\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)<\/script>/g,
  /** One chunk of flight data: a number and one JSON string literal (React escapes `<` inside it). */
  flightChunk: /<script>self\.__next_f\.push\(\[\d{1,3},"(?:[^"\\<]|\\.)*"\]\)<\/script>/g,
};

/** Traces of the framework no stripped page may keep (checked after stripping). */
const TRACES = [/__next_f/, /\/_next\/static\/chunks\/[^"]*\.js/, /TURBOPACK/];

export class FrameworkShapeError extends Error {
  name = 'FrameworkShapeError';
}

/**
 * The page without the framework's scripts and flight data, and how many of each marker it had.
 * `where` names the page in an error. A page that has none of the markers is returned as it is (already
 * stripped); one that has only some of them, or keeps a trace after stripping, is a framework whose
 * output changed shape: FrameworkShapeError, rather than a page served half-stripped.
 */
export function stripFramework(html, where = 'a page') {
  const found = Object.fromEntries(Object.keys(MARKERS).map((name) => [name, 0]));
  // The common case on a cache read: a page already stripped.
  if (!html.includes('__next_f') && !html.includes('TURBOPACK') && !html.includes('<script src="/_next/')) return { html, found, stripped: false };
  let out = html;
  for (const [name, re] of Object.entries(MARKERS)) {
    let n = 0;
    out = out.replace(re, () => (n++, ''));
    found[name] = n;
  }
  const total = Object.values(found).reduce((a, b) => a + b, 0);
  if (total === 0 && !TRACES.some((t) => t.test(html))) return { html, found, stripped: false };
  const missing = Object.entries(found)
    .filter(([, n]) => n === 0)
    .map(([name]) => name);
  const left = TRACES.filter((t) => t.test(out)).map((t) => t.source);
  if (missing.length || left.length) {
    throw new FrameworkShapeError(
      `lib/static-html.mjs: ${where} does not have the shape this site strips` +
        (missing.length ? `; markers not found: ${missing.join(', ')}` : '') +
        (left.length ? `; traces left after stripping: ${left.join(', ')}` : '') +
        ' — the framework changed how it writes pages: update MARKERS (and the tests of tests/unit/static-html.test.ts).',
    );
  }
  return { html: out, found, stripped: true };
}

/** Next's error shell: `<html id="__next_error__">`, a body with nothing but hidden metadata. */
const ERROR_SHELL = /^<!DOCTYPE html><html id="__next_error__">[\s\S]*<body><div hidden=""><!--\$--><!--\/\$--><\/div><\/body><\/html>$/;

const notFoundPages = new Map();
/** The build's 404 page (`<serverDistDir>/app/_not-found.html`, stripped by the build), read once. */
function notFoundPage(serverDistDir) {
  if (!notFoundPages.has(serverDistDir)) {
    notFoundPages.set(serverDistDir, stripFramework(readFileSync(join(serverDistDir, 'app', '_not-found.html'), 'utf8'), '_not-found.html').html);
  }
  return notFoundPages.get(serverDistDir);
}

/** An empty RSC payload: what an entry keeps in place of its flight data. */
const NO_PAYLOAD = Buffer.alloc(0);

/**
 * An incremental-cache value made static, in place (Next sends the same object): an APP_PAGE's HTML
 * stripped, its RSC payload and segment prefetch data dropped. Other kinds are returned as they are.
 * A page whose shape is not the expected one is left whole and the error logged: the crawl test fails on it.
 */
export function staticPageEntry(value, key = 'a page', serverDistDir = undefined) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return value;
  try {
    value.html = stripFramework(value.html, key).html;
    // notFound() in a page rendered on demand (an unknown id) gives an error shell: a document with an
    // empty body that the browser filled from the flight data. The build's 404 page has the same head
    // and a body, so it is sent instead.
    if (value.status === 404 && ERROR_SHELL.test(value.html) && serverDistDir) value.html = notFoundPage(serverDistDir);
  } catch (error) {
    console.error(`[static-html] ${error.message}`);
    return value;
  }
  value.rscData = NO_PAYLOAD;
  value.segmentData = undefined;
  return value;
}

const STATIC_FIRST = Symbol.for('endurance-desk.static-before-measure');

/**
 * Next's incremental cache (the one instance a server keeps in `globalThis.__incrementalCache`) made to
 * strip a page entry before it measures it. Its `set` runs `JSON.stringify(value).length` on every entry
 * before handing it to the cache handler, and an APP_PAGE's RSC payload is a Buffer, which JSON writes as
 * an array of numbers: rendering driver and team pages one after another at 10,000 articles, that measure
 * took 19 % of the server's thread (3.5 s of 18.7 s, bench/README.md). `set` is given `staticPageEntry`
 * first, the call the handler makes anyway (a second call finds the page already stripped), so the payload
 * it measures is empty. Installed once, from the cache handler's first `get` or `set`; `serverDistDir` is
 * the handler's. A cache without `set` is left alone.
 */
export function staticBeforeMeasure(incrementalCache, serverDistDir = undefined) {
  if (!incrementalCache || typeof incrementalCache.set !== 'function' || incrementalCache[STATIC_FIRST]) return;
  const set = incrementalCache.set;
  incrementalCache.set = function (key, data, ctx) {
    staticPageEntry(data, key, serverDistDir);
    return set.call(this, key, data, ctx);
  };
  incrementalCache[STATIC_FIRST] = true;
}

const isPayloadFile = (path) => String(path).endsWith('.rsc');

/**
 * The cache's file system (`ctx.fs` of Next's FileSystemCache) without RSC payload files: they are never
 * written, and a page's payload reads as empty, since the build keeps none (FileSystemCache would
 * otherwise count a page without its `.rsc` as missing and render it again on every request).
 */
export function withoutPayloadFiles(fs) {
  return {
    ...fs,
    readFile: (path, ...rest) => (isPayloadFile(path) ? Promise.resolve(NO_PAYLOAD) : fs.readFile(path, ...rest)),
    writeFile: (path, data) => (isPayloadFile(path) ? Promise.resolve() : fs.writeFile(path, data)),
    ...(fs.writeFileAtomic ? { writeFileAtomic: (path, data) => (isPayloadFile(path) ? Promise.resolve(true) : fs.writeFileAtomic(path, data)) } : {}),
  };
}

/**
 * After `next build`: every page of `root` (`<distDir>/server/app`, or out/ for a static export) stripped,
 * and the files only a client router would request deleted: `.rsc` payloads and `.segments/` prefetch
 * files (their names dropped from each page's `.meta`), and in out/ each page's `.txt` payload and the
 * `__next.*.txt` segment files. Returns the counts, and each marker's count over all pages.
 */
export function stripBuildOutput(root, { exportMode = false } = {}) {
  const result = { pages: 0, deleted: 0, bytesBefore: 0, bytesAfter: 0, found: Object.fromEntries(Object.keys(MARKERS).map((k) => [k, 0])) };
  const visit = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const names = new Set(entries.map((e) => e.name));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name.endsWith('.segments')) {
          rmSync(path, { recursive: true, force: true });
          result.deleted++;
        } else {
          visit(path);
          // A static export's page directory that held only segment files.
          if (exportMode && readdirSync(path).length === 0) rmdirSync(path);
        }
      } else if (e.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        const { html: out, found } = stripFramework(html, path);
        for (const [k, n] of Object.entries(found)) result.found[k] += n;
        result.pages++;
        result.bytesBefore += Buffer.byteLength(html);
        result.bytesAfter += Buffer.byteLength(out);
        if (out !== html) writeFileSync(path, out);
        if (!exportMode) dropSegmentPaths(path.replace(/\.html$/, '.meta'));
      } else if (e.name.endsWith('.rsc') || (exportMode && isExportPayload(e.name, names))) {
        rmSync(path, { force: true });
        result.deleted++;
      }
    }
  };
  visit(root);
  return result;
}

/** A static export's RSC payloads: `<page>.txt` beside `<page>.html`, and the `__next.<segments>.txt` files. */
const isExportPayload = (name, siblings) =>
  name.endsWith('.txt') && (name.startsWith('__next.') || siblings.has(`${name.slice(0, -'.txt'.length)}.html`));

function dropSegmentPaths(metaPath) {
  if (!existsSync(metaPath)) return;
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  if (meta.segmentPaths === undefined) return;
  delete meta.segmentPaths;
  writeFileSync(metaPath, JSON.stringify(meta));
}
