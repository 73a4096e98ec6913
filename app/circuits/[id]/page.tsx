import { circuitRoute } from '@/app/_routes/entity-route';

const route = circuitRoute();
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
