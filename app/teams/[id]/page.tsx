import { teamRoute } from '@/app/_routes/entity-route';

const route = teamRoute();
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
