import { entityDataRoute } from '@/lib/data/route';

export const dynamic = 'force-static';
// Rendered on its first request, then cached (lib/prerender/policy.ts); dynamicParams keeps its default, true,
// which a static export requires be left unset. An unknown id answers 404.

export const { generateStaticParams, GET } = entityDataRoute('cars');
