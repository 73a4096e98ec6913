import { reportArchiveRoute } from '@/app/_routes/archive-route';

// Rendered on its first request, then cached (lib/prerender/policy.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.
const route = reportArchiveRoute('drivers');
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
