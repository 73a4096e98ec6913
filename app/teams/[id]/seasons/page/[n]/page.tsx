import { seasonArchiveRoute } from '@/app/_routes/archive-route';

// Rendered on its first request, then cached (lib/prerender/policy.ts), like the report archive beside it.
const route = seasonArchiveRoute('teams');
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
