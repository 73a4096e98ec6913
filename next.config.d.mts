/** Types of next.config.mjs, for the scripts that read it (e.g. its distDir). */
declare const nextConfig: import('next').NextConfig;
export default nextConfig;
