import { openDataServerRoute } from '@/lib/data/route';

// The open-data tables and their data package (lib/data/open-data.ts) on a server: each written once per
// served graph to the cache directory and streamed from there (lib/data/file-cache.ts), so nothing of this
// route goes into Next's cache. At 10,000 articles the two largest tables are 74 and 62 MB: prerendering them
// held up to 475 MiB of buffers in a page worker at the build's peak, and Next's cache measured each with
// JSON.stringify on the thread that answers requests (bench/README.md). A static export has
// route.export.ts instead (next.config.mjs pageExtensions).
export const dynamic = 'force-dynamic';

export const { GET } = openDataServerRoute;
