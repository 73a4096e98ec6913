import { openDataRoute } from '@/lib/data/route';

// The open-data tables and their data package (lib/data/open-data.ts): rendered on their first request,
// then cached (lib/prerender/policy.ts); prerendered in a static export. At 10,000 articles the two largest
// tables are 74 and 62 MB, and prerendering them held up to 475 MiB of buffers in a page worker at the
// build's peak (bench/README.md). dynamicParams keeps its default, true (a static export refuses it set
// explicitly); a name that is no table answers 404 (openDataFile).
export const dynamic = 'force-static';

export const { generateStaticParams, GET } = openDataRoute;
