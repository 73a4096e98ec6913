import { carRoute } from '@/app/_routes/entity-route';

const route = carRoute();
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
