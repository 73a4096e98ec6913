import { hubArchiveRoute } from '@/app/_routes/archive-route';

// Rendered on its first request, then cached (lib/prerender/policy.ts), like a driver's report archive.
const route = hubArchiveRoute('series');
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
