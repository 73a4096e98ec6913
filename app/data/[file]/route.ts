import { openDataRoute } from '@/lib/data/route';

// The open-data tables and their data package (lib/data/open-data.ts), written once at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = openDataRoute;
