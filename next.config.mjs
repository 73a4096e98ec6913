import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BASE_CSP } from './lib/csp.mjs';
import { HSTS, SECURITY_HEADERS } from './lib/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run build:export` sets NEXT_OUTPUT=export for a static site in out/ (any static host or CDN).
  output: process.env.NEXT_OUTPUT === 'export' ? 'export' : undefined,
  trailingSlash: false,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Static generation runs in one worker per core (Next's default leaves one core idle); NEXT_BUILD_WORKERS
  // overrides that. Each worker holds the content graph, about 450 MB at 10,000 articles (bench/results.md).
  experimental: { cpus: Number(process.env.NEXT_BUILD_WORKERS) || availableParallelism() },
  // Pages carry their own Content-Security-Policy and only 200s are kept (lib/cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL('./lib/cache-handler.mjs', import.meta.url)),
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
};

export default nextConfig;
