/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run build:export` sets NEXT_OUTPUT=export for a static site in out/ (any static host or CDN).
  output: process.env.NEXT_OUTPUT === 'export' ? 'export' : undefined,
  trailingSlash: false,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
