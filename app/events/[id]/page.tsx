import { eventRoute } from '@/app/_routes/entity-route';

const route = eventRoute();
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
