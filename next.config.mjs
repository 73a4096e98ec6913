import { availableParallelism } from 'node:os';

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
};

export default nextConfig;
