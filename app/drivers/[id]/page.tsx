import { driverRoute } from '@/app/_routes/entity-route';

const route = driverRoute();
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
