import { openDataExportRoute } from '@/lib/data/route';

// The open-data tables and their data package in a static export: every one prerendered into out/data/.
// A server has route.server.ts instead (next.config.mjs pageExtensions).
export const dynamic = 'force-static';

export const { generateStaticParams, GET } = openDataExportRoute;
