/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run build:export` sets NEXT_OUTPUT=export for a static site in out/ (any static host or CDN).
  output: process.env.NEXT_OUTPUT === 'export' ? 'export' : undefined,
  trailingSlash: false,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Static generation runs in os.cpus() - 1 workers (one on a 2-core machine); NEXT_BUILD_WORKERS overrides
  // that. Each worker holds the whole content graph, so more workers cost memory (see bench/results.md).
  ...(process.env.NEXT_BUILD_WORKERS ? { experimental: { cpus: Number(process.env.NEXT_BUILD_WORKERS) } } : {}),
};

export default nextConfig;
