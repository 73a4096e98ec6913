import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { currentDistDir } from './lib/build/dist.mjs';
import { BASE_CSP } from './lib/csp.mjs';
import { HSTS, SECURITY_HEADERS } from './lib/security-headers.mjs';
import { PHOTO_QUALITY, PHOTO_WIDTHS, THUMB_WIDTHS } from './lib/images/widths.mjs';

const STATIC_EXPORT = process.env.NEXT_OUTPUT === 'export';

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // `npm run build:export` sets NEXT_OUTPUT=export for a static site in out/ (any static host or CDN).
  output: STATIC_EXPORT ? 'export' : undefined,
  // `npm run build` builds into a fresh dist dir (NEXT_DIST_DIR) and switches a pointer to it at the end;
  // `npm start` serves the pointer's build (lib/build/dist.mjs). `npm run dev` and the static export keep
  // `.next` (with any other distDir, an export would write its pages there instead of out/).
  distDir: phase === PHASE_DEVELOPMENT_SERVER || STATIC_EXPORT ? '.next' : process.env.NEXT_DIST_DIR || currentDistDir(),
  // Pages and route handlers live in Next's incremental cache, with URL-derived tags, in Redis when
  // REDIS_URL is set (lib/cache/next-cache-handler.mjs, docs/deploy.md).
  cacheHandler: STATIC_EXPORT || phase === PHASE_DEVELOPMENT_SERVER ? undefined : fileURLToPath(new URL('./lib/cache/next-cache-handler.mjs', import.meta.url)),
  // `route.server.ts` files exist only on a server (the publish endpoint, the photos' optimizer, the open-data
  // files written to the cache directory), `route.export.ts` only in a static export (the open-data files prerendered).
  pageExtensions: STATIC_EXPORT ? ['tsx', 'ts', 'export.ts'] : ['tsx', 'ts', 'server.ts'],
  // Production reads compiled bodies from the store, never contentlayer2's output (lib/served/ (content.ts, production-loader.ts, dev-loader.ts)).
  turbopack: phase === PHASE_DEVELOPMENT_SERVER ? {} : { resolveAlias: { 'contentlayer/generated': './lib/content/no-contentlayer.ts' } },
  // A page's generation may take over Next's default 60 s on a loaded machine (a busy series page at 10,000
  // articles, two cores shared with other builds); three failed attempts fail the build.
  staticPageGenerationTimeout: 300,
  // Photos (content/images) through Next's image component: on `next start` its optimizer (sharp) serves
  // each width in AVIF or WebP from the original at /images/<file>; the static export has no optimizer, so
  // its loader points at the variants the build wrote (lib/images). Widths: lib/images/widths.mjs.
  images: {
    deviceSizes: PHOTO_WIDTHS,
    imageSizes: THUMB_WIDTHS,
    qualities: [PHOTO_QUALITY],
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/images/**', search: '' }],
    minimumCacheTTL: 31536000,
    ...(STATIC_EXPORT ? { loader: 'custom', loaderFile: './lib/images/export-loader.mjs' } : {}),
  },
  trailingSlash: false,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Types are checked once, by `npm run lint` (tsc, in `npm test`), not again by every build: at 10,000
  // articles `next build`'s type check took 7 to 11 s of the cold build (bench/results.md).
  typescript: { ignoreBuildErrors: true },
  // Static generation runs in one worker per core (Next's default leaves one core idle); NEXT_BUILD_WORKERS
  // overrides that. Each worker holds the content and its graph: 652 MiB after a full collection at 10,000
  // articles, about 800 MiB live during the static generation (bench/README.md). Turbopack runs PostCSS
  // (Tailwind) in worker threads of its own process instead of child processes, which stayed alive, idle,
  // through the whole static generation: two or three of about 80 MiB each beside the page workers at
  // 10,000 articles (bench/README.md). Turbopack keeps no file-system cache of builds: at 10,000 articles
  // writing it (521 MiB) held Next's main process near 2 GiB for 7 to 15 s after the compile, while the
  // page workers loaded the content beside it, and the compile took 13 to 16 s with it against 9 to 12 s
  // without (bench/README.md, "A snapshot of the content").
  experimental: {
    cpus: Number(process.env.NEXT_BUILD_WORKERS) || availableParallelism(),
    turbopackPluginRuntimeStrategy: 'workerThreads',
    turbopackFileSystemCacheForBuild: false,
    // Page workers as threads of next build's process: the old-generation limit scripts/build.ts passes
    // then bounds each of them (Next removes it from page workers that are processes). At 10,000 articles
    // the build's peak, sampled every 200 ms, went from 3,700 to about 3,370 MiB (bench/README.md).
    workerThreads: true,
  },
  // Security headers on every response (docs/deploy.md). Pages get their CSP from their cache entry
  // (lib/csp.mjs), so BASE_CSP goes only on what is not a page: files (a dot in the last segment), share
  // images and Next's own assets. A second CSP header would be enforced on top of the page's.
  headers: async () => [
    { source: '/:path*', headers: SECURITY_HEADERS },
    { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [HSTS] },
    { source: '/:path*/:file([^/]*\\.[^/]*)', headers: [{ key: 'Content-Security-Policy', value: BASE_CSP }] },
    { source: '/:file([^/]*\\.[^/]*)', headers: [{ key: 'Content-Security-Policy', value: BASE_CSP }] },
    { source: '/:path*/opengraph-image', headers: [{ key: 'Content-Security-Policy', value: BASE_CSP }] },
    { source: '/opengraph-image', headers: [{ key: 'Content-Security-Policy', value: BASE_CSP }] },
    { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: BASE_CSP }] },
    // Pagefind's worker runs under its own response's policy: it fetches the index and compiles WebAssembly.
    { source: '/pagefind/:file([^/]*\\.js)', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" }] },
  ],
});

export default nextConfig;
