import { seriesRoute } from '@/app/_routes/entity-route';

const route = seriesRoute();
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
